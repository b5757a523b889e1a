import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';
import { roleRules } from './rbac-helpers';

/** No Role or ClusterRole rule lists `*` in `verbs`. */
export const RoleNoWildcardVerbs: Check = {
  name: 'RoleNoWildcardVerbs',
  title: 'Roles name their verbs instead of "*"',
  rationale: 'A wildcard verb grants every verb, including escalate, bind and impersonate where they apply.',
  fix: 'Replace "*" in rules[].verbs with the verbs the subject needs.',
  kinds: ['Role', 'ClusterRole'],
  check(object: ManifestObject): RuleResult {
    return resultOf(roleRules(object.manifest).filter(({ rule }) => (rule.verbs ?? []).includes('*'))
      .map(({ path }) => ({ fieldPath: `${path}.verbs`, message: `${path} grants "*" verbs. List the verbs the subject needs.` })));
  },
};
