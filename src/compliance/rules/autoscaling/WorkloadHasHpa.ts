import { Check, ManifestObject, RuleResult } from '../../rule';
import { autoscalersTargeting } from '../availability/availability-helpers';

/** Some HorizontalPodAutoscaler of the app targets the workload. */
export const WorkloadHasHpa: Check = {
  name: 'WorkloadHasHpa',
  title: 'Workloads are scaled by a HorizontalPodAutoscaler',
  rationale: 'An autoscaler adds replicas under load instead of letting a fixed number of pods saturate.',
  fix: 'Add a HorizontalPodAutoscaler whose scaleTargetRef names the workload.',
  kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    if (autoscalersTargeting(object, all).length > 0) return 'pass';
    return [{ fieldPath: 'kind', message: `No HorizontalPodAutoscaler targets ${object.manifest.kind}/${object.manifest.metadata?.name}. Add one, or suppress the finding for a workload with fixed load.` }];
  },
};
