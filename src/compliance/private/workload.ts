import { ManifestObject } from '../rule';
import { namespaceOf, podSpecOf } from './manifest';

/** Kinds that run a chosen number of replicas. */
export const REPLICATED_KINDS = ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController'];

/**
 * Returns the replica count of a workload: `spec.replicas`, or 1 when unset (the API default),
 * raised to an HorizontalPodAutoscaler's `minReplicas` when one in the app targets it.
 */
export function effectiveReplicas(object: ManifestObject, all: ManifestObject[]): number {
  const manifest = object.manifest;
  let replicas: number = typeof manifest.spec?.replicas === 'number' ? manifest.spec.replicas : 1;
  for (const other of all) {
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
