import { isArgo } from './argo-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Blue-green Argo Rollouts wait at least 30 seconds before scaling down the old version. */
export const ArgoRolloutScaleDownDelay: Check = {
  name: 'ArgoRolloutScaleDownDelay',
  title: 'Blue-green Rollouts delay scale-down by 30 seconds or more',
  rationale: 'Nodes need time to update their iptables rules after the switch; scaling down sooner drops requests.',
  fix: 'Set spec.strategy.blueGreen.scaleDownDelaySeconds to 30 or more.',
  kinds: ['Rollout'],
  check(object: ManifestObject): RuleResult {
    const blueGreen = object.manifest.spec?.strategy?.blueGreen;
    if (!isArgo(object.manifest, ['Rollout']) || !blueGreen) return 'not-applicable';
    if (typeof blueGreen.scaleDownDelaySeconds === 'number' && blueGreen.scaleDownDelaySeconds >= 30) return 'pass';
    return [{ fieldPath: 'spec.strategy.blueGreen.scaleDownDelaySeconds', message: `scaleDownDelaySeconds is ${blueGreen.scaleDownDelaySeconds ?? 'unset'}. Set it to 30 or more.` }];
  },
};
