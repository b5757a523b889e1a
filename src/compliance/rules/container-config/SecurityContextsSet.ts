import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, containersOf, podSpecOf, resultOf } from '../manifest-helpers';

/** The pod sets a security context, or every container does. */
export const SecurityContextsSet: Check = {
  name: 'SecurityContextsSet',
  title: 'Pods or their containers set a security context',
  rationale: 'Without a security context every setting falls back to the runtime default, which runs as the image\'s user with default capabilities.',
  fix: 'Set spec.securityContext, or securityContext on every container.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    if (pod.spec.securityContext && Object.keys(pod.spec.securityContext).length > 0) return 'pass';
    return resultOf(containersOf(pod).filter((location) => !location.container.securityContext).map((location) => ({
      fieldPath: `${location.path}.securityContext`,
      message: 'Neither the pod nor this container sets a security context. Set spec.securityContext or the container\'s securityContext.',
    })));
  },
};
