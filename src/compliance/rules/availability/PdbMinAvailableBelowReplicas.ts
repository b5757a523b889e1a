import { Check, ManifestObject, RuleResult } from '../../rule';
import { resolveIntOrPercent, resultOf } from '../manifest-helpers';
import { replicasOf, workloadsCoveredBy } from './availability-helpers';

/** A PodDisruptionBudget's `minAvailable` stays below the replica count of every Deployment and StatefulSet it selects. */
export const PdbMinAvailableBelowReplicas: Check = {
  name: 'PdbMinAvailableBelowReplicas',
  title: 'PodDisruptionBudget minAvailable stays below the replicas it covers',
  rationale: 'When minAvailable reaches the replica count, no pod may be evicted and node drains hang.',
  fix: 'Lower spec.minAvailable below the workload\'s spec.replicas, or raise the replicas.',
  kinds: ['PodDisruptionBudget'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const minAvailable = object.manifest.spec?.minAvailable;
    if (minAvailable === undefined) return 'not-applicable';
    const workloads = workloadsCoveredBy(object, all);
    if (workloads.length === 0) return 'not-applicable';
    return resultOf(workloads.flatMap((workload) => {
      const replicas = replicasOf(workload.manifest);
      const required = resolveIntOrPercent(minAvailable, replicas);
      return required !== undefined && required >= replicas
        ? [{
          fieldPath: 'spec.minAvailable',
          message: `minAvailable ${minAvailable} requires ${required} of the ${replicas} replicas of ${workload.manifest.kind}/${workload.manifest.metadata?.name}, so none may be evicted. Lower minAvailable or raise the replicas.`,
        }]
        : [];
    }));
  },
};
