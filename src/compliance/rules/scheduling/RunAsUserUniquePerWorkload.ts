import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf, workloadsOf } from '../manifest-helpers';

/** Collects the user ids that a pod spec sets at pod or container level. */
function userIdsOf(spec: Record<string, any>): number[] {
  const ids: number[] = [];
  if (typeof spec.securityContext?.runAsUser === 'number') ids.push(spec.securityContext.runAsUser);
  for (const container of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    if (typeof container?.securityContext?.runAsUser === 'number') ids.push(container.securityContext.runAsUser);
  }
  return ids;
}

/**
 * No two workloads of the app run as the same user id.
 *
 * NOTE: workloads outside the app are invisible, so the check compares the app's own workloads.
 */
export const RunAsUserUniquePerWorkload: Check = {
  name: 'RunAsUserUniquePerWorkload',
  title: 'Each workload runs as its own user id',
  rationale: 'Workloads that share a user id can read each other\'s files on shared volumes and signal each other\'s processes after an escape.',
  fix: 'Give each workload its own runAsUser.',
  kinds: POD_KINDS,
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const own = new Set(userIdsOf(pod.spec));
    if (own.size === 0) return 'not-applicable';
    for (const { object: other, pod: otherPod } of workloadsOf(all)) {
      if (other === object) continue;
      const shared = userIdsOf(otherPod.spec).find((id) => own.has(id));
      if (shared !== undefined) {
        return [{
          fieldPath: `${pod.specPath}.securityContext.runAsUser`,
          message: `User id ${shared} is also used by ${other.manifest.kind}/${other.manifest.metadata?.name}. Give each workload its own runAsUser.`,
        }];
      }
    }
    return 'pass';
  },
};
