import { Check, ManifestObject, RuleResult } from '../../rule';
import { LONG_RUNNING_POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** Every container of a long-running pod has a preStop hook. */
export const ContainerPreStopHook: Check = {
  name: 'ContainerPreStopHook',
  title: 'Containers have a preStop hook',
  rationale: 'A preStop hook gives load balancers time to stop sending traffic before the process receives SIGTERM.',
  fix: 'Add lifecycle.preStop, for example a short sleep, to every container.',
  kinds: LONG_RUNNING_POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, {}, (location) => (location.container.lifecycle?.preStop
      ? undefined
      : { fieldPath: `${location.path}.lifecycle.preStop`, message: `${containerName(location)} has no preStop hook. Add lifecycle.preStop.` }));
  },
};
