import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { resultOf } from '../manifest-helpers';

const SENSITIVE_KEY = /^AWS_SECRET_ACCESS_KEY$|^GOOGLE_APPLICATION_CREDENTIALS$|^AZURE_.+KEY$|^OCI_CLI_KEY_CONTENT$|password|token|bearer|secret/i;
const PRIVATE_KEY = /-BEGIN\s+.*PRIVATE KEY-/i;

/** ConfigMaps hold no keys named like credentials and no private keys. */
export const ConfigMapNoSensitiveContent: Check = {
  name: 'ConfigMapNoSensitiveContent',
  title: 'ConfigMaps hold no credentials',
  rationale: 'ConfigMaps are readable by far more users and controllers than Secrets, and are not encrypted at rest.',
  fix: 'Move the value into a Secret.',
  kinds: ['ConfigMap'],
  check(object: ManifestObject): RuleResult {
    const violations: RuleViolation[] = [];
    for (const [key, value] of Object.entries(object.manifest.data ?? {})) {
      if (SENSITIVE_KEY.test(key)) {
        violations.push({ fieldPath: `data["${key}"]`, message: `Key "${key}" is named like a credential. Move it into a Secret.` });
      } else if (PRIVATE_KEY.test(String(value))) {
        violations.push({ fieldPath: `data["${key}"]`, message: `Key "${key}" holds a private key. Move it into a Secret.` });
      }
    }
    return resultOf(violations);
  },
};
