import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * The pod does not use the node's process id namespace.
 */
export const PodHostPidNotShared: Check = {
  name: 'PodHostPidNotShared',
  title: 'Pods do not share the host process id namespace.',
  rationale: 'A Pod in the host PID namespace sees and can signal every process on the node, including other containers.',
  fix: 'Remove `hostPID: true` from the pod spec.',
  kinds: POD_KINDS,
  check: checkPod((pod) => pod.spec.hostPID === true
    ? [{ fieldPath: `${pod.path}.hostPID`, message: 'The pod shares the host PID namespace. Remove hostPID: true.' }]
    : []),
};
