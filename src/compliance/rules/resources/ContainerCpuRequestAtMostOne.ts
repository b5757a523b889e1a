import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName, parseQuantity } from '../manifest-helpers';
import { resourceValue } from './resource-helpers';

/** No container requests more than one CPU. */
export const ContainerCpuRequestAtMostOne: Check = {
  name: 'ContainerCpuRequestAtMostOne',
  title: 'CPU requests stay at one CPU or less',
  rationale: 'Large CPU requests make pods hard to schedule; most services scale better with more replicas than with bigger ones.',
  fix: 'Lower resources.requests.cpu to 1 or less and add replicas, or suppress the finding for a compute-heavy workload.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const request = resourceValue(location, 'requests', 'cpu');
      const value = parseQuantity(request);
      return value !== undefined && value > 1
        ? { fieldPath: `${location.path}.resources.requests.cpu`, message: `${containerName(location)} requests ${request} CPU, more than 1. Lower it or add replicas.` }
        : undefined;
    });
  },
};
