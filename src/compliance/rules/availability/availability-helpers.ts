import { ManifestObject } from '../../rule';
import { objectsOfKind, podSpecOf, sameNamespace, selectorMatches } from '../manifest-helpers';

/** HorizontalPodAutoscalers of the app whose `scaleTargetRef` names the workload. */
export function autoscalersTargeting(object: ManifestObject, all: ManifestObject[]): ManifestObject[] {
  return objectsOfKind(all, 'HorizontalPodAutoscaler').filter((hpa) => {
    const target = hpa.manifest.spec?.scaleTargetRef ?? {};
    return sameNamespace(hpa.manifest, object.manifest) && target.kind === object.manifest.kind && target.name === object.manifest.metadata?.name;
  });
}

/** PodDisruptionBudgets of the app whose selector matches the workload's pod labels. */
export function budgetsCovering(object: ManifestObject, all: ManifestObject[]): ManifestObject[] {
  const labels = podSpecOf(object.manifest)?.podMetadata.labels ?? {};
  return objectsOfKind(all, 'PodDisruptionBudget').filter((pdb) =>
    sameNamespace(pdb.manifest, object.manifest) && selectorMatches(pdb.manifest.spec?.selector, labels));
}

/** Workloads of the app (Deployments and StatefulSets) whose pods a PodDisruptionBudget selects. */
export function workloadsCoveredBy(pdb: ManifestObject, all: ManifestObject[]): ManifestObject[] {
  return objectsOfKind(all, 'Deployment', 'StatefulSet').filter((workload) =>
    sameNamespace(workload.manifest, pdb.manifest)
    && selectorMatches(pdb.manifest.spec?.selector, podSpecOf(workload.manifest)?.podMetadata.labels ?? {}));
}

/** `spec.replicas` of a workload, or 1 when unset, as the API server defaults it. */
export function replicasOf(manifest: Record<string, any>): number {
  return typeof manifest.spec?.replicas === 'number' ? manifest.spec.replicas : 1;
}

/** Whether any Service of the app in the workload's namespace selects its pods. */
export function selectedByService(object: ManifestObject, all: ManifestObject[]): boolean {
  const labels = podSpecOf(object.manifest)?.podMetadata.labels ?? {};
  return objectsOfKind(all, 'Service').some((service) => {
    const selector = service.manifest.spec?.selector;
    return sameNamespace(service.manifest, object.manifest) && selector && Object.keys(selector).length > 0
      && Object.entries(selector).every(([key, value]) => labels[key] === value);
  });
}
