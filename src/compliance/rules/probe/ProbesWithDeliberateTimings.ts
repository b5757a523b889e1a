import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { LONG_RUNNING_POD_KINDS, checkContainers, containerName } from '../manifest-helpers';
import { PROBE_FIELDS } from './probe-helpers';

const TIMINGS = ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'failureThreshold'];

/** Containers of long-running pods have readiness and liveness probes, and every probe states its timings. */
export const ProbesWithDeliberateTimings: Check = {
  name: 'ProbesWithDeliberateTimings',
  title: 'Readiness and liveness probes with explicit timings',
  rationale: 'Probes with default timings restart slow starters and keep broken pods in rotation longer than intended.',
  fix: 'Add readiness and liveness probes and set initialDelaySeconds, periodSeconds, timeoutSeconds and failureThreshold on each probe.',
  kinds: LONG_RUNNING_POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, {}, (location) => {
      const violations: RuleViolation[] = [];
      for (const required of ['readinessProbe', 'livenessProbe']) {
        if (!location.container[required]) {
          violations.push({ fieldPath: `${location.path}.${required}`, message: `${containerName(location)} has no ${required}. Add one.` });
        }
      }
      for (const probeField of PROBE_FIELDS) {
        const probe = location.container[probeField];
        if (!probe) continue;
        const missing = TIMINGS.filter((timing) => probe[timing] === undefined);
        if (missing.length > 0) {
          violations.push({ fieldPath: `${location.path}.${probeField}`, message: `The ${probeField} of ${containerName(location)} leaves ${missing.join(', ')} at the defaults. Set them.` });
        }
      }
      return violations;
    });
  },
};
