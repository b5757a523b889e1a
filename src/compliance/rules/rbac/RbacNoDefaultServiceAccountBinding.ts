import { BINDING_KINDS } from '../../private/rbac';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

/**
 * No binding grants rights to a namespace's `default` ServiceAccount.
 */
export const RbacNoDefaultServiceAccountBinding: Check = {
  name: 'RbacNoDefaultServiceAccountBinding',
  title: 'Bindings grant no rights to a `default` ServiceAccount.',
  rationale: 'Every Pod without its own ServiceAccount runs as `default`, so rights bound to it reach all of them.',
  fix: 'Create a dedicated ServiceAccount for the workload and bind the role to it.',
  kinds: BINDING_KINDS,
  check: (object: ManifestObject): RuleResult => {
    const violations: RuleViolation[] = [];
    (object.manifest.subjects ?? []).forEach((subject: any, index: number) => {
      if (subject?.kind === 'ServiceAccount' && subject.name === 'default') {
        violations.push({ fieldPath: `subjects[${index}]`, message: 'The binding grants rights to a default ServiceAccount. Bind a dedicated ServiceAccount instead.' });
      }
    });
    return violations.length > 0 ? violations : 'pass';
  },
};
