import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects create or change cert-manager Issuers and
 * ClusterIssuers.
 */
export const RbacNoIssuerWrite = grantCheck({
  name: 'RbacNoIssuerWrite',
  title: 'Roles do not grant write access to cert-manager Issuers and ClusterIssuers.',
  rationale: 'An Issuer decides which CA signs certificates and which credentials are used. Whoever can change it can issue certificates for names they do not own.',
  fix: 'Remove `create`, `update`, `patch` and `delete` on `issuers` and `clusterissuers` in `cert-manager.io` except for the platform administrators.',
  pattern: { apiGroups: ['cert-manager.io'], resources: ['issuers', 'clusterissuers'], verbs: ['create', 'update', 'patch', 'delete', 'deletecollection'] },
  describe: (match, role) => `${role} grants ${match.verbs.join(', ')} on ${match.resources.join(', ')}. Remove write access to issuers.`,
});
