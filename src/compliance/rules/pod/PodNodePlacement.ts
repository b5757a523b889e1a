import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check } from '../../rule';

/** Node labels that every node carries; selecting on them picks no node pool. */
const WELL_KNOWN_PLATFORM_LABELS = ['kubernetes.io/os', 'kubernetes.io/arch', 'beta.kubernetes.io/os', 'beta.kubernetes.io/arch'];

/**
 * The pod is pinned to a node pool with a node selector or required node affinity. Selecting only
 * on the operating system or architecture label does not count, because every node carries it.
 */
export const PodNodePlacement: Check = {
  name: 'PodNodePlacement',
  title: 'Pods are pinned to a node pool with nodeSelector or required node affinity.',
  rationale: 'Running sensitive components only on nodes reserved for them keeps other workloads, and their escapes, away from those components.',
  fix: 'Set `nodeSelector` (or `affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`) and matching `tolerations` to a reserved node pool.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const selector = Object.keys(pod.spec.nodeSelector ?? {}).some((label) => !WELL_KNOWN_PLATFORM_LABELS.includes(label));
    const required = (pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []).length > 0;
    if (selector || required) {
      return [];
    }
    return [{ fieldPath: `${pod.path}.nodeSelector`, message: 'The pod may run on any node of its operating system. Set nodeSelector or required node affinity to a reserved node pool.' }];
  }),
};
