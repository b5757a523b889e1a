import { Check, ManifestObject, RuleResult } from '../../rule';

/** ServiceAccounts list no Secrets in their `secrets` field. */
export const ServiceAccountListsNoSecrets: Check = {
  name: 'ServiceAccountListsNoSecrets',
  title: 'ServiceAccounts reference no token Secrets',
  rationale: 'Secrets listed on a ServiceAccount are legacy long-lived tokens.',
  fix: 'Remove the secrets field and use projected ServiceAccount tokens.',
  kinds: ['ServiceAccount'],
  check(object: ManifestObject): RuleResult {
    const secrets = object.manifest.secrets;
    if (!Array.isArray(secrets) || secrets.length === 0) return 'pass';
    return [{ fieldPath: 'secrets', message: `The ServiceAccount lists ${secrets.length} Secret(s). Remove the secrets field.` }];
  },
};
