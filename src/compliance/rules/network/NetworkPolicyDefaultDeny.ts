import { POD_KINDS, checkPod, namespaceOf } from '../../private/manifest';
import { hasDefaultDeny } from '../../private/network';
import { Check } from '../../rule';

/**
 * The workload's namespace has a default-deny NetworkPolicy for ingress and egress.
 */
export const NetworkPolicyDefaultDeny: Check = {
  name: 'NetworkPolicyDefaultDeny',
  title: 'Every namespace with workloads has a default-deny NetworkPolicy for ingress and egress.',
  rationale: 'A default-deny policy blocks every flow that no other policy allows, so a Pod added later is isolated until someone allows its traffic.',
  fix: 'Add a NetworkPolicy with `podSelector: {}`, `policyTypes: [Ingress, Egress]` and no rules to each namespace that holds workloads.',
  kinds: POD_KINDS,
  check: checkPod((_pod, object, all) => {
    const namespace = namespaceOf(object.manifest);
    if (hasDefaultDeny(all, namespace)) {
      return [];
    }
    return [{
      fieldPath: 'metadata.namespace',
      message: `Namespace ${namespace ?? '(unset)'} has no default-deny NetworkPolicy in the app. Add one with podSelector {}, policyTypes [Ingress, Egress] and no rules.`,
    }];
  }),
};
