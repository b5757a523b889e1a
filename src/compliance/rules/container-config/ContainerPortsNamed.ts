import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** Every container port has a name. */
export const ContainerPortsNamed: Check = {
  name: 'ContainerPortsNamed',
  title: 'Container ports are named',
  rationale: 'Services and probes that target a port by name keep working when the number changes.',
  fix: 'Set ports[].name on every container port.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => (location.container.ports ?? [])
      .map((port: any, index: number) => ({ port, index }))
      .filter(({ port }: { port: any }) => typeof port?.name !== 'string' || port.name === '')
      .map(({ index }: { index: number }) => ({ fieldPath: `${location.path}.ports[${index}].name`, message: `Port ${index} of ${containerName(location)} has no name. Set ports[${index}].name.` })));
  },
};
