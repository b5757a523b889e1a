import { derivedFrom } from '../../private/lookup';
import { SelectorIndex, labelSelectorRequirements } from '../../private/selector-index';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, namespaceOf, objectsOfKind, podSpecOf, sameNamespace, selectorMatches } from '../manifest-helpers';

/** NetworkPolicies by namespace (unset counts as ''), filed under a pair their pod selector requires. */
function indexPolicies(all: readonly ManifestObject[]): SelectorIndex<ManifestObject> {
  const index = new SelectorIndex<ManifestObject>();
  for (const policy of objectsOfKind(all as ManifestObject[], 'NetworkPolicy')) {
    index.add([namespaceOf(policy.manifest) ?? ''], policy, labelSelectorRequirements(policy.manifest.spec?.podSelector ?? {}));
  }
  return index;
}

function allowsDns(policy: Record<string, any>, labels: Record<string, string>): boolean {
  if (!selectorMatches(policy.spec?.podSelector ?? {}, labels)) return false;
  return (policy.spec?.egress ?? []).some((rule: any) => {
    const ports: any[] = rule?.ports ?? [];
    return ports.length === 0 || ports.some((port) => port?.port === 53 || port?.port === 'dns' || port?.port === 'dns-tcp');
  });
}

/**
 * Where NetworkPolicies restrict a workload's egress, one of them still allows DNS (port 53), so
 * a default-deny layout does not break name resolution.
 */
export const NamespaceAllowsDnsEgress: Check = {
  name: 'NamespaceAllowsDnsEgress',
  title: 'Restricted egress still allows DNS',
  rationale: 'A deny-egress policy without a DNS exception breaks every lookup of the pods it selects.',
  fix: 'Add an egress rule to port 53 (UDP and TCP) for the pods.',
  kinds: POD_KINDS,
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const labels = pod.podMetadata.labels ?? {};
    const candidates = derivedFrom(all, indexPolicies).candidates([[namespaceOf(object.manifest) ?? '']], labels);
    const policies = candidates.filter((policy) => sameNamespace(policy.manifest, object.manifest)
      && selectorMatches(policy.manifest.spec?.podSelector ?? {}, labels)
      && ((policy.manifest.spec?.policyTypes ?? []).includes('Egress') || policy.manifest.spec?.egress !== undefined));
    if (policies.length === 0) return 'not-applicable';
    if (policies.some((policy) => allowsDns(policy.manifest, labels))) return 'pass';
    return [{ fieldPath: `${pod.podMetadataPath}.labels`, message: 'NetworkPolicies restrict the egress of these pods but none allows DNS on port 53. Add an egress rule to port 53.' }];
  },
};
