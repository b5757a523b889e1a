import { POD_KINDS, checkPod, containersOf, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

const ANNOTATION_PREFIX = 'container.apparmor.security.beta.kubernetes.io/';

/**
 * No pod or container turns AppArmor off, through the field or the legacy annotation.
 */
export const PodAppArmorNotUnconfined: Check = {
  name: 'PodAppArmorNotUnconfined',
  title: 'Pods and containers do not run unconfined by AppArmor.',
  rationale: 'The `Unconfined` AppArmor profile removes the mandatory access control that the runtime\'s default profile applies.',
  fix: 'Remove `appArmorProfile.type: Unconfined` (and `unconfined` AppArmor annotations), or use `RuntimeDefault` or a `Localhost` profile.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    if (pod.spec.securityContext?.appArmorProfile?.type === 'Unconfined') {
      violations.push({ fieldPath: `${pod.path}.securityContext.appArmorProfile.type`, message: 'The pod sets AppArmor profile Unconfined. Use RuntimeDefault.' });
    }
    for (const c of containersOf(pod)) {
      if (c.container.securityContext?.appArmorProfile?.type === 'Unconfined') {
        violations.push({
          fieldPath: `${c.path}.securityContext.appArmorProfile.type`,
          message: `${describeContainer(c)} sets AppArmor profile Unconfined. Use RuntimeDefault.`,
        });
      }
    }
    for (const [key, value] of Object.entries(pod.annotations)) {
      if (key.startsWith(ANNOTATION_PREFIX) && value !== 'runtime/default' && !String(value).startsWith('localhost/')) {
        const metadataPath = pod.path.replace(/\.spec$/, '.metadata').replace(/^spec$/, 'metadata');
        violations.push({
          fieldPath: `${metadataPath}.annotations["${key}"]`,
          message: `Annotation ${key} is '${value}'. Use runtime/default or a localhost/ profile.`,
        });
      }
    }
    return violations;
  }),
};
