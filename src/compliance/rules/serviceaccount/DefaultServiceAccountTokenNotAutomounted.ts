import { Check, ManifestObject, RuleResult } from '../../rule';

/**
 * A `default` ServiceAccount that the app defines turns off automatic token mounting.
 */
export const DefaultServiceAccountTokenNotAutomounted: Check = {
  name: 'DefaultServiceAccountTokenNotAutomounted',
  title: 'ServiceAccounts named default set automountServiceAccountToken to false.',
  rationale: 'Every Pod of a namespace that names no ServiceAccount runs as `default`, so its token should not reach those Pods unasked.',
  fix: 'Set `automountServiceAccountToken: false` on the `default` ServiceAccount.',
  kinds: ['ServiceAccount'],
  check: (object: ManifestObject): RuleResult => {
    if (object.manifest.metadata?.name !== 'default') {
      return 'not-applicable';
    }
    if (object.manifest.automountServiceAccountToken === false) {
      return 'pass';
    }
    return [{ fieldPath: 'automountServiceAccountToken', message: 'The default ServiceAccount mounts its token into every Pod that names no ServiceAccount. Set automountServiceAccountToken to false.' }];
  },
};
