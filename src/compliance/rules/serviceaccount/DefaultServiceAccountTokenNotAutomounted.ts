import { Check, ManifestObject, RuleResult } from '../../rule';

/** A ServiceAccount named `default` sets `automountServiceAccountToken: false`. */
export const DefaultServiceAccountTokenNotAutomounted: Check = {
  name: 'DefaultServiceAccountTokenNotAutomounted',
  title: 'The default ServiceAccount does not auto-mount its token',
  rationale: 'Every pod that names no ServiceAccount runs as default; with automount on, each of them gets an API token.',
  fix: 'Set automountServiceAccountToken: false on the default ServiceAccount.',
  kinds: ['ServiceAccount'],
  check(object: ManifestObject): RuleResult {
    if (object.manifest.metadata?.name !== 'default') return 'not-applicable';
    if (object.manifest.automountServiceAccountToken === false) return 'pass';
    return [{ fieldPath: 'automountServiceAccountToken', message: 'The default ServiceAccount auto-mounts its token. Set automountServiceAccountToken: false.' }];
  },
};
