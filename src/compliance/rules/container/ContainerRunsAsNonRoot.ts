import { POD_KINDS, checkContainers, describeContainer, effectiveSecurityContext } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * Every container must run as a non-root user: `runAsNonRoot: true` at pod or container level,
 * and no `runAsUser: 0`.
 */
export const ContainerRunsAsNonRoot: Check = {
  name: 'ContainerRunsAsNonRoot',
  title: 'Containers are required to run as a non-root user.',
  rationale: 'Without `runAsNonRoot: true` the image decides the user, and a process running as root inside a container is one kernel bug away from root on the node.',
  fix: 'Set `securityContext.runAsNonRoot: true` on the pod (or on every container) and a non-zero `runAsUser`.',
  kinds: POD_KINDS,
  check: checkContainers((c, pod) => {
    const violations: RuleViolation[] = [];
    const nonRoot = effectiveSecurityContext(c, pod, 'runAsNonRoot');
    if (nonRoot.value !== true) {
      violations.push({
        fieldPath: nonRoot.path,
        message: `${describeContainer(c)} does not set runAsNonRoot to true in its own or the pod's securityContext. Set spec.securityContext.runAsNonRoot: true.`,
      });
    }
    const user = effectiveSecurityContext(c, pod, 'runAsUser');
    if (user.value === 0) {
      violations.push({
        fieldPath: user.path,
        message: `${describeContainer(c)} runs as user 0 (root). Set runAsUser to a non-zero id.`,
      });
    }
    return violations;
  }),
};
