import { isCertManagerObject } from './issuer-manifest';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Minimum RSA size that the ControlPlane 2026 cert-manager hardening guide recommends. */
const MIN_RSA_BITS = 3072;

/**
 * Certificates use an ECDSA key on P-256 or a larger curve, an RSA key of 3072 bits or more, or
 * Ed25519. cert-manager v1.21.1 generates RSA 2048 when `spec.privateKey` is unset, so an unset
 * key fails.
 */
export const CertificatePrivateKeyStrong: Check = {
  name: 'CertificatePrivateKeyStrong',
  title: 'Certificate keys are ECDSA P-256 or stronger, RSA 3072 or stronger, or Ed25519.',
  rationale: 'RSA 2048 offers about 112 bits of security, below the 128 bits of P-256 and RSA 3072 that current guidance, '
    + 'including the ControlPlane 2026 cert-manager hardening guide, recommends for keys in use beyond 2030.',
  fix: 'Set spec.privateKey.algorithm to ECDSA with size 256 or 384, or keep RSA with size 3072 or more.',
  kinds: ['Certificate'],
  check(object: ManifestObject): RuleResult {
    if (!isCertManagerObject(object)) {
      return 'not-applicable';
    }
    const key = object.manifest.spec?.privateKey ?? {};
    const algorithm = key.algorithm ?? 'RSA';
    if (algorithm === 'Ed25519') {
      return 'pass';
    }
    if (algorithm === 'ECDSA') {
      const size = key.size ?? 256;
      return size >= 256 ? 'pass' : [{
        fieldPath: 'spec.privateKey.size',
        message: `The ECDSA key size is ${size}; set spec.privateKey.size to 256, 384 or 521.`,
      }];
    }
    if (algorithm === 'RSA') {
      const size = key.size ?? 2048;
      if (size >= MIN_RSA_BITS) {
        return 'pass';
      }
      const source = key.size === undefined ? ' (cert-manager\'s default, because spec.privateKey.size is unset)' : '';
      return [{
        fieldPath: key.size === undefined ? 'spec.privateKey' : 'spec.privateKey.size',
        message: `The RSA key has ${size} bits${source}; use ECDSA with size 256 or RSA with size ${MIN_RSA_BITS} or more.`,
      }];
    }
    return [{
      fieldPath: 'spec.privateKey.algorithm',
      message: `The key algorithm "${algorithm}" is not one that cert-manager supports; use ECDSA, RSA or Ed25519.`,
    }];
  },
};
