import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container sets a request cpu.
 */
export const ContainerCpuRequest: Check = {
  name: 'ContainerCpuRequest',
  title: 'Containers set a request cpu.',
  rationale: 'Without a CPU request the scheduler places the Pod as if it needed no CPU, so nodes are overcommitted and the Pod is starved under load.',
  fix: 'Set `resources.requests.cpu` on every container, sized from observed usage.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const value = c.container.resources?.requests?.cpu;
    if (value !== undefined && value !== null && value !== '') {
      return [];
    }
    return [{
      fieldPath: `${c.path}.resources.requests.cpu`,
      message: `${describeContainer(c)} has no cpu request. Set resources.requests.cpu.`,
    }];
  }, { containersOnly: true }),
};
