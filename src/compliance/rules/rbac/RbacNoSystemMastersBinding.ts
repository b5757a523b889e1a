import { BINDING_KINDS } from '../../private/rbac';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

/**
 * No binding names the `system:masters` group as a subject.
 */
export const RbacNoSystemMastersBinding: Check = {
  name: 'RbacNoSystemMastersBinding',
  title: 'Bindings do not name the system:masters group.',
  rationale: 'Members of `system:masters` bypass authorization entirely, and membership comes from certificates that cannot be revoked.',
  fix: 'Remove the `system:masters` subject and bind the needed role to a dedicated group or ServiceAccount.',
  kinds: BINDING_KINDS,
  check: (object: ManifestObject): RuleResult => {
    const violations: RuleViolation[] = [];
    (object.manifest.subjects ?? []).forEach((subject: any, index: number) => {
      if (subject?.kind === 'Group' && subject.name === 'system:masters') {
        violations.push({ fieldPath: `subjects[${index}]`, message: 'The binding names the group system:masters. Bind a dedicated group instead.' });
      }
    });
    return violations.length > 0 ? violations : 'pass';
  },
};
