import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';

/** Every topology spread constraint has a label selector and a topology key, a positive `maxSkew` and `minDomains`, and a known `whenUnsatisfiable`. */
export const TopologySpreadConstraintsValid: Check = {
  name: 'TopologySpreadConstraintsValid',
  title: 'Topology spread constraints are well formed',
  rationale: 'A constraint without a selector or key, or with a zero skew, is rejected or spreads nothing.',
  fix: 'Give each constraint a labelSelector, a topologyKey, maxSkew of 1 or more and whenUnsatisfiable DoNotSchedule or ScheduleAnyway.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    const constraints: any[] = pod?.spec.topologySpreadConstraints ?? [];
    if (!pod || constraints.length === 0) return 'not-applicable';
    const violations: RuleViolation[] = [];
    constraints.forEach((constraint, index) => {
      const path = `${pod.specPath}.topologySpreadConstraints[${index}]`;
      const problems: string[] = [];
      if (!constraint?.labelSelector) problems.push('has no labelSelector');
      if (!constraint?.topologyKey) problems.push('has no topologyKey');
      if (!(typeof constraint?.maxSkew === 'number' && constraint.maxSkew >= 1)) problems.push(`has maxSkew ${constraint?.maxSkew ?? 'unset'} instead of 1 or more`);
      if (constraint?.minDomains !== undefined && !(constraint.minDomains >= 1)) problems.push(`has minDomains ${constraint.minDomains} instead of 1 or more`);
      if (!['DoNotSchedule', 'ScheduleAnyway'].includes(constraint?.whenUnsatisfiable)) {
        problems.push(`has whenUnsatisfiable ${constraint?.whenUnsatisfiable ?? 'unset'} instead of DoNotSchedule or ScheduleAnyway`);
      }
      if (problems.length > 0) violations.push({ fieldPath: path, message: `Constraint ${index} ${problems.join(', ')}. Fix the constraint.` });
    });
    return resultOf(violations);
  },
};
