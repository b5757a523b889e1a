import { isArgo } from './argo-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Argo Rollouts that set a progress deadline abort when they pass it. */
export const ArgoRolloutProgressDeadlineAbort: Check = {
  name: 'ArgoRolloutProgressDeadlineAbort',
  title: 'Rollouts abort when they miss their progress deadline',
  rationale: 'Without progressDeadlineAbort a degraded Rollout keeps the new ReplicaSet running.',
  fix: 'Set spec.progressDeadlineAbort to true.',
  kinds: ['Rollout'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Rollout']) || typeof object.manifest.spec?.progressDeadlineSeconds !== 'number') return 'not-applicable';
    if (object.manifest.spec.progressDeadlineAbort === true) return 'pass';
    return [{ fieldPath: 'spec.progressDeadlineAbort', message: 'The Rollout sets a progress deadline but does not abort when it passes. Set progressDeadlineAbort: true.' }];
  },
};
