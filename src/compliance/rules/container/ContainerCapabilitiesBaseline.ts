import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Capabilities that the Pod Security Standards baseline profile allows a container to add.
 */
const BASELINE_CAPABILITIES = [
  'AUDIT_WRITE', 'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'MKNOD', 'NET_BIND_SERVICE',
  'SETFCAP', 'SETGID', 'SETPCAP', 'SETUID', 'SYS_CHROOT',
];

/**
 * Containers add only the capabilities of the Pod Security Standards baseline list.
 */
export const ContainerCapabilitiesBaseline: Check = {
  name: 'ContainerCapabilitiesBaseline',
  title: 'Containers add only capabilities from the Pod Security Standards baseline list.',
  rationale: 'Capabilities beyond the runtime defaults, such as SYS_ADMIN or NET_ADMIN, give a container control over the node.',
  fix: `Remove every capability from \`securityContext.capabilities.add\` other than ${BASELINE_CAPABILITIES.join(', ')}.`,
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const add: string[] = c.container.securityContext?.capabilities?.add ?? [];
    const extra = add.filter((capability) => !BASELINE_CAPABILITIES.includes(capability));
    if (extra.length === 0) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.capabilities.add`,
      message: `${describeContainer(c)} adds capabilities outside the baseline list: ${extra.join(', ')}. Remove them from securityContext.capabilities.add.`,
    }];
  }),
};
