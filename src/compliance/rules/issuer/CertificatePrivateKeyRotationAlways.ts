import { isCertManagerObject } from './issuer-manifest';
import { Check, ManifestObject, RuleResult } from '../../rule';

/**
 * Certificates get a new private key on every issuance (`spec.privateKey.rotationPolicy:
 * Always`). An unset policy passes, because cert-manager v1.18 and later, including v1.21.1,
 * default to `Always`.
 */
export const CertificatePrivateKeyRotationAlways: Check = {
  name: 'CertificatePrivateKeyRotationAlways',
  title: 'Certificates rotate their private key on every issuance.',
  rationale: 'Reusing a key across renewals keeps a leaked key useful for as long as the key lives, not only until the certificate expires.',
  fix: 'Set spec.privateKey.rotationPolicy to Always, or remove the field.',
  kinds: ['Certificate'],
  check(object: ManifestObject): RuleResult {
    if (!isCertManagerObject(object)) {
      return 'not-applicable';
    }
    const policy = object.manifest.spec?.privateKey?.rotationPolicy;
    if (policy === undefined || policy === 'Always') {
      return 'pass';
    }
    return [{
      fieldPath: 'spec.privateKey.rotationPolicy',
      message: `The rotation policy is "${policy}", so renewals reuse the private key; set spec.privateKey.rotationPolicy to Always.`,
    }];
  },
};
