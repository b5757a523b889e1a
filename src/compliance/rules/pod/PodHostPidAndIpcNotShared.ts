import { PodHostIpcNotShared } from './PodHostIpcNotShared';
import { PodHostPidNotShared } from './PodHostPidNotShared';
import { allOf } from '../../private/combine';

/**
 * The pod shares neither the host PID nor the host IPC namespace.
 */
export const PodHostPidAndIpcNotShared = allOf({
  name: 'PodHostPidAndIpcNotShared',
  title: 'Pods share neither the host PID nor the host IPC namespace.',
  rationale: 'The host PID and IPC namespaces expose the node\'s processes and shared memory to the Pod.',
  fix: 'Remove `hostPID` and `hostIPC` from the pod spec.',
  checks: [PodHostPidNotShared, PodHostIpcNotShared],
});
