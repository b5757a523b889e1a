import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

const INSECURE = ['SETPCAP', 'NET_ADMIN', 'NET_RAW', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_PTRACE', 'SYS_ADMIN', 'SYS_BOOT', 'MAC_OVERRIDE', 'MAC_ADMIN', 'PERFMON', 'ALL', 'BPF'];

/** No container adds a capability that allows kernel, network or security-module control. */
export const ContainerNoInsecureCapabilities: Check = {
  name: 'ContainerNoInsecureCapabilities',
  title: 'Containers add no insecure capabilities',
  rationale: 'Capabilities such as SYS_ADMIN, SYS_MODULE, SYS_PTRACE, NET_ADMIN and BPF let a process change the kernel, other processes or the node network.',
  fix: `Remove ${INSECURE.join(', ')} from securityContext.capabilities.add.`,
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true, ephemeral: true }, (location) => {
      const added: string[] = location.container.securityContext?.capabilities?.add ?? [];
      const insecure = added.filter((capability) => INSECURE.includes(String(capability).toUpperCase()));
      return insecure.length === 0
        ? undefined
        : { fieldPath: `${location.path}.securityContext.capabilities.add`, message: `${containerName(location)} adds ${insecure.join(', ')}. Remove them from capabilities.add.` };
    });
  },
};
