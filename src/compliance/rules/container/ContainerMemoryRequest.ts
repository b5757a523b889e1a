import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container sets a request memory.
 */
export const ContainerMemoryRequest: Check = {
  name: 'ContainerMemoryRequest',
  title: 'Containers set a request memory.',
  rationale: 'Without a memory request the scheduler places the Pod as if it needed no memory, and the Pod is among the first evicted under memory pressure.',
  fix: 'Set `resources.requests.memory` on every container, sized from observed usage.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const value = c.container.resources?.requests?.memory;
    if (value !== undefined && value !== null && value !== '') {
      return [];
    }
    return [{
      fieldPath: `${c.path}.resources.requests.memory`,
      message: `${describeContainer(c)} has no memory request. Set resources.requests.memory.`,
    }];
  }, { containersOnly: true }),
};
