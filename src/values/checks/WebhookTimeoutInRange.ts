import { formatValue, valueAt } from '../describe';
import { CheckContext, ValuesFinding } from './types';

/**
 * Rejects a webhook timeout outside 1 to 30 seconds. The chart copies `webhook.timeoutSeconds`
 * into both webhook configurations, and the API server accepts only whole seconds from 1 to 30.
 */
export function webhookTimeoutInRange(context: CheckContext): ValuesFinding[] {
  const timeout = valueAt(context.values, 'webhook.timeoutSeconds');
  if (timeout === undefined || timeout === null) {
    return [];
  }
  if (typeof timeout === 'number' && Number.isInteger(timeout) && timeout >= 1 && timeout <= 30) {
    return [];
  }
  return [{
    level: 'error',
    path: 'webhook.timeoutSeconds',
    message: `\`webhook.timeoutSeconds\` is ${formatValue(timeout)}, but the API server accepts only a whole number of seconds from 1 to 30 `
      + 'for the timeout of the validating and mutating webhook configurations, so it rejects both. '
      + 'Set `webhook.timeoutSeconds` to a value from 1 to 30; the chart\'s default is 30.',
  }];
}
