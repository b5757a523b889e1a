import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * No container runs privileged.
 */
export const ContainerNotPrivileged: Check = {
  name: 'ContainerNotPrivileged',
  title: 'Containers do not run in privileged mode.',
  rationale: 'A privileged container has every capability and access to the host devices, so escaping to the node is trivial.',
  fix: 'Remove `securityContext.privileged: true` (or set it to false) and grant only the capabilities the process needs.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    if (c.container.securityContext?.privileged !== true) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.privileged`,
      message: `${describeContainer(c)} runs privileged. Remove securityContext.privileged or set it to false.`,
    }];
  }),
};
