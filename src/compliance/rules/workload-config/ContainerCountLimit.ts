import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf } from '../manifest-helpers';

/** Pods run at most four containers. */
export const ContainerCountLimit: Check = {
  name: 'ContainerCountLimit',
  title: 'Pods run at most four containers',
  rationale: 'Many containers in one pod usually mean unrelated processes that should scale and fail separately.',
  fix: 'Move containers that do not share the pod\'s lifecycle into their own workloads.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const count = Array.isArray(pod.spec.containers) ? pod.spec.containers.length : 0;
    if (count <= 4) return 'pass';
    return [{ fieldPath: `${pod.specPath}.containers`, message: `The pod runs ${count} containers, more than 4. Move some into their own workloads.` }];
  },
};
