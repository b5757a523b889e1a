import { ManifestObject } from '../rule';
import { indexedObjectsIn } from './object-index';

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
