import { Check, ManifestObject, RuleResult } from '../../rule';
import { restrictKinds } from '../manifest-helpers';
import { budgetsCovering } from './availability-helpers';

/** Some PodDisruptionBudget of the app selects the workload's pods. */
export const WorkloadCoveredByPdb: Check = {
  name: 'WorkloadCoveredByPdb',
  title: 'Deployments and StatefulSets are covered by a PodDisruptionBudget',
  rationale: 'Without a budget a node drain may evict every replica at once.',
  fix: 'Add a PodDisruptionBudget in the same namespace whose selector matches the pod template labels.',
  kinds: ['Deployment', 'StatefulSet'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    if (budgetsCovering(object, all).length > 0) return 'pass';
    return [{ fieldPath: 'spec.template.metadata.labels', message: 'No PodDisruptionBudget of the app selects these pods. Add one whose selector matches the pod template labels.' }];
  },
};

/** Deployments are covered by a PodDisruptionBudget. */
export const DeploymentCoveredByPdb = restrictKinds(WorkloadCoveredByPdb, 'DeploymentCoveredByPdb', ['Deployment']);
/** StatefulSets are covered by a PodDisruptionBudget. */
export const StatefulSetCoveredByPdb = restrictKinds(WorkloadCoveredByPdb, 'StatefulSetCoveredByPdb', ['StatefulSet']);
