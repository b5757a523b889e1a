import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container sets `allowPrivilegeEscalation: false`.
 */
export const ContainerNoPrivilegeEscalation: Check = {
  name: 'ContainerNoPrivilegeEscalation',
  title: 'Containers cannot gain more privileges than their parent process.',
  rationale: 'Unless `allowPrivilegeEscalation` is false, setuid binaries and file capabilities can raise a process above the privileges it started with.',
  fix: 'Set `securityContext.allowPrivilegeEscalation: false` on every container.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    if (c.container.securityContext?.allowPrivilegeEscalation === false) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.allowPrivilegeEscalation`,
      message: `${describeContainer(c)} does not set securityContext.allowPrivilegeEscalation to false (unset allows escalation). Set it to false.`,
    }];
  }),
};
