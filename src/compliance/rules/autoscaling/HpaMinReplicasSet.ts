import { Check, ManifestObject, RuleResult } from '../../rule';

/** HorizontalPodAutoscalers set `spec.minReplicas`. */
export const HpaMinReplicasSet: Check = {
  name: 'HpaMinReplicasSet',
  title: 'HorizontalPodAutoscalers set minReplicas',
  rationale: 'Without minReplicas the autoscaler may scale down to one pod.',
  fix: 'Set spec.minReplicas.',
  kinds: ['HorizontalPodAutoscaler'],
  check(object: ManifestObject): RuleResult {
    if (typeof object.manifest.spec?.minReplicas === 'number') return 'pass';
    return [{ fieldPath: 'spec.minReplicas', message: 'The HorizontalPodAutoscaler sets no minReplicas, so it may scale to 1. Set spec.minReplicas.' }];
  },
};
