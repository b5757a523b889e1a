import { isCertManagerObject } from './issuer-manifest';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** ECDSA curve sizes that cert-manager v1.21.1 accepts: P-256, P-384 and P-521. */
const ECDSA_SIZES = [256, 384, 521];

/**
 * Certificate keys are no weaker than cert-manager's own floor: RSA 2048 bits or more, an ECDSA
 * key on P-256, P-384 or P-521, or Ed25519. It catches hand-written manifests that cert-manager
 * would reject or that name an unknown algorithm; `CertificatePrivateKeyStrong` sets the
 * recommended level above it.
 */
export const CertificatePrivateKeyMinimumStrength: Check = {
  name: 'CertificatePrivateKeyMinimumStrength',
  title: 'Certificate keys are at least RSA 2048, ECDSA P-256 or Ed25519.',
  rationale: 'RSA keys below 2048 bits can be factored with feasible effort, and cert-manager v1.21.1 rejects them together with '
    + 'unknown algorithms and ECDSA sizes other than 256, 384 and 521, so such a Certificate never becomes ready.',
  fix: 'Set spec.privateKey.algorithm to ECDSA with size 256, or RSA with size 3072.',
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
    if (algorithm === 'RSA') {
      const size = key.size ?? 2048;
      return typeof size === 'number' && size >= 2048 ? 'pass' : [{
        fieldPath: 'spec.privateKey.size',
        message: `The RSA key has ${size} bits, below the minimum of 2048; use ECDSA with size 256 or RSA with size 3072.`,
      }];
    }
    if (algorithm === 'ECDSA') {
      const size = key.size ?? 256;
      return ECDSA_SIZES.includes(size) ? 'pass' : [{
        fieldPath: 'spec.privateKey.size',
        message: `The ECDSA key size is ${size}, but only 256, 384 and 521 are valid; set spec.privateKey.size to 256.`,
      }];
    }
    return [{
      fieldPath: 'spec.privateKey.algorithm',
      message: `The key algorithm "${algorithm}" is not one that cert-manager supports; use ECDSA, RSA or Ed25519.`,
    }];
  },
};
