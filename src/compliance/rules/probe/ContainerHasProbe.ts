import { Check, ManifestObject, RuleResult } from '../../rule';
import { LONG_RUNNING_POD_KINDS, checkContainers, containerName } from '../manifest-helpers';
import { PROBE_FIELDS } from './probe-helpers';

/** Every container of a long-running pod has at least one liveness, readiness or startup probe. */
export const ContainerHasProbe: Check = {
  name: 'ContainerHasProbe',
  title: 'Containers have at least one probe',
  rationale: 'Without probes Kubernetes cannot tell a hung or unready container from a working one.',
  fix: 'Add a readinessProbe, and a livenessProbe where a restart can cure a hang.',
  kinds: LONG_RUNNING_POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, {}, (location) => (PROBE_FIELDS.some((field) => location.container[field])
      ? undefined
      : { fieldPath: location.path, message: `${containerName(location)} has no liveness, readiness or startup probe. Add at least a readinessProbe.` }));
  },
};
