import { allOf } from '../../private/combine';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

function idAtLeast10000(name: string, field: 'runAsUser' | 'runAsGroup', what: string): Check {
  return {
    name,
    title: `Containers run with a ${what} id of 10000 or more`,
    rationale: `A high ${what} id is unlikely to match an account of the node, so an escaped process gains no host rights.`,
    fix: `Set securityContext.${field} to 10000 or more on the pod or on every container.`,
    kinds: POD_KINDS,
    check(object: ManifestObject): RuleResult {
      return checkContainers(object, { init: true }, (location, pod) => {
        const own = location.container.securityContext?.[field];
        const value = own ?? pod.spec.securityContext?.[field];
        const path = own !== undefined ? `${location.path}.securityContext.${field}` : `${pod.specPath}.securityContext.${field}`;
        return typeof value === 'number' && value >= 10000
          ? undefined
          : { fieldPath: path, message: `${containerName(location)} runs with ${field} ${value ?? 'unset'}. Set ${field} to 10000 or more.` };
      });
    },
  };
}

/** Containers run with a user id of 10000 or more, set on the container or the pod. */
export const ContainerUserIdAtLeast10000 = idAtLeast10000('ContainerUserIdAtLeast10000', 'runAsUser', 'user');
/** Containers run with a group id of 10000 or more, set on the container or the pod. */
export const ContainerGroupIdAtLeast10000 = idAtLeast10000('ContainerGroupIdAtLeast10000', 'runAsGroup', 'group');

/** Containers run with user and group ids of 10000 or more, set on the container or the pod. */
export const ContainerUserAndGroupIdsAtLeast10000 = allOf({
  name: 'ContainerUserAndGroupIdsAtLeast10000',
  title: 'Containers run with user and group ids of 10000 or more',
  rationale: 'High ids are unlikely to match an account of the node, so an escaped process gains no host rights.',
  fix: 'Set securityContext.runAsUser and securityContext.runAsGroup to 10000 or more on the pod or on every container.',
  checks: [ContainerUserIdAtLeast10000, ContainerGroupIdAtLeast10000],
});

