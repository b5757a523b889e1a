import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * The pod does not use the node's network namespace.
 */
export const PodHostNetworkNotShared: Check = {
  name: 'PodHostNetworkNotShared',
  title: 'Pods do not share the host network namespace.',
  rationale: 'A Pod on the host network sees every interface of the node, can bind its ports and bypasses NetworkPolicies.',
  fix: 'Remove `hostNetwork: true` from the pod spec.',
  kinds: POD_KINDS,
  check: checkPod((pod) => pod.spec.hostNetwork === true
    ? [{ fieldPath: `${pod.path}.hostNetwork`, message: 'The pod uses the host network. Remove hostNetwork: true.' }]
    : []),
};
