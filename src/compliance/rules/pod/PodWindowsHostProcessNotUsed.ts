import { POD_KINDS, checkPod, containersOf, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * Neither the pod nor a container runs as a Windows HostProcess.
 */
export const PodWindowsHostProcessNotUsed: Check = {
  name: 'PodWindowsHostProcessNotUsed',
  title: 'Pods run no Windows HostProcess containers.',
  rationale: 'A Windows HostProcess container runs directly on the host with the node\'s privileges.',
  fix: 'Remove `securityContext.windowsOptions.hostProcess: true` from the pod and its containers.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const violations: RuleViolation[] = [];
    if (pod.spec.securityContext?.windowsOptions?.hostProcess === true) {
      violations.push({ fieldPath: `${pod.path}.securityContext.windowsOptions.hostProcess`, message: 'The pod runs as a Windows HostProcess. Remove windowsOptions.hostProcess.' });
    }
    for (const c of containersOf(pod)) {
      if (c.container.securityContext?.windowsOptions?.hostProcess === true) {
        violations.push({
          fieldPath: `${c.path}.securityContext.windowsOptions.hostProcess`,
          message: `${describeContainer(c)} runs as a Windows HostProcess. Remove windowsOptions.hostProcess.`,
        });
      }
    }
    return violations;
  }),
};
