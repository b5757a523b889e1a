import { POD_KINDS, checkPod, namespaceOf } from '../../private/manifest';
import { policiesIn } from '../../private/network';
import { Check } from '../../rule';

/**
 * The workload's namespace has at least one NetworkPolicy.
 */
export const NetworkPolicyInNamespace: Check = {
  name: 'NetworkPolicyInNamespace',
  title: 'Every namespace with workloads has at least one NetworkPolicy.',
  rationale: 'In a namespace without NetworkPolicies every Pod accepts traffic from everywhere in the cluster.',
  fix: 'Add NetworkPolicies to each namespace that holds workloads, starting with a default-deny policy.',
  kinds: POD_KINDS,
  check: checkPod((_pod, object, all) => {
    const namespace = namespaceOf(object.manifest);
    if (policiesIn(all, namespace).length > 0) {
      return [];
    }
    return [{ fieldPath: 'metadata.namespace', message: `Namespace ${namespace ?? '(unset)'} has no NetworkPolicy in the app. Add a default-deny policy and allow rules.` }];
  }),
};
