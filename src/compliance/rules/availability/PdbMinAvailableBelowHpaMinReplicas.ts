import { Check, ManifestObject, RuleResult } from '../../rule';
import { resolveIntOrPercent, resultOf } from '../manifest-helpers';
import { autoscalersTargeting, budgetsCovering } from './availability-helpers';

/** For a Deployment scaled by an HPA, a covering PDB's `minAvailable` stays below the HPA's `minReplicas`. */
export const PdbMinAvailableBelowHpaMinReplicas: Check = {
  name: 'PdbMinAvailableBelowHpaMinReplicas',
  title: 'PodDisruptionBudget minAvailable stays below the autoscaler minimum',
  rationale: 'When the autoscaler scales down to minReplicas and the budget requires as many pods, no pod can be evicted.',
  fix: 'Lower the PodDisruptionBudget\'s minAvailable below the HorizontalPodAutoscaler\'s minReplicas.',
  kinds: ['Deployment'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const hpas = autoscalersTargeting(object, all);
    const budgets = budgetsCovering(object, all).filter((pdb) => pdb.manifest.spec?.minAvailable !== undefined);
    if (hpas.length === 0 || budgets.length === 0) return 'not-applicable';
    return resultOf(hpas.flatMap((hpa) => budgets.flatMap((pdb) => {
      const minReplicas = typeof hpa.manifest.spec?.minReplicas === 'number' ? hpa.manifest.spec.minReplicas : 1;
      const required = resolveIntOrPercent(pdb.manifest.spec.minAvailable, minReplicas);
      return required !== undefined && required > minReplicas
        ? [{
          fieldPath: 'spec.replicas',
          message: `PodDisruptionBudget ${pdb.manifest.metadata?.name} requires ${pdb.manifest.spec.minAvailable} pods, more than minReplicas ${minReplicas} of HorizontalPodAutoscaler ${hpa.manifest.metadata?.name}. Lower minAvailable or raise minReplicas.`,
        }]
        : [];
    })));
  },
};
