import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container uses the default (masked) /proc mount.
 */
export const ContainerDefaultProcMount: Check = {
  name: 'ContainerDefaultProcMount',
  title: 'Containers keep the default masked /proc mount.',
  rationale: 'An `Unmasked` /proc exposes kernel interfaces that the runtime normally hides from containers.',
  fix: 'Remove `securityContext.procMount` or set it to `Default`.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const procMount = c.container.securityContext?.procMount;
    if (procMount === undefined || procMount === 'Default') {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.procMount`,
      message: `${describeContainer(c)} sets procMount ${procMount}. Remove it or set it to Default.`,
    }];
  }),
};
