import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';
import { PROBE_FIELDS } from './probe-helpers';

type ProbeField = 'initialDelaySeconds' | 'periodSeconds' | 'timeoutSeconds' | 'successThreshold' | 'failureThreshold';

const MINIMUMS: Record<ProbeField, number> = {
  initialDelaySeconds: 0,
  periodSeconds: 1,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 1,
};

function checkName(field: ProbeField): string {
  return `Probe${field.charAt(0).toUpperCase()}${field.slice(1)}Explicit`;
}

/**
 * Builds a check that every probe of every container sets one timing field explicitly, within
 * the range Kubernetes accepts. Liveness and startup probes must use `successThreshold: 1`.
 */
export function probeFieldExplicit(field: ProbeField): Check {
  return {
    name: checkName(field),
    title: `Probes set ${field} explicitly`,
    rationale: 'Default probe timings rarely fit the application; stating them makes restarts and readiness predictable.',
    fix: `Set ${field} on every liveness, readiness and startup probe.`,
    kinds: POD_KINDS,
    check(object: ManifestObject): RuleResult {
      return checkContainers(object, {}, (location) => {
        const violations: RuleViolation[] = [];
        for (const probeField of PROBE_FIELDS) {
          const probe = location.container[probeField];
          if (!probe) continue;
          const value = probe[field];
          const path = `${location.path}.${probeField}.${field}`;
          if (typeof value !== 'number' || value < MINIMUMS[field]) {
            violations.push({ fieldPath: path, message: `The ${probeField} of ${containerName(location)} has ${field} ${value ?? 'unset'}. Set it to ${MINIMUMS[field]} or more.` });
          } else if (field === 'successThreshold' && probeField !== 'readinessProbe' && value !== 1) {
            violations.push({ fieldPath: path, message: `The ${probeField} of ${containerName(location)} has successThreshold ${value}; Kubernetes requires 1. Set it to 1.` });
          }
        }
        return violations;
      });
    },
  };
}

export const ProbeInitialDelaySecondsExplicit = probeFieldExplicit('initialDelaySeconds');
export const ProbePeriodSecondsExplicit = probeFieldExplicit('periodSeconds');
export const ProbeTimeoutSecondsExplicit = probeFieldExplicit('timeoutSeconds');
export const ProbeSuccessThresholdExplicit = probeFieldExplicit('successThreshold');
export const ProbeFailureThresholdExplicit = probeFieldExplicit('failureThreshold');
