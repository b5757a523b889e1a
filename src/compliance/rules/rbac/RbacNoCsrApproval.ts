import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects approve Kubernetes CertificateSigningRequests.
 */
export const RbacNoCsrApproval = grantCheck({
  name: 'RbacNoCsrApproval',
  title: 'Roles do not grant approval of CertificateSigningRequests.',
  rationale: 'Approving a CertificateSigningRequest can mint a client certificate for any user or group, `system:masters` included.',
  fix: 'Remove `update` and `patch` on `certificatesigningrequests/approval` in `certificates.k8s.io`.',
  pattern: { apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update', 'patch'] },
  describe: (match, role) => `${role} grants ${match.verbs.join(', ')} on certificatesigningrequests/approval. Remove it.`,
});
