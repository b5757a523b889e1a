import { Check, ManifestObject, RuleResult } from '../../rule';

/** HorizontalPodAutoscalers keep at least two replicas; an unset `minReplicas` means 1. */
export const HpaMinReplicasAtLeastTwo: Check = {
  name: 'HpaMinReplicasAtLeastTwo',
  title: 'HorizontalPodAutoscalers keep at least two replicas',
  rationale: 'An autoscaler that scales down to one pod leaves the service unavailable during every restart of that pod.',
  fix: 'Set spec.minReplicas to 2 or more.',
  kinds: ['HorizontalPodAutoscaler'],
  check(object: ManifestObject): RuleResult {
    const minReplicas = object.manifest.spec?.minReplicas;
    if (typeof minReplicas === 'number' && minReplicas >= 2) return 'pass';
    return [{ fieldPath: 'spec.minReplicas', message: `minReplicas is ${minReplicas ?? 'unset (1)'}. Set it to 2 or more.` }];
  },
};
