import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';
import { roleRules } from './rbac-helpers';

/** No Role or ClusterRole rule lists `*` in `resources`. */
export const RoleNoWildcardResources: Check = {
  name: 'RoleNoWildcardResources',
  title: 'Roles name their resources instead of "*"',
  rationale: 'A wildcard resource also grants every resource that a later CRD or Kubernetes release adds.',
  fix: 'Replace "*" in rules[].resources with the resources the subject needs.',
  kinds: ['Role', 'ClusterRole'],
  check(object: ManifestObject): RuleResult {
    return resultOf(roleRules(object.manifest).filter(({ rule }) => (rule.resources ?? []).includes('*'))
      .map(({ path }) => ({ fieldPath: `${path}.resources`, message: `${path} grants "*" resources. List the resources the subject needs.` })));
  },
};
