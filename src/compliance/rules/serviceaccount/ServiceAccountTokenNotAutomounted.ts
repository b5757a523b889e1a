import { Check, ManifestObject, RuleResult } from '../../rule';

/** ServiceAccounts set `automountServiceAccountToken: false`. */
export const ServiceAccountTokenNotAutomounted: Check = {
  name: 'ServiceAccountTokenNotAutomounted',
  title: 'ServiceAccounts do not auto-mount their token',
  rationale: 'An auto-mounted token is available to every process in every pod of the account, whether or not it calls the API.',
  fix: 'Set automountServiceAccountToken: false on the ServiceAccount and mount a projected token only where needed.',
  kinds: ['ServiceAccount'],
  check(object: ManifestObject): RuleResult {
    if (object.manifest.automountServiceAccountToken === false) return 'pass';
    return [{ fieldPath: 'automountServiceAccountToken', message: `automountServiceAccountToken is ${object.manifest.automountServiceAccountToken ?? 'unset (true)'}. Set it to false.` }];
  },
};
