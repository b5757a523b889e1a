import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * The pod does not use the node's IPC namespace.
 */
export const PodHostIpcNotShared: Check = {
  name: 'PodHostIpcNotShared',
  title: 'Pods do not share the host IPC namespace.',
  rationale: 'A Pod in the host IPC namespace can read and write shared memory of every process on the node.',
  fix: 'Remove `hostIPC: true` from the pod spec.',
  kinds: POD_KINDS,
  check: checkPod((pod) => pod.spec.hostIPC === true
    ? [{ fieldPath: `${pod.path}.hostIPC`, message: 'The pod shares the host IPC namespace. Remove hostIPC: true.' }]
    : []),
};
