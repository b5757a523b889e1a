import { KeyedLists, derivedFrom } from '../../private/lookup';
import { RunCache } from '../../private/run-cache';
import { LabelIndex, LabelRequirements, SelectorIndex, labelSelectorRequirements, mapSelectorRequirements } from '../../private/selector-index';
import { ManifestObject } from '../../rule';
import { namespaceOf, objectsOfKind, podSpecOf, sameNamespace, selectorMatches, workloadLabelCount } from '../manifest-helpers';

/** HorizontalPodAutoscalers by namespace (unset counts as ''), target kind and target name, in app order. */
function indexAutoscalers(all: readonly ManifestObject[]): KeyedLists<ManifestObject> {
  const index = new KeyedLists<ManifestObject>();
  for (const hpa of objectsOfKind(all as ManifestObject[], 'HorizontalPodAutoscaler')) {
    const target = hpa.manifest.spec?.scaleTargetRef ?? {};
    index.add([namespaceOf(hpa.manifest) ?? '', target.kind, target.name], hpa);
  }
  return index;
}

/**
 * The related objects of a workload, which several checks read, once per workload and run. The
 * lists are shared: callers must not change them.
 */
const AUTOSCALERS = new RunCache<ManifestObject, readonly ManifestObject[]>();
const BUDGETS = new RunCache<ManifestObject, readonly ManifestObject[]>();
const SELECTED = new RunCache<ManifestObject, boolean>();

/** HorizontalPodAutoscalers of the app whose `scaleTargetRef` names the workload. */
export function autoscalersTargeting(object: ManifestObject, all: ManifestObject[]): readonly ManifestObject[] {
  return AUTOSCALERS.get(object, () => findAutoscalers(object, all));
}

function findAutoscalers(object: ManifestObject, all: ManifestObject[]): readonly ManifestObject[] {
  const key = [namespaceOf(object.manifest) ?? '', object.manifest.kind, object.manifest.metadata?.name];
  return derivedFrom(all, indexAutoscalers).get(key).filter((hpa) => {
    const target = hpa.manifest.spec?.scaleTargetRef ?? {};
    return sameNamespace(hpa.manifest, object.manifest) && target.kind === object.manifest.kind && target.name === object.manifest.metadata?.name;
  });
}

/**
 * Indexes the objects of a kind by namespace (unset counts as ''), each filed under a pair its
 * selector requires.
 */
function indexSelectors(
  all: readonly ManifestObject[],
  kind: string,
  requirementsOf: (manifest: Record<string, any>) => LabelRequirements | undefined,
): SelectorIndex<ManifestObject> {
  const index = new SelectorIndex<ManifestObject>();
  for (const object of objectsOfKind(all as ManifestObject[], kind)) {
    const namespace = namespaceOf(object.manifest);
    index.add([namespace ?? ''], object, requirementsOf(object.manifest),
      (requirement) => workloadLabelCount(all as ManifestObject[], namespace, requirement));
  }
  return index;
}

/** PodDisruptionBudgets by namespace, filed under a pair their selector requires. */
function indexBudgets(all: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  return indexSelectors(all, 'PodDisruptionBudget', (manifest) => labelSelectorRequirements(manifest.spec?.selector));
}

/** PodDisruptionBudgets of the app whose selector matches the workload's pod labels. */
export function budgetsCovering(object: ManifestObject, all: ManifestObject[]): readonly ManifestObject[] {
  return BUDGETS.get(object, () => findBudgets(object, all));
}

function findBudgets(object: ManifestObject, all: ManifestObject[]): readonly ManifestObject[] {
  const labels = podSpecOf(object.manifest)?.podMetadata.labels ?? {};
  return derivedFrom(all, indexBudgets).candidates([[namespaceOf(object.manifest) ?? '']], labels).filter((pdb) =>
    sameNamespace(pdb.manifest, object.manifest) && selectorMatches(pdb.manifest.spec?.selector, labels));
}

/** Deployments and StatefulSets by namespace (unset counts as '') and pod label pairs, in app order. */
function indexBudgetTargets(all: readonly ManifestObject[]): LabelIndex<ManifestObject> {
  const index = new LabelIndex<ManifestObject>();
  for (const workload of objectsOfKind(all as ManifestObject[], 'Deployment', 'StatefulSet')) {
    index.add([namespaceOf(workload.manifest) ?? ''], workload, podSpecOf(workload.manifest)?.podMetadata.labels ?? {});
  }
  return index;
}

/** Workloads of the app (Deployments and StatefulSets) whose pods a PodDisruptionBudget selects. */
export function workloadsCoveredBy(pdb: ManifestObject, all: ManifestObject[]): ManifestObject[] {
  const requirements = labelSelectorRequirements(pdb.manifest.spec?.selector);
  if (!requirements) {
    // An unset selector matches no pods.
    return [];
  }
  return derivedFrom(all, indexBudgetTargets).candidates([namespaceOf(pdb.manifest) ?? ''], requirements).filter((workload) =>
    sameNamespace(workload.manifest, pdb.manifest)
    && selectorMatches(pdb.manifest.spec?.selector, podSpecOf(workload.manifest)?.podMetadata.labels ?? {}));
}

/** `spec.replicas` of a workload, or 1 when unset, as the API server defaults it. */
export function replicasOf(manifest: Record<string, any>): number {
  return typeof manifest.spec?.replicas === 'number' ? manifest.spec.replicas : 1;
}

/** Services by namespace, filed under a pair their selector requires. */
function indexServices(all: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  return indexSelectors(all, 'Service', (manifest) => mapSelectorRequirements(manifest.spec?.selector));
}

/**
 * Returns the Services of the app in the namespace whose selector may match the labels, in app
 * order: a superset of those that select the pods, so callers still test the selector.
 */
export function serviceCandidates(all: ManifestObject[], namespace: string | undefined, labels: Record<string, any>): readonly ManifestObject[] {
  return derivedFrom(all, indexServices).candidates([[namespace ?? '']], labels);
}

/** Whether any Service of the app in the workload's namespace selects its pods. */
export function selectedByService(object: ManifestObject, all: ManifestObject[]): boolean {
  return SELECTED.get(object, () => findSelectingService(object, all));
}

function findSelectingService(object: ManifestObject, all: ManifestObject[]): boolean {
  const labels = podSpecOf(object.manifest)?.podMetadata.labels ?? {};
  return serviceCandidates(all, namespaceOf(object.manifest), labels).some((service) => {
    const selector = service.manifest.spec?.selector;
    return sameNamespace(service.manifest, object.manifest) && selector && Object.keys(selector).length > 0
      && Object.entries(selector).every(([key, value]) => labels[key] === value);
  });
}
