import { cainjectorNamespaceMatchesInstall } from './CainjectorNamespaceMatchesInstall';
import { crdValuesConsistent } from './CrdValuesConsistent';
import { extraArgsNotRepeatingChartFlags } from './ExtraArgsNotRepeatingChartFlags';
import { globalKeysKnown } from './GlobalKeysKnown';
import { imageTagMatchesChart } from './ImageTagMatchesChart';
import { podDisruptionBudgetSingleLimit } from './PodDisruptionBudgetSingleLimit';
import { schedulingSelectorsMatchPods } from './SchedulingSelectorsMatchPods';
import { securityContextFieldsKnown } from './SecurityContextFieldsKnown';
import { serviceAccountTokenMounted } from './ServiceAccountTokenMounted';
import { singleMonitorEnabled } from './SingleMonitorEnabled';
import { CheckContext, CheckValuesOptions, ValuesCheck, ValuesFinding } from './types';
import { webhookPortFreeOnHost } from './WebhookPortFreeOnHost';
import { webhookTimeoutInRange } from './WebhookTimeoutInRange';

export type { CheckValuesOptions, ValuesFinding } from './types';

/** Every values check, in the order their findings are reported. */
export const VALUES_CHECKS: readonly ValuesCheck[] = [
  webhookPortFreeOnHost,
  cainjectorNamespaceMatchesInstall,
  podDisruptionBudgetSingleLimit,
  webhookTimeoutInRange,
  extraArgsNotRepeatingChartFlags,
  serviceAccountTokenMounted,
  securityContextFieldsKnown,
  crdValuesConsistent,
  singleMonitorEnabled,
  globalKeysKnown,
  schedulingSelectorsMatchPods,
  imageTagMatchesChart,
];

/**
 * Checks merged chart values for inputs that the chart renders without an error but that break
 * the install (level `error`) or likely do not do what was meant (level `warning`).
 *
 * @param values the chart defaults merged with the user's values, as `mergeValues` returns them
 */
export function checkValues(values: Record<string, any>, options: CheckValuesOptions): ValuesFinding[] {
  const override = values.namespace;
  const context: CheckContext = {
    ...options,
    values,
    installNamespace: typeof override === 'string' && override !== '' ? override : options.namespace,
  };
  return VALUES_CHECKS.flatMap((check) => check(context));
}
