import { PodHostNamespacesNotShared } from './PodHostNamespacesNotShared';
import { allOf } from '../../private/combine';
import { ContainerCpuLimit } from '../container/ContainerCpuLimit';
import { ContainerMemoryLimit } from '../container/ContainerMemoryLimit';

/**
 * The pod keeps its kernel namespaces and is bounded by cgroup limits.
 */
export const PodIsolatedFromNeighbours = allOf({
  name: 'PodIsolatedFromNeighbours',
  title: 'Pods keep their own kernel namespaces and set CPU and memory limits.',
  rationale: 'Kernel namespaces separate the pod from other pods\' processes and networks. Cgroup limits stop it from starving them.',
  fix: 'Remove `hostNetwork`, `hostPID` and `hostIPC`, and set `resources.limits.cpu` and `resources.limits.memory` on every container.',
  checks: [PodHostNamespacesNotShared, ContainerCpuLimit, ContainerMemoryLimit],
});
