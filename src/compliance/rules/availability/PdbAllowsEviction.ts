import { Check, ManifestObject, RuleResult } from '../../rule';

/** A PodDisruptionBudget does not forbid every eviction by its own numbers (`maxUnavailable: 0`, `0%` or `minAvailable: 100%`). */
export const PdbAllowsEviction: Check = {
  name: 'PdbAllowsEviction',
  title: 'PodDisruptionBudgets allow voluntary evictions',
  rationale: 'A budget that allows no eviction blocks node drains and cluster upgrades until someone deletes it.',
  fix: 'Set spec.maxUnavailable to 1 or more, or spec.minAvailable below the replica count.',
  kinds: ['PodDisruptionBudget'],
  check(object: ManifestObject): RuleResult {
    const spec = object.manifest.spec ?? {};
    if (spec.maxUnavailable === 0 || spec.maxUnavailable === '0' || spec.maxUnavailable === '0%') {
      return [{ fieldPath: 'spec.maxUnavailable', message: `maxUnavailable is ${JSON.stringify(spec.maxUnavailable)}, so no pod may ever be evicted. Set it to 1 or more.` }];
    }
    if (spec.minAvailable === '100%') {
      return [{ fieldPath: 'spec.minAvailable', message: 'minAvailable is "100%", so no pod may ever be evicted. Lower it below the replica count.' }];
    }
    return 'pass';
  },
};
