import { derivedFrom } from '../../private/lookup';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, PodSpecLocation, podSpecOf, workloadsOf } from '../manifest-helpers';

/** Collects the user ids that a pod spec sets at pod or container level. */
function userIdsOf(spec: Record<string, any>): number[] {
  const ids: number[] = [];
  if (typeof spec.securityContext?.runAsUser === 'number') ids.push(spec.securityContext.runAsUser);
  for (const container of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
    if (typeof container?.securityContext?.runAsUser === 'number') ids.push(container.securityContext.runAsUser);
  }
  return ids;
}

interface UserIdIndex {
  readonly workloads: ReadonlyArray<{ object: ManifestObject; pod: PodSpecLocation }>;
  /** The user ids of each workload, by its position in `workloads`; undefined where `userIdsOf` throws. */
  readonly ids: ReadonlyArray<number[] | undefined>;
  /** Positions of the workloads that set each user id, ascending and without repeats. */
  readonly byId: Map<number, number[]>;
  /** Positions of the workloads whose pod spec `userIdsOf` cannot read, ascending. */
  readonly unreadable: number[];
}

function indexUserIds(all: readonly ManifestObject[]): UserIdIndex {
  const workloads = workloadsOf(all as ManifestObject[]);
  const ids: Array<number[] | undefined> = [];
  const byId = new Map<number, number[]>();
  const unreadable: number[] = [];
  workloads.forEach(({ pod }, position) => {
    let own: number[];
    try {
      own = userIdsOf(pod.spec);
    } catch {
      ids.push(undefined);
      unreadable.push(position);
      return;
    }
    ids.push(own);
    for (const id of own) {
      const positions = byId.get(id);
      if (!positions) {
        byId.set(id, [position]);
      } else if (positions[positions.length - 1] !== position) {
        positions.push(position);
      }
    }
  });
  return { workloads, ids, byId, unreadable };
}

/** Returns the first position in an ascending list whose workload is not `object`, or Infinity. */
function firstOther(positions: readonly number[] | undefined, index: UserIdIndex, object: ManifestObject): number {
  for (const position of positions ?? []) {
    if (index.workloads[position].object !== object) return position;
  }
  return Infinity;
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
    // The first other workload in app order that sets one of the ids, or whose ids cannot be read
    // and so throw, as a scan of every workload would meet them.
    const index = derivedFrom(all, indexUserIds);
    let first = firstOther(index.unreadable, index, object);
    for (const id of own) {
      first = Math.min(first, firstOther(index.byId.get(id), index, object));
    }
    if (first === Infinity) return 'pass';
    const { object: other, pod: otherPod } = index.workloads[first];
    const shared = (index.ids[first] ?? userIdsOf(otherPod.spec)).find((id) => own.has(id));
    return [{
      fieldPath: `${pod.specPath}.securityContext.runAsUser`,
      message: `User id ${shared} is also used by ${other.manifest.kind}/${other.manifest.metadata?.name}. Give each workload its own runAsUser.`,
    }];
  },
};
