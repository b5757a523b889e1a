import { POD_KINDS, checkPod, containersOf, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * No pod or container explicitly sets the `Unconfined` seccomp profile.
 */
export const PodSeccompNotUnconfined: Check = {
  name: 'PodSeccompNotUnconfined',
  title: 'Pods and containers do not turn seccomp off.',
  rationale: 'The `Unconfined` profile removes the system call filter, so every kernel interface is open to the container.',
  fix: 'Remove `seccompProfile.type: Unconfined` and use `RuntimeDefault` or a `Localhost` profile.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    if (pod.spec.securityContext?.seccompProfile?.type === 'Unconfined') {
      violations.push({ fieldPath: `${pod.path}.securityContext.seccompProfile.type`, message: 'The pod sets seccomp profile Unconfined. Use RuntimeDefault.' });
    }
    for (const c of containersOf(pod)) {
      if (c.container.securityContext?.seccompProfile?.type === 'Unconfined') {
        violations.push({
          fieldPath: `${c.path}.securityContext.seccompProfile.type`,
          message: `${describeContainer(c)} sets seccomp profile Unconfined. Use RuntimeDefault.`,
        });
      }
    }
    return violations;
  }),
};
