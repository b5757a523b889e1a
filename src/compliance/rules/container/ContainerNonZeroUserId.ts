import { POD_KINDS, checkContainers, describeContainer, effectiveSecurityContext } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * No container sets `runAsUser: 0`, at container or pod level.
 */
export const ContainerNonZeroUserId: Check = {
  name: 'ContainerNonZeroUserId',
  title: 'Containers do not set runAsUser to 0.',
  rationale: 'User 0 is root. An explicit `runAsUser: 0` overrides a non-root user that the image declares.',
  fix: 'Remove `runAsUser: 0` or set `runAsUser` to a non-zero id on the pod and its containers.',
  kinds: POD_KINDS,
  check: checkContainers((c, pod) => {
    const user = effectiveSecurityContext(c, pod, 'runAsUser');
    if (user.value !== 0) {
      return [];
    }
    return [{ fieldPath: user.path, message: `${describeContainer(c)} runs as user 0 (root). Set runAsUser to a non-zero id.` }];
  }),
};
