import { ContainerCapabilitiesDropAll } from './ContainerCapabilitiesDropAll';
import { ContainerNoAddedCapabilities } from './ContainerNoAddedCapabilities';
import { allOf } from '../../private/combine';

/**
 * Containers drop every capability and add none.
 */
export const ContainerCapabilitiesMinimal = allOf({
  name: 'ContainerCapabilitiesMinimal',
  title: 'Containers drop every capability and add none.',
  rationale: 'Capabilities beyond what the process needs are kernel privileges an attacker can use.',
  fix: 'Set `capabilities.drop: ["ALL"]` and remove `capabilities.add`.',
  checks: [ContainerCapabilitiesDropAll, ContainerNoAddedCapabilities],
});
