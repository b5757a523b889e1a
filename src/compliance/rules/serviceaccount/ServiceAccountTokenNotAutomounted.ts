import { Check, ManifestObject, RuleResult } from '../../rule';

/**
 * The ServiceAccount turns off automatic token mounting.
 */
export const ServiceAccountTokenNotAutomounted: Check = {
  name: 'ServiceAccountTokenNotAutomounted',
  title: 'ServiceAccounts set automountServiceAccountToken to false.',
  rationale: 'With automounting on, every Pod that uses the ServiceAccount and does not opt out receives its token.',
  fix: 'Set `automountServiceAccountToken: false` on the ServiceAccount and mount a projected token only where the API is called.',
  kinds: ['ServiceAccount'],
  check: (object: ManifestObject): RuleResult => {
    if (object.manifest.automountServiceAccountToken === false) {
      return 'pass';
    }
    return [{ fieldPath: 'automountServiceAccountToken', message: 'The ServiceAccount does not set automountServiceAccountToken to false; set it to false.' }];
  },
};
