import { Check, ManifestObject, RuleResult } from '../../rule';

/** The app defines no Secrets of type `kubernetes.io/service-account-token`. */
export const NoLegacyTokenSecrets: Check = {
  name: 'NoLegacyTokenSecrets',
  title: 'No long-lived ServiceAccount token Secrets',
  rationale: 'Token Secrets never expire and are readable by anyone who can read Secrets in the namespace. Projected tokens expire and are bound to a pod.',
  fix: 'Remove the Secret and use projected ServiceAccount tokens.',
  kinds: ['Secret'],
  check(object: ManifestObject): RuleResult {
    if (object.manifest.type !== 'kubernetes.io/service-account-token') return 'pass';
    return [{ fieldPath: 'type', message: 'The Secret contains a long-lived ServiceAccount token. Remove it and use projected tokens.' }];
  },
};
