import { derivedFrom } from '../../private/lookup';
import { namespaceOf, selectorMatches } from '../../private/manifest';
import { indexedObjectsOfKind } from '../../private/object-index';
import { SelectorIndex, labelSelectorRequirements } from '../../private/selector-index';
import { REPLICATED_KINDS, effectiveReplicas, podLabelsOf } from '../../private/workload';
import { Check, ManifestObject } from '../../rule';

/** PodDisruptionBudgets by namespace as written, filed under a pair their selector requires. */
function indexBudgets(all: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  const index = new SelectorIndex<ManifestObject>();
  for (const budget of indexedObjectsOfKind(all, ['PodDisruptionBudget'])) {
    index.add([namespaceOf(budget.manifest)], budget, labelSelectorRequirements(budget.manifest.spec?.selector));
  }
  return index;
}

/**
 * Reads `minAvailable` or `maxUnavailable` as a count of Pods for the given replica count.
 */
function toCount(value: number | string, replicas: number, roundUp: boolean): number {
  if (typeof value === 'number') {
    return value;
  }
  const percent = Number(String(value).replace('%', ''));
  const exact = (replicas * percent) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

/**
 * A PodDisruptionBudget selects the workload's Pods and still lets one of them be evicted.
 */
export const WorkloadPodDisruptionBudget: Check = {
  name: 'WorkloadPodDisruptionBudget',
  title: 'Replicated workloads are covered by a PodDisruptionBudget that allows at least one eviction.',
  rationale: 'Without a PodDisruptionBudget a node drain may evict every replica at once. A budget that allows no eviction blocks drains and upgrades.',
  fix: 'Add a PodDisruptionBudget in the workload\'s namespace whose selector matches its pod labels, with `minAvailable` below `spec.replicas` (or `maxUnavailable` of 1 or more).',
  kinds: REPLICATED_KINDS,
  check: (object: ManifestObject, all: ManifestObject[]) => {
    const labels = podLabelsOf(object);
    const namespace = namespaceOf(object.manifest);
    const candidates = derivedFrom(all, indexBudgets).candidates([[namespace]], labels);
    const budgets = candidates.filter((o) => selectorMatches(o.manifest.spec?.selector, labels));
    if (budgets.length === 0) {
      return [{ fieldPath: 'spec.template.metadata.labels', message: 'No PodDisruptionBudget in the app selects the workload\'s Pods. Add one whose selector matches its pod labels.' }];
    }
    const replicas = effectiveReplicas(object, all);
    for (const budget of budgets) {
      const spec = budget.manifest.spec ?? {};
      const name = budget.manifest.metadata?.name;
      if (spec.minAvailable !== undefined && replicas - toCount(spec.minAvailable, replicas, true) < 1) {
        return [{
          fieldPath: 'spec.replicas',
          message: `PodDisruptionBudget ${name} requires minAvailable ${spec.minAvailable} of ${replicas} replicas, so no Pod can be evicted. Raise spec.replicas or lower minAvailable.`,
        }];
      }
      if (spec.maxUnavailable !== undefined && toCount(spec.maxUnavailable, replicas, false) < 1) {
        return [{
          fieldPath: 'spec.replicas',
          message: `PodDisruptionBudget ${name} sets maxUnavailable ${spec.maxUnavailable}, so no Pod of ${replicas} can be evicted. Set maxUnavailable to 1 or more.`,
        }];
      }
    }
    return 'pass';
  },
};
