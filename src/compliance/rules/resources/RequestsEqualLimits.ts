import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, checkContainers, containerName, parseQuantity } from '../manifest-helpers';
import { resourceValue } from './resource-helpers';

/**
 * Builds a check that every container's request equals its limit for the given resources; a
 * resource with neither a request nor a limit fails too.
 */
export function requestsEqualLimits(name: string, resources: string[], title: string): Check {
  return {
    name,
    title,
    rationale: 'When the request equals the limit the scheduler reserves what the container may use, so it is not evicted or starved under node pressure.',
    fix: `Set resources.requests and resources.limits of ${resources.join(' and ')} to the same value.`,
    kinds: POD_KINDS,
    check(object: ManifestObject): RuleResult {
      return checkContainers(object, { init: true }, (location) => {
        const violations: RuleViolation[] = [];
        for (const resource of resources) {
          const request = resourceValue(location, 'requests', resource);
          const limit = resourceValue(location, 'limits', resource);
          const requestValue = parseQuantity(request);
          // Kubernetes copies a limit into an unset request, so only a set request can differ.
          const effectiveRequest = request === undefined ? parseQuantity(limit) : requestValue;
          if (limit === undefined || effectiveRequest === undefined || effectiveRequest !== parseQuantity(limit)) {
            violations.push({
              fieldPath: `${location.path}.resources`,
              message: `${containerName(location)} has ${resource} request ${request ?? 'unset'} and limit ${limit ?? 'unset'}. Set both to the same value.`,
            });
          }
        }
        return violations;
      });
    },
  };
}

export const ContainerMemoryRequestEqualsLimit = requestsEqualLimits('ContainerMemoryRequestEqualsLimit', ['memory'], 'Memory requests equal memory limits');
export const ContainerCpuRequestEqualsLimit = requestsEqualLimits('ContainerCpuRequestEqualsLimit', ['cpu'], 'CPU requests equal CPU limits');
export const ContainerRequestsEqualLimits = requestsEqualLimits('ContainerRequestsEqualLimits', ['cpu', 'memory'], 'CPU and memory requests equal their limits');
export const ContainerEphemeralStorageRequestEqualsLimit = requestsEqualLimits(
  'ContainerEphemeralStorageRequestEqualsLimit', ['ephemeral-storage'], 'Ephemeral storage requests equal their limits');
