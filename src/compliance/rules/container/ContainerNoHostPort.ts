import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * No container binds a port on the node.
 */
export const ContainerNoHostPort: Check = {
  name: 'ContainerNoHostPort',
  title: 'Containers bind no host ports.',
  rationale: 'A host port exposes the container on the node\'s address, bypassing Services and most NetworkPolicies, and limits scheduling to one Pod per node.',
  fix: 'Remove `ports[].hostPort` and reach the container through a Service.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const violations: RuleViolation[] = [];
    (c.container.ports ?? []).forEach((port: any, index: number) => {
      if (port?.hostPort !== undefined && port.hostPort !== 0) {
        violations.push({
          fieldPath: `${c.path}.ports[${index}].hostPort`,
          message: `${describeContainer(c)} binds host port ${port.hostPort}. Remove hostPort and use a Service.`,
        });
      }
    });
    return violations;
  }),
};
