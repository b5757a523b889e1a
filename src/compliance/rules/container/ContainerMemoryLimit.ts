import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container sets a limit memory.
 */
export const ContainerMemoryLimit: Check = {
  name: 'ContainerMemoryLimit',
  title: 'Containers set a limit memory.',
  rationale: 'Without a memory limit a leak or an attack can exhaust the node\'s memory and get other Pods killed.',
  fix: 'Set `resources.limits.memory` on every container, sized from observed usage.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const value = c.container.resources?.limits?.memory;
    if (value !== undefined && value !== null && value !== '') {
      return [];
    }
    return [{
      fieldPath: `${c.path}.resources.limits.memory`,
      message: `${describeContainer(c)} has no memory limit. Set resources.limits.memory.`,
    }];
  }, { containersOnly: true }),
};
