import { ROLE_KINDS, rulesOf } from '../../private/rbac';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

/**
 * No Role or ClusterRole uses `*` for API groups, resources or verbs.
 */
export const RbacNoWildcards: Check = {
  name: 'RbacNoWildcards',
  title: 'Roles and ClusterRoles name their API groups, resources and verbs instead of using `*`.',
  rationale: 'A wildcard grants every current and future resource or verb, including ones added later by CRDs or new Kubernetes versions.',
  fix: 'Replace `*` in `rules[].apiGroups`, `rules[].resources` and `rules[].verbs` with the exact values the subject needs.',
  kinds: ROLE_KINDS,
  check: (object: ManifestObject): RuleResult => {
    const violations: RuleViolation[] = [];
    for (const { rule, path } of rulesOf(object.manifest)) {
      for (const field of ['apiGroups', 'resources', 'verbs']) {
        if ((rule[field] ?? []).includes('*')) {
          violations.push({ fieldPath: `${path}.${field}`, message: `Rule ${path} uses '*' in ${field}. List the exact ${field} the subject needs.` });
        }
      }
    }
    return violations.length > 0 ? violations : 'pass';
  },
};
