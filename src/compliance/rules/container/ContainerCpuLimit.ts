import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container sets a limit cpu.
 */
export const ContainerCpuLimit: Check = {
  name: 'ContainerCpuLimit',
  title: 'Containers set a limit cpu.',
  rationale: 'Without a CPU limit one container can use every CPU of the node and starve its neighbours.',
  fix: 'Set `resources.limits.cpu` on every container, sized from observed usage.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const value = c.container.resources?.limits?.cpu;
    if (value !== undefined && value !== null && value !== '') {
      return [];
    }
    return [{
      fieldPath: `${c.path}.resources.limits.cpu`,
      message: `${describeContainer(c)} has no cpu limit. Set resources.limits.cpu.`,
    }];
  }, { containersOnly: true }),
};
