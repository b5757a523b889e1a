import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * No container adds Linux capabilities.
 */
export const ContainerNoAddedCapabilities: Check = {
  name: 'ContainerNoAddedCapabilities',
  title: 'Containers add no Linux capabilities.',
  rationale: 'Each added capability widens what a compromised process can do to the kernel and the node.',
  fix: 'Remove `securityContext.capabilities.add`, or justify each capability with a suppression.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const add: string[] = c.container.securityContext?.capabilities?.add ?? [];
    if (add.length === 0) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.capabilities.add`,
      message: `${describeContainer(c)} adds capabilities ${add.join(', ')}. Remove securityContext.capabilities.add.`,
    }];
  }),
};
