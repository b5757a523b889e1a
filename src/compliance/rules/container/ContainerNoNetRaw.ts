import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * No container keeps the NET_RAW capability.
 */
export const ContainerNoNetRaw: Check = {
  name: 'ContainerNoNetRaw',
  title: 'Containers do not keep the NET_RAW capability.',
  rationale: 'Runtimes grant NET_RAW by default. It lets a process craft raw packets for spoofing and network attacks inside the cluster.',
  fix: 'Add `NET_RAW` or `ALL` to `securityContext.capabilities.drop` and keep `NET_RAW` out of `capabilities.add`.',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const capabilities = c.container.securityContext?.capabilities ?? {};
    const drop: string[] = capabilities.drop ?? [];
    const add: string[] = capabilities.add ?? [];
    if (add.includes('NET_RAW') || add.includes('ALL')) {
      return [{
        fieldPath: `${c.path}.securityContext.capabilities.add`,
        message: `${describeContainer(c)} adds ${add.includes('ALL') ? 'ALL capabilities' : 'NET_RAW'}. Remove it from securityContext.capabilities.add.`,
      }];
    }
    if (drop.includes('NET_RAW') || drop.includes('ALL')) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.securityContext.capabilities.drop`,
      message: `${describeContainer(c)} keeps the default NET_RAW capability. Add ALL (or NET_RAW) to securityContext.capabilities.drop.`,
    }];
  }),
};
