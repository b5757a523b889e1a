import { POD_KINDS, checkContainers, describeContainer, effectiveSecurityContext } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * Every container runs with a user id and a group id above 10000.
 */
export const ContainerUserAndGroupIdAbove10000: Check = {
  name: 'ContainerUserAndGroupIdAbove10000',
  title: 'Containers run with a user id and a group id above 10000.',
  rationale: 'Ids above 10000 are unlikely to match a user or group of the node, so a process that escapes the container gains no host account\'s rights.',
  fix: 'Set `securityContext.runAsUser` and `securityContext.runAsGroup` to values above 10000 on the pod or on every container.',
  kinds: POD_KINDS,
  check: checkContainers((c, pod) => {
    const violations: RuleViolation[] = [];
    for (const field of ['runAsUser', 'runAsGroup']) {
      const id = effectiveSecurityContext(c, pod, field);
      if (typeof id.value !== 'number' || id.value <= 10000) {
        violations.push({
          fieldPath: id.path,
          message: `${describeContainer(c)} has ${field} ${id.value === undefined ? 'unset' : id.value}. Set ${field} to a value above 10000.`,
        });
      }
    }
    return violations;
  }),
};
