import { isTruthy, valueAt } from '../describe';
import { CheckContext, ValuesFinding } from './types';

/**
 * Rejects a ServiceMonitor and a PodMonitor at the same time, which the chart refuses to render
 * when Prometheus support is on, and warns about either monitor while Prometheus support is off,
 * because the chart then renders neither.
 */
export function singleMonitorEnabled(context: CheckContext): ValuesFinding[] {
  const values = context.values;
  const prometheus = isTruthy(valueAt(values, 'prometheus.enabled'));
  const serviceMonitor = isTruthy(valueAt(values, 'prometheus.servicemonitor.enabled'));
  const podMonitor = isTruthy(valueAt(values, 'prometheus.podmonitor.enabled'));

  if (prometheus) {
    if (!serviceMonitor || !podMonitor) {
      return [];
    }
    return [{
      level: 'error',
      path: 'prometheus.podmonitor.enabled',
      message: '`prometheus.servicemonitor.enabled` and `prometheus.podmonitor.enabled` are both true, but the chart renders at most one '
        + 'of the two monitors and fails otherwise. Set one of them to false.',
    }];
  }

  const findings: ValuesFinding[] = [];
  for (const [key, kind] of [['servicemonitor', 'ServiceMonitor'], ['podmonitor', 'PodMonitor']] as const) {
    if (key === 'servicemonitor' ? serviceMonitor : podMonitor) {
      findings.push({
        level: 'warning',
        path: `prometheus.${key}.enabled`,
        message: `\`prometheus.${key}.enabled\` is true, but \`prometheus.enabled\` is false, so the chart renders no ${kind} and turns `
          + 'the metrics servers of the webhook and cainjector off. Set `prometheus.enabled` to true to get the '
          + `${kind}, or set \`prometheus.${key}.enabled\` to false.`,
      });
    }
  }
  return findings;
}
