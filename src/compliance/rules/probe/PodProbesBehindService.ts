import { Check, ManifestObject, RuleResult } from '../../rule';
import { selectedByService } from '../availability/availability-helpers';
import { LONG_RUNNING_POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** Containers of pods that a Service of the app selects have readiness and liveness probes. */
export const PodProbesBehindService: Check = {
  name: 'PodProbesBehindService',
  title: 'Pods behind a Service have readiness and liveness probes',
  rationale: 'Without a readiness probe the Service sends traffic to pods that cannot serve yet; without a liveness probe a hung pod stays in rotation.',
  fix: 'Add a readinessProbe and a livenessProbe to every container of pods that a Service selects.',
  kinds: LONG_RUNNING_POD_KINDS,
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    if (!selectedByService(object, all)) return 'not-applicable';
    return checkContainers(object, {}, (location) => ['readinessProbe', 'livenessProbe']
      .filter((field) => !location.container[field])
      .map((field) => ({ fieldPath: `${location.path}.${field}`, message: `${containerName(location)} is behind a Service but has no ${field}. Add one.` })));
  },
};
