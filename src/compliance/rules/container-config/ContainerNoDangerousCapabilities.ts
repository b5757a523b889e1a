import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

const DANGEROUS = ['ALL', 'SYS_ADMIN', 'NET_ADMIN'];

/** No container adds ALL, SYS_ADMIN or NET_ADMIN. */
export const ContainerNoDangerousCapabilities: Check = {
  name: 'ContainerNoDangerousCapabilities',
  title: 'Containers add no dangerous capabilities',
  rationale: 'SYS_ADMIN is close to root on the node, NET_ADMIN lets a container rewrite the node\'s network, and ALL grants both.',
  fix: 'Remove ALL, SYS_ADMIN and NET_ADMIN from securityContext.capabilities.add.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true, ephemeral: true }, (location) => {
      const added: string[] = location.container.securityContext?.capabilities?.add ?? [];
      const dangerous = added.filter((capability) => DANGEROUS.includes(String(capability).toUpperCase()));
      return dangerous.length === 0
        ? undefined
        : { fieldPath: `${location.path}.securityContext.capabilities.add`, message: `${containerName(location)} adds ${dangerous.join(', ')}. Remove them from capabilities.add.` };
    });
  },
};
