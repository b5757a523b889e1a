import { isArgo } from './argo-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Argo Rollouts keep at least one old revision. */
export const ArgoRolloutRevisionHistory: Check = {
  name: 'ArgoRolloutRevisionHistory',
  title: 'Argo Rollouts keep revision history',
  rationale: 'Without old ReplicaSets a Rollout cannot be rolled back quickly.',
  fix: 'Set spec.revisionHistoryLimit to 1 or more.',
  kinds: ['Rollout'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Rollout'])) return 'not-applicable';
    const limit = object.manifest.spec?.revisionHistoryLimit;
    if (typeof limit === 'number' && limit >= 1) return 'pass';
    return [{ fieldPath: 'spec.revisionHistoryLimit', message: `revisionHistoryLimit is ${limit ?? 'unset'}. Set it to 1 or more.` }];
  },
};
