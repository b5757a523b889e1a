import { formatValue, isMapping, isTruthy } from '../describe';
import { CAINJECTOR, componentPath, componentValues, CONTROLLER, WEBHOOK } from './components';
import { CheckContext, ValuesFinding } from './types';

/**
 * Rejects a PodDisruptionBudget with both `minAvailable` and `maxUnavailable`. The chart renders
 * both fields, and the API server rejects a PodDisruptionBudget that sets both.
 */
export function podDisruptionBudgetSingleLimit(context: CheckContext): ValuesFinding[] {
  const findings: ValuesFinding[] = [];
  for (const component of [CONTROLLER, WEBHOOK, CAINJECTOR]) {
    const budget = componentValues(context.values, component).podDisruptionBudget;
    if (!isMapping(budget) || !isTruthy(budget.enabled)) {
      continue;
    }
    if (!isSet(budget.minAvailable) || !isSet(budget.maxUnavailable)) {
      continue;
    }
    const base = componentPath(component, 'podDisruptionBudget');
    findings.push({
      level: 'error',
      path: `${base}.maxUnavailable`,
      message: `\`${base}.minAvailable\` is ${formatValue(budget.minAvailable)} and \`${base}.maxUnavailable\` is ${formatValue(budget.maxUnavailable)}. `
        + 'The chart renders both into the PodDisruptionBudget, and the API server rejects a PodDisruptionBudget that sets both. '
        + 'Keep one of the two and remove the other.',
    });
  }
  return findings;
}

function isSet(value: unknown): boolean {
  return value !== undefined && value !== null;
}
