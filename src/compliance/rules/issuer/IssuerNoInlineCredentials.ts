import { describeObject, isCertManagerObject } from './issuer-manifest';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

/** Field names that suggest a credential value. */
const CREDENTIAL_NAME = /(passw(or)?d|secret|token|api[_-]?key|private[_-]?key|access[_-]?key|credential)/i;

/** Suffixes of fields that name or locate a credential without holding it, such as `secretName` or `tokenEndpoint`. */
const REFERENCE_SUFFIX = /(Name|Names|Ref|Endpoint|URL|Url|Path)$/;

/** Maps whose keys are label or annotation names chosen by the user, not API fields. */
const NAME_MAPS = ['labels', 'annotations', 'matchLabels'];

/** A PEM private key, or its base64 encoding as byte fields such as `caBundle` carry it. */
const PEM_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/**
 * Issuers, ClusterIssuers and Certificates hold no credential values in their spec: no password,
 * token, secret, API key or private key, and no AWS access key ID, where the CRD offers a Secret
 * reference. Known inline fields of cert-manager v1.21.1 are `spec.keystores.jks.password`,
 * `spec.keystores.pkcs12.password` and `route53.accessKeyID`. Other fields, such as a DNS webhook's
 * `config` or fields of hand-written objects, are matched by name, and any field is matched by a
 * PEM private key in its value.
 */
export const IssuerNoInlineCredentials: Check = {
  name: 'IssuerNoInlineCredentials',
  title: 'Issuers and Certificates reference credentials in Secrets instead of holding them.',
  rationale: 'A value in the spec is readable by everyone who may read the object, which RBAC grants far more widely than '
    + 'Secrets, and it lands in version control and in the synthesized manifests.',
  fix: 'Store the value in a Secret and use the matching *SecretRef field (passwordSecretRef, accessKeyIDSecretRef, or a Secret reference in the webhook config).',
  kinds: ['Issuer', 'ClusterIssuer', 'Certificate'],
  check(object: ManifestObject): RuleResult {
    if (!isCertManagerObject(object)) {
      return 'not-applicable';
    }
    const violations: RuleViolation[] = [];
    walk(object.manifest.spec, 'spec', (path, key, value) => {
      const objectName = describeObject(object.manifest);
      if (key === 'accessKeyID') {
        violations.push({ fieldPath: path, message: `${objectName} contains an AWS access key ID inline; move it to a Secret and set accessKeyIDSecretRef, or use ambient credentials.` });
      } else if (CREDENTIAL_NAME.test(key) && !REFERENCE_SUFFIX.test(key)) {
        violations.push({ fieldPath: path, message: `${objectName} contains a value in ${key}, which looks like a credential; move it to a Secret and reference it.` });
      } else if (looksLikePrivateKey(value)) {
        violations.push({ fieldPath: path, message: `${objectName} contains a PEM private key in ${key}; move it to a Secret and reference it.` });
      }
    });
    return violations.length === 0 ? 'pass' : violations;
  },
};

/** Calls `visit` for every non-empty string in a JSON value, with its field path and key. */
function walk(value: unknown, path: string, visit: (path: string, key: string, value: string) => void, key = ''): void {
  if (typeof value === 'string') {
    if (value !== '') {
      visit(path, key, value);
    }
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, visit, key));
  } else if (value !== null && typeof value === 'object') {
    for (const [name, child] of Object.entries(value)) {
      if (!NAME_MAPS.includes(name)) {
        walk(child, `${path}.${name}`, visit, name);
      }
    }
  }
}

function looksLikePrivateKey(value: string): boolean {
  if (PEM_PRIVATE_KEY.test(value)) {
    return true;
  }
  // "LS0tLS1CRUdJTi" is the base64 encoding of "-----BEGIN".
  return value.startsWith('LS0tLS1CRUdJTi') && PEM_PRIVATE_KEY.test(Buffer.from(value, 'base64').toString('utf8'));
}
