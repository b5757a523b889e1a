import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';
import { isSet, resourceValue } from './resource-helpers';

/** Builds a check that every container sets the listed requests and limits, such as `requests.cpu`. */
export function resourcesSet(name: string, fields: string[], title: string, rationale: string): Check {
  return {
    name,
    title,
    rationale,
    fix: `Set ${fields.map((field) => `resources.${field}`).join(', ')} on every container.`,
    kinds: POD_KINDS,
    check(object: ManifestObject): RuleResult {
      return checkContainers(object, { init: true }, (location) => {
        const missing = fields.filter((field) => {
          const [section, resource] = field.split(/\.(.+)/);
          return !isSet(resourceValue(location, section as 'requests' | 'limits', resource));
        });
        return missing.length === 0
          ? undefined
          : { fieldPath: `${location.path}.resources`, message: `${containerName(location)} does not set ${missing.map((field) => `resources.${field}`).join(', ')}. Set them.` };
      });
    },
  };
}

/** CPU and memory requests and a memory limit on every container. */
export const ContainerRequestsAndMemoryLimitSet = resourcesSet(
  'ContainerRequestsAndMemoryLimitSet',
  ['requests.cpu', 'requests.memory', 'limits.memory'],
  'Containers set CPU and memory requests and a memory limit',
  'Requests let the scheduler place pods on nodes that can run them; a memory limit stops one container from exhausting the node.',
);

/** Memory request and limit on every container. */
export const ContainerMemoryRequestAndLimitSet = resourcesSet(
  'ContainerMemoryRequestAndLimitSet',
  ['requests.memory', 'limits.memory'],
  'Containers set a memory request and a memory limit',
  'Memory cannot be throttled, so a container without a limit can drive the node out of memory and get other pods killed.',
);

/** Ephemeral storage request and limit on every container. */
export const ContainerEphemeralStorageSet = resourcesSet(
  'ContainerEphemeralStorageSet',
  ['requests.ephemeral-storage', 'limits.ephemeral-storage'],
  'Containers set an ephemeral storage request and limit',
  'Logs, emptyDir volumes and writable layers use node disk; without a limit one pod can fill it and get others evicted.',
);
