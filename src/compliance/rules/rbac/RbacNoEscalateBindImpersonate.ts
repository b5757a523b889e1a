import { ROLE_KINDS, matchGrant, rulesOf } from '../../private/rbac';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

/**
 * No Role or ClusterRole grants the `escalate`, `bind` or `impersonate` verbs.
 */
export const RbacNoEscalateBindImpersonate: Check = {
  name: 'RbacNoEscalateBindImpersonate',
  title: 'Roles do not grant escalate, bind or impersonate.',
  rationale: '`escalate` and `bind` let a subject grant itself rights it does not hold; `impersonate` lets it act as another user, group or ServiceAccount.',
  fix: 'Remove `escalate` and `bind` on `roles` and `clusterroles`, and `impersonate` on `users`, `groups` and `serviceaccounts`.',
  kinds: ROLE_KINDS,
  check: (object: ManifestObject): RuleResult => {
    const violations: RuleViolation[] = [];
    const role = object.manifest.metadata?.name;
    for (const { rule, path } of rulesOf(object.manifest)) {
      const escalate = matchGrant(rule, {
        apiGroups: ['rbac.authorization.k8s.io'], resources: ['roles', 'clusterroles'], verbs: ['escalate', 'bind'], matchResourceNames: true,
      });
      if (escalate) {
        violations.push({ fieldPath: `${path}.verbs`, message: `${role} grants ${escalate.verbs.join(', ')} on ${escalate.resources.join(', ')}. Remove these verbs.` });
      }
      const impersonate = matchGrant(rule, {
        apiGroups: ['', 'authentication.k8s.io'], resources: ['users', 'groups', 'serviceaccounts', 'userextras/scopes', 'uids'], verbs: ['impersonate'], matchResourceNames: true,
      });
      if (impersonate) {
        violations.push({ fieldPath: `${path}.verbs`, message: `${role} grants impersonate on ${impersonate.resources.join(', ')}. Remove it.` });
      }
    }
    return violations.length > 0 ? violations : 'pass';
  },
};
