import { Check, ManifestObject, RuleResult } from '../../rule';
import { LONG_RUNNING_POD_KINDS, checkContainers, containerName } from '../manifest-helpers';
import { probeHandler } from './probe-helpers';

/** No container uses the same check for its liveness and readiness probes. */
export const ContainerProbesDiffer: Check = {
  name: 'ContainerProbesDiffer',
  title: 'Liveness and readiness probes differ',
  rationale: 'When both probes run the same check, a pod that is only overloaded fails liveness too and is restarted, which spreads the overload.',
  fix: 'Point the liveness probe at a check that only shows the process is alive, and the readiness probe at one that shows it can serve.',
  kinds: LONG_RUNNING_POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, {}, (location) => {
      const liveness = probeHandler(location.container.livenessProbe);
      if (liveness === undefined || liveness !== probeHandler(location.container.readinessProbe)) return undefined;
      return {
        fieldPath: `${location.path}.livenessProbe`,
        message: `The liveness and readiness probes of ${containerName(location)} run the same check. Give the liveness probe its own, lighter check.`,
      };
    });
  },
};
