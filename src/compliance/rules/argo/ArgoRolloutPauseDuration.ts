import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';
import { isArgo } from './argo-helpers';

/** Pause steps of Argo Rollouts canaries set a duration. */
export const ArgoRolloutPauseDuration: Check = {
  name: 'ArgoRolloutPauseDuration',
  title: 'Argo Rollout pause steps set a duration',
  rationale: 'A pause without a duration waits for a manual promotion, so the rollout stalls unnoticed.',
  fix: 'Set pause.duration on every canary pause step.',
  kinds: ['Rollout'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Rollout'])) return 'not-applicable';
    return resultOf((object.manifest.spec?.strategy?.canary?.steps ?? []).flatMap((step: any, index: number) =>
      (step?.pause && typeof step.pause.duration !== 'string' && typeof step.pause.duration !== 'number'
        ? [{ fieldPath: `spec.strategy.canary.steps[${index}].pause.duration`, message: `Pause step ${index} has no duration. Set pause.duration.` }]
        : [])));
  },
};
