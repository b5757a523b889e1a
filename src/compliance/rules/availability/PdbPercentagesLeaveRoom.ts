import { Check, ManifestObject, RuleResult } from '../../rule';

function percentOf(value: unknown): number | undefined {
  return typeof value === 'string' && /^\d+%$/.test(value) ? parseInt(value, 10) : undefined;
}

/** Percentage budgets keep `minAvailable` at or below 50% and `maxUnavailable` at or above 50%. */
export const PdbPercentagesLeaveRoom: Check = {
  name: 'PdbPercentagesLeaveRoom',
  title: 'Percentage PodDisruptionBudgets leave room for disruption',
  rationale: 'High percentage budgets round to every pod on small workloads and block drains.',
  fix: 'Use minAvailable of at most 50% or maxUnavailable of at least 50%, or a fixed number.',
  kinds: ['PodDisruptionBudget'],
  check(object: ManifestObject): RuleResult {
    const spec = object.manifest.spec ?? {};
    const min = percentOf(spec.minAvailable);
    const max = percentOf(spec.maxUnavailable);
    if (min === undefined && max === undefined) return 'not-applicable';
    if (min !== undefined && min > 50) {
      return [{ fieldPath: 'spec.minAvailable', message: `minAvailable is ${spec.minAvailable}, above 50%. Lower it to 50% or less.` }];
    }
    if (max !== undefined && max < 50) {
      return [{ fieldPath: 'spec.maxUnavailable', message: `maxUnavailable is ${spec.maxUnavailable}, below 50%. Raise it to 50% or more, or use a fixed number.` }];
    }
    return 'pass';
  },
};
