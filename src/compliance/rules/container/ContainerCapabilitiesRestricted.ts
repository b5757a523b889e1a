import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check, RuleViolation } from '../../rule';

/**
 * Containers drop ALL capabilities and add back at most NET_BIND_SERVICE, as the Pod Security
 * Standards restricted profile requires.
 */
export const ContainerCapabilitiesRestricted: Check = {
  name: 'ContainerCapabilitiesRestricted',
  title: 'Containers drop every capability and add back at most NET_BIND_SERVICE.',
  rationale: 'The restricted profile leaves a container no capability except binding low ports, so a compromised process gains no kernel privileges.',
  fix: 'Set `securityContext.capabilities.drop: ["ALL"]` and keep `capabilities.add` empty or `["NET_BIND_SERVICE"]`.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const violations: RuleViolation[] = [];
    const capabilities = c.container.securityContext?.capabilities ?? {};
    if (!(capabilities.drop ?? []).includes('ALL')) {
      violations.push({
        fieldPath: `${c.path}.securityContext.capabilities.drop`,
        message: `${describeContainer(c)} does not drop ALL capabilities. Set securityContext.capabilities.drop to ["ALL"].`,
      });
    }
    const extra = (capabilities.add ?? []).filter((capability: string) => capability !== 'NET_BIND_SERVICE');
    if (extra.length > 0) {
      violations.push({
        fieldPath: `${c.path}.securityContext.capabilities.add`,
        message: `${describeContainer(c)} adds ${extra.join(', ')}. The restricted profile allows only NET_BIND_SERVICE, so remove them.`,
      });
    }
    return violations;
  }),
};
