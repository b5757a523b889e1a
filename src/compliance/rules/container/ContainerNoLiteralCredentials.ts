import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/** Variable names that suggest a credential. */
const CREDENTIAL_NAME = /(passw(or)?d|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key)/i;

/**
 * No container carries a literal value in an environment variable whose name suggests a
 * credential.
 */
export const ContainerNoLiteralCredentials: Check = {
  name: 'ContainerNoLiteralCredentials',
  title: 'Containers carry no literal credentials in environment variables.',
  rationale: 'A literal value in the pod spec is readable by everyone who can read the workload, and it ends up in version control.',
  fix: 'Move the value into a Secret and mount it as a file (or, at least, reference it with `valueFrom.secretKeyRef`).',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const violations: RuleViolation[] = [];
    (c.container.env ?? []).forEach((env: any, index: number) => {
      if (typeof env?.value === 'string' && env.value !== '' && CREDENTIAL_NAME.test(env.name ?? '')) {
        violations.push({
          fieldPath: `${c.path}.env[${index}].value`,
          message: `${describeContainer(c)} sets variable ${env.name} to a literal value that looks like a credential. Move it into a Secret.`,
        });
      }
    });
    return violations;
  }),
};
