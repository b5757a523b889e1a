import { Check, ManifestObject, RuleResult } from '../../rule';

/** HorizontalPodAutoscalers set `spec.maxReplicas`. */
export const HpaMaxReplicasSet: Check = {
  name: 'HpaMaxReplicasSet',
  title: 'HorizontalPodAutoscalers set maxReplicas',
  rationale: 'maxReplicas bounds how far a load spike or a metrics fault can scale the workload.',
  fix: 'Set spec.maxReplicas.',
  kinds: ['HorizontalPodAutoscaler'],
  check(object: ManifestObject): RuleResult {
    if (typeof object.manifest.spec?.maxReplicas === 'number') return 'pass';
    return [{ fieldPath: 'spec.maxReplicas', message: 'The HorizontalPodAutoscaler sets no maxReplicas. Set spec.maxReplicas.' }];
  },
};
