import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName, parseQuantity } from '../manifest-helpers';
import { resourceValue } from './resource-helpers';

const MAX_RATIO = 2.5;

/** No container's memory limit exceeds 2.5 times its memory request. */
export const MemoryLimitWithinRatio: Check = {
  name: 'MemoryLimitWithinRatio',
  title: 'Memory limits stay within 2.5 times the request',
  rationale: 'A limit far above the request overcommits the node, so pods are killed when several grow at once.',
  fix: 'Raise resources.requests.memory or lower resources.limits.memory so the limit is at most 2.5 times the request.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const request = parseQuantity(resourceValue(location, 'requests', 'memory'));
      const limit = parseQuantity(resourceValue(location, 'limits', 'memory'));
      if (request === undefined || limit === undefined || request <= 0) return undefined;
      return limit > MAX_RATIO * request
        ? { fieldPath: `${location.path}.resources.limits.memory`, message: `${containerName(location)} has a memory limit ${(limit / request).toFixed(1)} times its request, above ${MAX_RATIO}. Narrow the gap.` }
        : undefined;
    });
  },
};
