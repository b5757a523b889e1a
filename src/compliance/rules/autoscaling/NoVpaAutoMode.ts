import { Check, ManifestObject, RuleResult } from '../../rule';

/** VerticalPodAutoscalers do not evict pods to apply recommendations (`updateMode` Off or Initial). */
export const NoVpaAutoMode: Check = {
  name: 'NoVpaAutoMode',
  title: 'VerticalPodAutoscalers only recommend',
  rationale: 'In Auto or Recreate mode the autoscaler evicts pods to resize them, which restarts the workload at times it does not choose.',
  fix: 'Set spec.updatePolicy.updateMode to Off or Initial.',
  kinds: ['VerticalPodAutoscaler'],
  check(object: ManifestObject): RuleResult {
    const mode = object.manifest.spec?.updatePolicy?.updateMode ?? 'Auto';
    if (mode === 'Off' || mode === 'Initial') return 'pass';
    return [{ fieldPath: 'spec.updatePolicy.updateMode', message: `updateMode is ${mode}, which evicts pods to resize them. Set it to Off or Initial.` }];
  },
};
