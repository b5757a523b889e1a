import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * No container reads a Secret into environment variables.
 */
export const ContainerNoSecretsInEnv: Check = {
  name: 'ContainerNoSecretsInEnv',
  title: 'Containers read Secrets from mounted files, not environment variables.',
  rationale: 'Environment variables leak into logs, crash reports and child processes, and cannot be rotated without a restart.',
  fix: 'Replace `env[].valueFrom.secretKeyRef` and `envFrom[].secretRef` with a Secret volume mounted read-only.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const violations: RuleViolation[] = [];
    (c.container.env ?? []).forEach((env: any, index: number) => {
      if (env?.valueFrom?.secretKeyRef) {
        violations.push({
          fieldPath: `${c.path}.env[${index}].valueFrom.secretKeyRef`,
          message: `${describeContainer(c)} reads Secret ${env.valueFrom.secretKeyRef.name} into variable ${env.name}. Mount the Secret as a file instead.`,
        });
      }
    });
    (c.container.envFrom ?? []).forEach((source: any, index: number) => {
      if (source?.secretRef) {
        violations.push({
          fieldPath: `${c.path}.envFrom[${index}].secretRef`,
          message: `${describeContainer(c)} loads Secret ${source.secretRef.name} into its environment. Mount the Secret as a file instead.`,
        });
      }
    });
    return violations;
  }),
};
