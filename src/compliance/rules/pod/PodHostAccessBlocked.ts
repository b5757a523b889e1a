import { PodHostNamespacesNotShared } from './PodHostNamespacesNotShared';
import { PodNoHostPathVolumes } from './PodNoHostPathVolumes';
import { allOf } from '../../private/combine';
import { ContainerNonZeroUserId } from '../container/ContainerNonZeroUserId';

/**
 * Accounts inside the pod have no reach onto the host: no root user, no host namespaces, no
 * hostPath volumes.
 */
export const PodHostAccessBlocked = allOf({
  name: 'PodHostAccessBlocked',
  title: 'Pods have no reach onto the host: no user 0, no host namespaces and no hostPath volumes.',
  rationale: 'Root, host namespaces and host paths each give a process inside the container rights on the node.',
  fix: 'Remove `runAsUser: 0`, `hostNetwork`, `hostPID`, `hostIPC` and `hostPath` volumes from the pod.',
  checks: [ContainerNonZeroUserId, PodHostNamespacesNotShared, PodNoHostPathVolumes],
});
