import { ManifestObject } from '../rule';
import { derivedFrom } from './lookup';
import { indexedObjectsIn, indexedObjectsOfKind } from './object-index';
import { SelectorIndex, labelSelectorRequirements } from './selector-index';

/**
 * Returns the directions a NetworkPolicy restricts. Kubernetes defaults `policyTypes` to
 * Ingress, plus Egress when the policy has egress rules.
 */
export function policyDirections(policy: Record<string, any>): string[] {
  const spec = policy.spec ?? {};
  if (Array.isArray(spec.policyTypes) && spec.policyTypes.length > 0) {
    return spec.policyTypes;
  }
  return spec.egress !== undefined ? ['Ingress', 'Egress'] : ['Ingress'];
}

/**
 * Returns the NetworkPolicies of the app in a namespace.
 */
export function policiesIn(all: ManifestObject[], namespace: string | undefined): ManifestObject[] {
  return indexedObjectsIn(all, ['NetworkPolicy'], namespace);
}

/** NetworkPolicies by namespace as written, filed under a pair their pod selector requires. */
function indexPolicies(all: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  const index = new SelectorIndex<ManifestObject>();
  for (const policy of indexedObjectsOfKind(all, ['NetworkPolicy'])) {
    index.add([policy.manifest.metadata?.namespace], policy, labelSelectorRequirements(policy.manifest.spec?.podSelector ?? {}));
  }
  return index;
}

/**
 * Returns the NetworkPolicies of the app in a namespace whose pod selector may match the labels,
 * in list order: a superset of those that select the pods, so callers still test the selector.
 */
export function policyCandidates(all: ManifestObject[], namespace: string | undefined, labels: Record<string, string>): readonly ManifestObject[] {
  return derivedFrom(all, indexPolicies).candidates([[namespace]], labels);
}

/**
 * Tests whether a policy denies all traffic of every pod of its namespace in both directions:
 * an empty pod selector, both policy types and no rules.
 */
export function isDefaultDeny(policy: Record<string, any>): boolean {
  const spec = policy.spec ?? {};
  const selector = spec.podSelector ?? {};
  const selectsAll = Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
  const directions = policyDirections(policy);
  return selectsAll
    && directions.includes('Ingress') && directions.includes('Egress')
    && (spec.ingress ?? []).length === 0 && (spec.egress ?? []).length === 0;
}

/** Returns the namespaces, as written, that contain a default-deny NetworkPolicy of the app. */
function findDefaultDenyNamespaces(all: readonly ManifestObject[]): Set<unknown> {
  const namespaces = new Set<unknown>();
  for (const policy of indexedObjectsOfKind(all, ['NetworkPolicy'])) {
    if (isDefaultDeny(policy.manifest)) {
      namespaces.add(policy.manifest.metadata?.namespace);
    }
  }
  return namespaces;
}

/**
 * Tests whether a namespace contains a default-deny NetworkPolicy of the app, as
 * `policiesIn(all, namespace).some(isDefaultDeny)` does.
 */
export function hasDefaultDeny(all: ManifestObject[], namespace: string | undefined): boolean {
  return derivedFrom(all, findDefaultDenyNamespaces).has(namespace);
}
