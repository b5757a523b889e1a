import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

const SYSTEM_MASTERS = 'system:masters';

/**
 * No cert-manager Certificate requests the `system:masters` organization in its subject.
 */
export const CertificateNoSystemMastersOrganization: Check = {
  name: 'CertificateNoSystemMastersOrganization',
  title: 'cert-manager Certificates do not put system:masters in the subject organizations.',
  rationale: 'If the cluster CA signs such a certificate, its holder authenticates as a member of system:masters, which bypasses all authorization and cannot be revoked.',
  fix: 'Remove `system:masters` from `spec.subject.organizations` and grant the client the rights it needs through RBAC.',
  kinds: ['Certificate'],
  check: (object: ManifestObject): RuleResult => {
    if (!String(object.manifest.apiVersion ?? '').startsWith('cert-manager.io/')) {
      return 'not-applicable';
    }
    const violations: RuleViolation[] = [];
    (object.manifest.spec?.subject?.organizations ?? []).forEach((organization: string, index: number) => {
      if (organization === SYSTEM_MASTERS) {
        violations.push({
          fieldPath: `spec.subject.organizations[${index}]`,
          message: `The Certificate requests organization ${SYSTEM_MASTERS}, which makes its holder a cluster administrator. Remove it and grant rights through RBAC.`,
        });
      }
    });
    return violations.length > 0 ? violations : 'pass';
  },
};
