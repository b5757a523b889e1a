import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container mounts its root filesystem read-only.
 */
export const ContainerReadOnlyRootFilesystem: Check = {
  name: 'ContainerReadOnlyRootFilesystem',
  title: 'Containers run with a read-only root filesystem.',
  rationale: 'A writable root filesystem lets an attacker who gains code execution change binaries and drop tools into the container.',
  fix: 'Set `securityContext.readOnlyRootFilesystem: true` on every container and mount an `emptyDir` volume where the process must write.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    if (c.container.securityContext?.readOnlyRootFilesystem === true) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.readOnlyRootFilesystem`,
      message: `${describeContainer(c)} does not set securityContext.readOnlyRootFilesystem to true. Set it and mount an emptyDir where the process writes.`,
    }];
  }),
};
