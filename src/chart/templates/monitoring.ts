import { ChartContext, cloneJson, Manifest, truthy } from '../context';
import { plainScalar } from './extra-objects';

/**
 * Renders the Prometheus Operator ServiceMonitor (`servicemonitor.yaml`) or PodMonitor
 * (`podmonitor.yaml`) that scrapes the `http-metrics` port of the controller, webhook and
 * cainjector. Either renders only with `prometheus.enabled`.
 *
 * @throws when `prometheus.enabled`, `prometheus.servicemonitor.enabled` and
 *   `prometheus.podmonitor.enabled` are all set, as the chart does
 */
export function renderMonitoring(ctx: ChartContext): Manifest[] {
  const prometheus = ctx.values.prometheus ?? {};
  if (!truthy(prometheus.enabled)) {
    return [];
  }
  const serviceMonitor = truthy(prometheus.servicemonitor?.enabled);
  const podMonitor = truthy(prometheus.podmonitor?.enabled);
  if (serviceMonitor && podMonitor) {
    throw new Error('prometheus.servicemonitor.enabled and prometheus.podmonitor.enabled are both true, but the chart renders ' +
      'only one of the two monitors. Set prometheus.podmonitor.enabled to false to scrape through the metrics Services, ' +
      'or prometheus.servicemonitor.enabled to false to scrape the pods directly.');
  }
  if (serviceMonitor) {
    return [renderMonitor(ctx, 'servicemonitor')];
  }
  if (podMonitor) {
    return [renderMonitor(ctx, 'podmonitor')];
  }
  return [];
}

function renderMonitor(ctx: ChartContext, kind: 'servicemonitor' | 'podmonitor'): Manifest {
  const settings = ctx.values.prometheus[kind];
  const valuePath = (key: string) => `prometheus.${kind}.${key}`;

  const labels: Record<string, unknown> = ctx.componentLabels(ctx.name, 'controller');
  // The PodMonitor always sets the prometheus label, but the ServiceMonitor only for a non-empty instance.
  if (kind === 'podmonitor' || truthy(settings.prometheusInstance)) {
    labels.prometheus = plainScalar(settings.prometheusInstance, valuePath('prometheusInstance'));
  }
  if (truthy(settings.labels)) {
    Object.assign(labels, cloneJson(settings.labels));
  }
  const metadata: Manifest['metadata'] = {
    name: ctx.fullname,
    namespace: truthy(settings.namespace) ? plainScalar(settings.namespace, valuePath('namespace')) : ctx.namespace,
    labels,
  };
  if (truthy(settings.annotations)) {
    metadata.annotations = cloneJson(settings.annotations);
  }

  const spec: Record<string, unknown> = {
    jobLabel: 'app.kubernetes.io/name',
    selector: {
      matchExpressions: [
        { key: 'app.kubernetes.io/name', operator: 'In', values: ['cainjector', ctx.name, 'webhook'] },
        { key: 'app.kubernetes.io/instance', operator: 'In', values: [ctx.releaseName] },
        { key: 'app.kubernetes.io/component', operator: 'In', values: ['cainjector', 'controller', 'webhook'] },
      ],
    },
  };
  if (truthy(settings.namespace)) {
    // A monitor in another namespace must name the namespace of cert-manager's pods.
    spec.namespaceSelector = { matchNames: [ctx.namespace] };
  }

  const endpoint: Record<string, unknown> = kind === 'servicemonitor'
    ? { targetPort: 'http-metrics', path: '/metrics' }
    : { port: 'http-metrics', path: '/metrics' };
  // The ServiceMonitor leaves out an empty interval or scrape timeout, but the PodMonitor always sets both.
  for (const key of ['interval', 'scrapeTimeout']) {
    if (kind === 'podmonitor' || truthy(settings[key])) {
      endpoint[key] = plainScalar(settings[key], valuePath(key));
    }
  }
  endpoint.honorLabels = plainScalar(settings.honorLabels, valuePath('honorLabels'));
  if (truthy(settings.endpointAdditionalProperties)) {
    Object.assign(endpoint, cloneJson(settings.endpointAdditionalProperties));
  }
  if (kind === 'servicemonitor') {
    spec.endpoints = [endpoint];
  } else {
    spec.podMetricsEndpoints = [endpoint];
  }

  return {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: kind === 'servicemonitor' ? 'ServiceMonitor' : 'PodMonitor',
    metadata,
    spec,
  };
}
