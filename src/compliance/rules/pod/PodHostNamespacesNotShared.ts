import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * The pod shares none of the node's network, PID and IPC namespaces.
 */
export const PodHostNamespacesNotShared: Check = {
  name: 'PodHostNamespacesNotShared',
  title: 'Pods share none of the host network, PID and IPC namespaces.',
  rationale: 'Host namespaces remove the isolation between the Pod and the node: its processes, shared memory and network interfaces.',
  fix: 'Remove `hostNetwork`, `hostPID` and `hostIPC` from the pod spec, or set them to false.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    for (const field of ['hostNetwork', 'hostPID', 'hostIPC']) {
      if (pod.spec[field] === true) {
        violations.push({ fieldPath: `${pod.path}.${field}`, message: `The pod sets ${field}: true. Remove it to keep the pod in its own namespace.` });
      }
    }
    return violations;
  }),
};
