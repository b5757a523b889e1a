import { POD_KINDS, checkPod, namespaceOf, selectorMatches } from '../../private/manifest';
import { policyCandidates, policyDirections } from '../../private/network';
import { Check, RuleViolation } from '../../rule';

/**
 * NetworkPolicies of the app select the workload's Pods for both ingress and egress.
 */
export const NetworkPolicySelectsPods: Check = {
  name: 'NetworkPolicySelectsPods',
  title: 'Every workload\'s Pods are selected by NetworkPolicies for ingress and egress.',
  rationale: 'A Pod that no NetworkPolicy selects accepts and opens connections to and from anywhere in the cluster.',
  fix: 'Add a NetworkPolicy in the workload\'s namespace whose `podSelector` matches its pod labels, with `policyTypes: [Ingress, Egress]` and only the needed rules.',
  kinds: POD_KINDS,
  check: checkPod((pod, object, all) => {
    const policies = policyCandidates(all, namespaceOf(object.manifest), pod.labels)
      .filter((policy) => selectorMatches(policy.manifest.spec?.podSelector ?? {}, pod.labels));
    const violations: RuleViolation[] = [];
    for (const direction of ['Ingress', 'Egress']) {
      if (!policies.some((policy) => policyDirections(policy.manifest).includes(direction))) {
        violations.push({
          fieldPath: pod.path.replace(/spec$/, 'metadata.labels'),
          message: `No NetworkPolicy in the app restricts ${direction.toLowerCase()} traffic of these pods. Add one whose podSelector matches their labels with policyTypes including ${direction}.`,
        });
      }
    }
    return violations;
  }),
};
