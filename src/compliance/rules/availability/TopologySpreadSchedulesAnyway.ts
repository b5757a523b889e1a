import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';

/** Topology spread constraints use `whenUnsatisfiable: ScheduleAnyway`, so pods are never left pending for the sake of spreading. */
export const TopologySpreadSchedulesAnyway: Check = {
  name: 'TopologySpreadSchedulesAnyway',
  title: 'Topology spread constraints do not block scheduling',
  rationale: 'With DoNotSchedule, pods stay pending when the cluster cannot satisfy the spread, for example after losing a zone.',
  fix: 'Set whenUnsatisfiable to ScheduleAnyway, or suppress the finding where strict spreading is worth pending pods.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    const constraints: any[] = pod?.spec.topologySpreadConstraints ?? [];
    if (!pod || constraints.length === 0) return 'not-applicable';
    return resultOf(constraints.flatMap((constraint, index) => (constraint?.whenUnsatisfiable === 'DoNotSchedule'
      ? [{
        fieldPath: `${pod.specPath}.topologySpreadConstraints[${index}].whenUnsatisfiable`,
        message: `Constraint ${index} uses DoNotSchedule, which leaves pods pending when it cannot be met. Use ScheduleAnyway.`,
      }]
      : [])));
  },
};
