import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';
import { isSet, resourceValue } from './resource-helpers';

/** No container sets a CPU limit. */
export const ContainerNoCpuLimit: Check = {
  name: 'ContainerNoCpuLimit',
  title: 'Containers set no CPU limit',
  rationale: 'CPU limits throttle a container even when the node has idle CPU, which adds latency; the CPU request already guarantees its share.',
  fix: 'Remove resources.limits.cpu and size resources.requests.cpu instead.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const limit = resourceValue(location, 'limits', 'cpu');
      return isSet(limit)
        ? { fieldPath: `${location.path}.resources.limits.cpu`, message: `${containerName(location)} sets a CPU limit of ${limit}, which throttles it. Remove resources.limits.cpu.` }
        : undefined;
    });
  },
};
