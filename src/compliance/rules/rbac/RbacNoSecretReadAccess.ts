import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects read Secrets without naming them.
 */
export const RbacNoSecretReadAccess = grantCheck({
  name: 'RbacNoSecretReadAccess',
  title: 'Roles do not grant get, list or watch on Secrets except by resource name.',
  rationale: 'Reading Secrets yields private keys, tokens and passwords. List and watch return every Secret in scope at once.',
  fix: 'Remove `get`, `list` and `watch` on `secrets`, or narrow the rule with `resourceNames` and a namespaced Role.',
  pattern: { apiGroups: [''], resources: ['secrets'], verbs: ['get', 'list', 'watch'] },
  describe: (match, role) => `${role} grants ${match.verbs.join(', ')} on secrets. Narrow the rule with resourceNames or remove it.`,
});
