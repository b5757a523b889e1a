import { POD_KINDS, checkPod, containersOf, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/** SELinux types that the Pod Security Standards baseline profile allows. */
const ALLOWED_TYPES = ['container_t', 'container_init_t', 'container_kvm_t', 'container_engine_t'];

function checkOptions(options: any, path: string, subject: string): RuleViolation[] {
  if (!options) {
    return [];
  }
  const violations: RuleViolation[] = [];
  if (options.type !== undefined && options.type !== '' && !ALLOWED_TYPES.includes(options.type)) {
    violations.push({ fieldPath: `${path}.type`, message: `${subject} sets SELinux type ${options.type}. Remove it or use one of ${ALLOWED_TYPES.join(', ')}.` });
  }
  for (const field of ['user', 'role']) {
    if (options[field] !== undefined && options[field] !== '') {
      violations.push({ fieldPath: `${path}.${field}`, message: `${subject} sets a custom SELinux ${field}. Remove seLinuxOptions.${field}.` });
    }
  }
  return violations;
}

/**
 * SELinux options set on the pod or its containers stay within the baseline profile.
 */
export const PodSeLinuxOptionsBaseline: Check = {
  name: 'PodSeLinuxOptionsBaseline',
  title: 'Pods and containers set no custom SELinux user or role and only container SELinux types.',
  rationale: 'A custom SELinux user, role or type can lift the confinement that SELinux gives containers on the node.',
  fix: `Remove \`seLinuxOptions.user\` and \`seLinuxOptions.role\`, and keep \`seLinuxOptions.type\` unset or one of ${ALLOWED_TYPES.join(', ')}.`,
  kinds: POD_KINDS,
  check: checkPod((pod) => [
    ...checkOptions(pod.spec.securityContext?.seLinuxOptions, `${pod.path}.securityContext.seLinuxOptions`, 'The pod'),
    ...containersOf(pod).flatMap((c) =>
      checkOptions(c.container.securityContext?.seLinuxOptions, `${c.path}.securityContext.seLinuxOptions`, describeContainer(c))),
  ]),
};
