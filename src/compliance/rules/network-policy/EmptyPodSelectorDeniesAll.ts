import { Check, ManifestObject, RuleResult } from '../../rule';

/**
 * Only a policy that allows nothing may select every pod of the namespace with `podSelector: {}`.
 */
export const EmptyPodSelectorDeniesAll: Check = {
  name: 'EmptyPodSelectorDeniesAll',
  title: 'Only the default-deny policy selects all pods',
  rationale: 'Allow rules on a policy that selects every pod open that traffic for workloads that never needed it.',
  fix: 'Give the policy a podSelector that matches only the pods that need the traffic.',
  kinds: ['NetworkPolicy'],
  check(object: ManifestObject): RuleResult {
    const spec = object.manifest.spec ?? {};
    const selector = spec.podSelector ?? {};
    const empty = Object.keys(selector.matchLabels ?? {}).length === 0 && (selector.matchExpressions ?? []).length === 0;
    if (!empty) return 'not-applicable';
    const rules = [...(spec.ingress ?? []), ...(spec.egress ?? [])];
    if (rules.length === 0) return 'pass';
    return [{ fieldPath: 'spec.podSelector', message: 'The policy selects every pod of the namespace and allows traffic. Narrow spec.podSelector to the pods that need it.' }];
  },
};
