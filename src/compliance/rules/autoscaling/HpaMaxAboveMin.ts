import { Check, ManifestObject, RuleResult } from '../../rule';

/** HorizontalPodAutoscalers set `maxReplicas` above `minReplicas`, so they can scale. */
export const HpaMaxAboveMin: Check = {
  name: 'HpaMaxAboveMin',
  title: 'HorizontalPodAutoscalers can scale between two bounds',
  rationale: 'An autoscaler whose maxReplicas equals minReplicas never scales.',
  fix: 'Set spec.maxReplicas above spec.minReplicas.',
  kinds: ['HorizontalPodAutoscaler'],
  check(object: ManifestObject): RuleResult {
    const spec = object.manifest.spec ?? {};
    const min = typeof spec.minReplicas === 'number' ? spec.minReplicas : 1;
    if (typeof spec.maxReplicas !== 'number') {
      return [{ fieldPath: 'spec.maxReplicas', message: 'maxReplicas is unset. Set spec.maxReplicas above minReplicas.' }];
    }
    if (spec.maxReplicas > min) return 'pass';
    return [{ fieldPath: 'spec.maxReplicas', message: `maxReplicas ${spec.maxReplicas} is not above minReplicas ${min}, so the autoscaler cannot scale. Raise maxReplicas.` }];
  },
};
