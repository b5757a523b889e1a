import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container drops all Linux capabilities.
 */
export const ContainerCapabilitiesDropAll: Check = {
  name: 'ContainerCapabilitiesDropAll',
  title: 'Containers drop every Linux capability.',
  rationale: 'Container runtimes grant a default set of capabilities (NET_RAW, CHOWN, SETUID and more) that most processes never need and attackers can use.',
  fix: 'Set `securityContext.capabilities.drop: ["ALL"]` on every container and add back only what the process needs.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const drop: string[] = c.container.securityContext?.capabilities?.drop ?? [];
    if (drop.includes('ALL')) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.capabilities.drop`,
      message: `${describeContainer(c)} does not drop ALL capabilities. Set securityContext.capabilities.drop to ["ALL"].`,
    }];
  }),
};
