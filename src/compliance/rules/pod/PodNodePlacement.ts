import { Check } from '../../rule';
import { POD_KINDS, checkPod } from '../../private/manifest';

/**
 * The pod is pinned to a node pool with a node selector or required node affinity.
 */
export const PodNodePlacement: Check = {
  name: 'PodNodePlacement',
  title: 'Pods are pinned to a node pool with nodeSelector or required node affinity.',
  rationale: 'Running sensitive components only on nodes reserved for them keeps other workloads, and their escapes, away from those components.',
  fix: 'Set `nodeSelector` (or `affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution`) and matching `tolerations` to a reserved node pool.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const selector = Object.keys(pod.spec.nodeSelector ?? {}).length > 0;
    const required = (pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms ?? []).length > 0;
    if (selector || required) {
      return [];
    }
    return [{ fieldPath: `${pod.path}.nodeSelector`, message: 'The pod may run on any node; set nodeSelector or required node affinity to a reserved node pool.' }];
  }),
};
