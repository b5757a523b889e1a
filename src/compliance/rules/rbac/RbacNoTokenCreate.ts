import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects mint ServiceAccount tokens.
 */
export const RbacNoTokenCreate = grantCheck({
  name: 'RbacNoTokenCreate',
  title: 'Roles do not grant create on serviceaccounts/token.',
  rationale: 'Minting a token for a ServiceAccount lets the holder act with all of that ServiceAccount\'s rights.',
  fix: 'Remove `create` on `serviceaccounts/token`, or narrow it with `resourceNames` to the ServiceAccounts that need it.',
  pattern: { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] },
  describe: (_match, role) => `${role} grants create on serviceaccounts/token. Remove it or narrow it with resourceNames.`,
});
