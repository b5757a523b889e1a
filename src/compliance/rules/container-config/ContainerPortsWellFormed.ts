import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** Container ports have a `containerPort`, names of at most 15 characters, and no duplicate names. */
export const ContainerPortsWellFormed: Check = {
  name: 'ContainerPortsWellFormed',
  title: 'Container ports are well formed',
  rationale: 'The API server rejects port names over 15 characters and ports without a number; duplicate names make named targets ambiguous.',
  fix: 'Give every port a containerPort and a unique name of at most 15 characters.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const violations: RuleViolation[] = [];
      const seen = new Set<string>();
      (location.container.ports ?? []).forEach((port: any, index: number) => {
        const path = `${location.path}.ports[${index}]`;
        if (typeof port?.containerPort !== 'number') violations.push({ fieldPath: `${path}.containerPort`, message: `Port ${index} of ${containerName(location)} has no containerPort. Set it.` });
        if (typeof port?.name === 'string') {
          if (port.name.length > 15) violations.push({ fieldPath: `${path}.name`, message: `Port name "${port.name}" is longer than 15 characters. Shorten it.` });
          if (seen.has(port.name)) violations.push({ fieldPath: `${path}.name`, message: `Port name "${port.name}" appears twice in ${containerName(location)}. Rename one port.` });
          seen.add(port.name);
        }
      });
      return violations;
    });
  },
};
