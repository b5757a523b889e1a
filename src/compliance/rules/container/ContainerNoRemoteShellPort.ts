import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/** Ports of remote administration services: SSH and Telnet. */
const REMOTE_SHELL_PORTS = [22, 23];

/**
 * No container declares a port of a remote shell service.
 */
export const ContainerNoRemoteShellPort: Check = {
  name: 'ContainerNoRemoteShellPort',
  title: 'Containers expose no SSH or Telnet port.',
  rationale: 'A remote shell inside an application container is an administration path that bypasses the cluster\'s access control and audit log.',
  fix: 'Remove the SSH (22) or Telnet (23) port and the service behind it. Use `kubectl exec` or debug containers for maintenance.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const violations: RuleViolation[] = [];
    (c.container.ports ?? []).forEach((port: any, index: number) => {
      if (REMOTE_SHELL_PORTS.includes(port?.containerPort)) {
        violations.push({
          fieldPath: `${c.path}.ports[${index}].containerPort`,
          message: `${describeContainer(c)} exposes port ${port.containerPort}, a remote shell port. Remove it and the service behind it.`,
        });
      }
    });
    return violations;
  }),
};
