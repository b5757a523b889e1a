import { POD_KINDS, checkContainers, describeContainer, effectiveSecurityContext } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container runs under the `RuntimeDefault` or a `Localhost` seccomp profile, set on the
 * pod or on the container.
 */
export const PodSeccompProfile: Check = {
  name: 'PodSeccompProfile',
  title: 'Pods and containers run under the RuntimeDefault or a Localhost seccomp profile.',
  rationale: 'Without a seccomp profile a container may call every system call, which widens the kernel attack surface for container escapes.',
  fix: 'Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod (or `Localhost` with a profile), and do not override it on containers.',
  kinds: POD_KINDS,
  check: checkContainers((c, pod) => {
    const profile = effectiveSecurityContext(c, pod, 'seccompProfile');
    const type = profile.value?.type;
    if (type === 'RuntimeDefault' || type === 'Localhost') {
      return [];
    }
    return [{
      fieldPath: `${profile.path}.type`,
      message: `${describeContainer(c)} runs with seccomp profile ${type ?? 'unset'}. Set spec.securityContext.seccompProfile.type to RuntimeDefault.`,
    }];
  }),
};
