import { acmeSolversOf, isCertManagerObject } from './issuer-manifest';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

/**
 * ClusterIssuers serve every namespace, so they hold only platform-scoped credentials and scope
 * them: no SelfSigned ClusterIssuer, with which any namespace can mint a certificate for any
 * name, and every DNS-01 solver limited by `selector.dnsZones` or `selector.dnsNames` to the zones
 * its DNS credentials are meant for. Namespaced Issuers pass.
 *
 * The check reads the issuer objects only. How far a credential reaches at the DNS provider or in
 * Vault is not visible in manifests.
 */
export const ClusterIssuerScopedCredentials: Check = {
  name: 'ClusterIssuerScopedCredentials',
  title: 'ClusterIssuers hold scoped platform credentials; tenants use namespaced Issuers.',
  rationale: 'Any namespace can request certificates from a ClusterIssuer. A SelfSigned ClusterIssuer lets every tenant mint '
    + 'certificates for any name, and an unscoped DNS-01 solver lets every tenant use DNS credentials for every zone they reach.',
  fix: 'Use a namespaced Issuer for SelfSigned and tenant-specific issuers, and set selector.dnsZones on every DNS-01 solver of a ClusterIssuer.',
  kinds: ['Issuer', 'ClusterIssuer'],
  check(object: ManifestObject): RuleResult {
    if (!isCertManagerObject(object)) {
      return 'not-applicable';
    }
    if (object.manifest.kind === 'Issuer') {
      return 'pass';
    }
    const violations: RuleViolation[] = [];
    const spec = object.manifest.spec ?? {};
    if (spec.selfSigned !== undefined) {
      violations.push({
        fieldPath: 'spec.selfSigned',
        message: 'The ClusterIssuer is SelfSigned, so every namespace can mint certificates for any name; use a namespaced Issuer.',
      });
    }
    for (const { solver, path } of acmeSolversOf(object.manifest)) {
      if (solver.dns01 === undefined) {
        continue;
      }
      const scoped = (solver.selector?.dnsZones ?? []).length > 0 || (solver.selector?.dnsNames ?? []).length > 0;
      if (!scoped) {
        violations.push({
          fieldPath: `${path}.selector`,
          message: 'The DNS-01 solver of the ClusterIssuer serves every name for every namespace; set selector.dnsZones to the zones its credentials are meant for.',
        });
      }
    }
    return violations.length === 0 ? 'pass' : violations;
  },
};
