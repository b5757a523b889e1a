import { ManifestObject } from '../rule';
import { KeyedLists, derivedFrom } from './lookup';
import { namespaceOf, podSpecOf } from './manifest';
import { indexedObjectsOfKind } from './object-index';

/** Kinds that run a chosen number of replicas. */
export const REPLICATED_KINDS = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];

/** HorizontalPodAutoscalers by namespace as written, target kind and target name, in list order. */
function indexAutoscalers(all: readonly ManifestObject[]): KeyedLists<ManifestObject> {
  const index = new KeyedLists<ManifestObject>();
  for (const hpa of indexedObjectsOfKind(all, ['HorizontalPodAutoscaler'])) {
    const target = hpa.manifest.spec?.scaleTargetRef ?? {};
    index.add([namespaceOf(hpa.manifest), target.kind, target.name], hpa);
  }
  return index;
}

/**
 * Returns the replica count of a workload: `spec.replicas`, or 1 when unset (the API default),
 * raised to an HorizontalPodAutoscaler's `minReplicas` when one in the app targets it.
 */
export function effectiveReplicas(object: ManifestObject, all: ManifestObject[]): number {
  const manifest = object.manifest;
  let replicas: number = typeof manifest.spec?.replicas === 'number' ? manifest.spec.replicas : 1;
  const autoscalers = derivedFrom(all, indexAutoscalers).get([namespaceOf(manifest), manifest.kind, manifest.metadata?.name]);
  for (const other of autoscalers) {
    if (other.manifest.kind !== 'HorizontalPodAutoscaler' || namespaceOf(other.manifest) !== namespaceOf(manifest)) {
      continue;
    }
    const target = other.manifest.spec?.scaleTargetRef ?? {};
    if (target.kind === manifest.kind && target.name === manifest.metadata?.name) {
      replicas = Math.max(replicas, other.manifest.spec?.minReplicas ?? 1);
    }
  }
  return replicas;
}

/**
 * Returns the pod labels of a workload, or an empty object.
 */
export function podLabelsOf(object: ManifestObject): Record<string, string> {
  return podSpecOf(object.manifest)?.labels ?? {};
}
