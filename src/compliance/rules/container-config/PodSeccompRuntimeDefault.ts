import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf } from '../manifest-helpers';

const LEGACY_ANNOTATION = 'seccomp.security.alpha.kubernetes.io/pod';

/** The pod-level seccomp profile is the runtime default, through the field or the legacy annotation. */
export const PodSeccompRuntimeDefault: Check = {
  name: 'PodSeccompRuntimeDefault',
  title: 'Pods use the runtime default seccomp profile',
  rationale: 'The runtime default profile blocks system calls that containers rarely need and that many kernel exploits use.',
  fix: 'Set spec.securityContext.seccompProfile.type to RuntimeDefault.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const type = pod.spec.securityContext?.seccompProfile?.type;
    const annotation = pod.podMetadata.annotations?.[LEGACY_ANNOTATION];
    if (type === 'RuntimeDefault' || annotation === 'runtime/default' || annotation === 'docker/default') return 'pass';
    return [{
      fieldPath: `${pod.specPath}.securityContext.seccompProfile.type`,
      message: `The pod seccomp profile is ${type ?? 'unset'}. Set spec.securityContext.seccompProfile.type to RuntimeDefault.`,
    }];
  },
};
