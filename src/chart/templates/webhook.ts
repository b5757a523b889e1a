import { CHART_NAME, ChartContext, Manifest, truthy } from '../context';
import { formatGoValue, plainScalar } from './extra-objects';
import {
  commonPodFields, Component, componentOf, configArgs, configMap, configVolume, containerEnv, deployment,
  deploymentPullSecrets, logLevelArgs, podAnnotations, podDisruptionBudget, podLabels, podNodeSelector,
  podRuntimeClassName, schedulingFields, serviceAccount, serviceMetadata, withValue,
} from './workload/component';
import { derivePort, lastFlagValue } from './workload/listen-address';

/** The webhook's listener ports. */
export interface WebhookPorts {
  /** Port of the TLS admission endpoint (container port `https`). */
  readonly https: number;
  /** Port of the plain HTTP `/livez` and `/healthz` endpoints (container port `healthcheck`). */
  readonly healthz: number;
  /** Port of the metrics endpoint (container port `http-metrics`), or undefined while `prometheus.enabled` is false. */
  readonly metrics?: number;
}

/** cert-manager v1.21.1's webhook defaults: secure port 6443, healthz port 6080, metrics on 0.0.0.0:9402. */
const DEFAULT_SECURE_PORT = 6443;
const DEFAULT_HEALTHZ_PORT = 6080;
const DEFAULT_METRICS_PORT = 9402;

/**
 * Derives the webhook's ports as the webhook binary reads them from the rendered Deployment.
 *
 * - `https`: a `--secure-port` flag in `webhook.extraArgs`, else `webhook.config.securePort`, else
 *   `webhook.securePort`, else 6443. The chart passes `--secure-port=<webhook.securePort>` only
 *   without `webhook.config.securePort`, and a later flag in `extraArgs` overrides both.
 * - `healthz`: a `--healthz-port` flag in `webhook.extraArgs`, else `webhook.config.healthzPort`,
 *   else 6080. The chart renders the configuration file's value, and flags win over the file.
 * - `metrics`: a `--metrics-listen-address` flag in `webhook.extraArgs`, else
 *   `webhook.config.metricsListenAddress`, else 9402. Undefined while `prometheus.enabled` is false,
 *   because the chart then turns the metrics server off.
 *
 * @throws when a port is not an integer between 1 and 65535, or when the metrics address is `0`
 *   (off) while `prometheus.enabled` is true
 */
export function webhookPorts(ctx: ChartContext): WebhookPorts {
  const webhook = ctx.values.webhook ?? {};
  const config = webhookConfig(ctx);
  const extraArgs = webhook.extraArgs;

  const secureFlag = lastFlagValue(extraArgs, 'secure-port');
  let https: number;
  if (secureFlag !== undefined) {
    https = checkPort(secureFlag, 'The --secure-port flag in webhook.extraArgs');
  } else if (truthy(config.securePort)) {
    https = checkPort(config.securePort, 'webhook.config.securePort');
  } else if (truthy(webhook.securePort)) {
    https = checkPort(webhook.securePort, 'webhook.securePort');
  } else {
    https = DEFAULT_SECURE_PORT;
  }

  const healthzFlag = lastFlagValue(extraArgs, 'healthz-port');
  let healthz: number;
  if (healthzFlag !== undefined) {
    healthz = checkPort(healthzFlag, 'The --healthz-port flag in webhook.extraArgs');
  } else if (truthy(config.healthzPort)) {
    healthz = checkPort(config.healthzPort, 'webhook.config.healthzPort');
  } else {
    healthz = DEFAULT_HEALTHZ_PORT;
  }

  if (!truthy(ctx.values.prometheus?.enabled)) {
    return { https, healthz };
  }
  const metricsAddress = lastFlagValue(extraArgs, 'metrics-listen-address') ?? config.metricsListenAddress;
  if (metricsAddress === '0') {
    throw new Error('The webhook metrics listen address is \'0\', which turns its metrics server off, while prometheus.enabled is true. ' +
      'Set prometheus.enabled to false to turn metrics off, or give the address as host:port.');
  }
  const metrics = derivePort(extraArgs, 'metrics-listen-address', 'webhook.extraArgs',
    config.metricsListenAddress, 'webhook.config.metricsListenAddress', DEFAULT_METRICS_PORT);
  return { https, healthz, metrics };
}

/** `webhook.config` as a map, or an empty map when it is unset or not a map. */
function webhookConfig(ctx: ChartContext): Record<string, any> {
  const config = ctx.values.webhook?.config;
  return typeof config === 'object' && config !== null && !Array.isArray(config) ? config : {};
}

/** Reads a port from a value or flag; the chart prints it unquoted, so `"6443"` counts as 6443. */
function checkPort(value: unknown, source: string): number {
  const port = Number(plainScalar(value, source));
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${source} is ${JSON.stringify(value)}, which is not a TCP port. Set it to an integer between 1 and 65535.`);
  }
  return port;
}

/**
 * Renders the webhook's templates: Deployment, ServiceAccount, Service, PodDisruptionBudget and
 * the ConfigMap with its configuration file.
 */
export function renderWebhook(ctx: ChartContext): Manifest[] {
  const component = componentOf(ctx, 'webhook');
  const ports = webhookPorts(ctx);
  return [
    ...configMap(ctx, component, 'webhook.config.cert-manager.io/v1alpha1', 'WebhookConfiguration'),
    ...serviceAccount(ctx, component, withValue(component.values.serviceAccount?.annotations)),
    webhookService(ctx, component),
    ...podDisruptionBudget(ctx, component),
    webhookDeployment(ctx, component, ports),
  ];
}

/** Renders the webhook Service: `https` on 443, and `metrics` on 9402 unless metrics are off or a PodMonitor scrapes the pods. */
function webhookService(ctx: ChartContext, component: Component): Manifest {
  const values = component.values;
  const spec: Record<string, any> = { type: plainScalar(values.serviceType, 'webhook.serviceType') };
  if (truthy(values.serviceIPFamilyPolicy)) {
    spec.ipFamilyPolicy = plainScalar(values.serviceIPFamilyPolicy, 'webhook.serviceIPFamilyPolicy');
  }
  if (truthy(values.serviceIPFamilies)) {
    spec.ipFamilies = withValue(values.serviceIPFamilies);
  }
  if (truthy(values.loadBalancerIP)) {
    spec.loadBalancerIP = plainScalar(values.loadBalancerIP, 'webhook.loadBalancerIP');
  }
  spec.ports = [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 'https' }];
  const prometheus = ctx.values.prometheus ?? {};
  if (truthy(prometheus.enabled) && !truthy(prometheus.podmonitor?.enabled)) {
    spec.ports.push({ name: 'metrics', port: DEFAULT_METRICS_PORT, protocol: 'TCP', targetPort: 'http-metrics' });
  }
  spec.selector = ctx.selectorLabels(component.appName, component.key);
  return { apiVersion: 'v1', kind: 'Service', metadata: serviceMetadata(ctx, component), spec };
}

/** Returns the webhook's command-line flags, in the chart's order. */
function webhookArgs(ctx: ChartContext, component: Component): unknown[] {
  const values = component.values;
  const config = webhookConfig(ctx);
  const args: unknown[] = [...logLevelArgs(ctx), ...configArgs(component)];
  if (!truthy(config.securePort)) {
    args.push(`--secure-port=${formatGoValue(values.securePort)}`);
  }
  if (truthy(values.featureGates)) {
    args.push(`--feature-gates=${formatGoValue(values.featureGates)}`);
  }
  if (truthy(values.enableClientVerification)) {
    args.push(`--enable-client-verification=${formatGoValue(values.enableClientVerification)}`);
  }
  if (truthy(values.clientCAFile)) {
    args.push(`--client-ca-path=${formatGoValue(values.clientCAFile)}`);
  }
  if (truthy(values.apiserverClientCertSubjects)) {
    args.push(`--client-subject-names=${formatGoValue(values.apiserverClientCertSubjects)}`);
  }
  // A tlsConfig with `dynamic` or `filesystem` replaces all of the chart's dynamic serving flags.
  const tlsConfig = config.tlsConfig;
  if (!truthy(tlsConfig) || (!truthy(tlsConfig.dynamic) && !truthy(tlsConfig.filesystem))) {
    const name = component.fullname;
    args.push(
      '--dynamic-serving-ca-secret-namespace=$(POD_NAMESPACE)',
      `--dynamic-serving-ca-secret-name=${name}-ca`,
      `--dynamic-serving-dns-names=${name}`,
      `--dynamic-serving-dns-names=${name}.$(POD_NAMESPACE)`,
      `--dynamic-serving-dns-names=${name}.$(POD_NAMESPACE).svc`,
    );
    if (truthy(values.url?.host)) {
      args.push(`--dynamic-serving-dns-names=${formatGoValue(values.url.host)}`);
    }
  }
  args.push(...(withValue(values.extraArgs) ?? []));
  if (!truthy(ctx.values.prometheus?.enabled)) {
    args.push('--metrics-listen-address=0');
  }
  return args;
}

/** Builds a probe on the named `healthcheck` port with the timings of `webhook.<name>`. */
function webhookProbe(values: Record<string, any>, name: string, path: string): Record<string, any> {
  const settings = values[name] ?? {};
  const probe: Record<string, any> = { httpGet: { path, port: 'healthcheck', scheme: 'HTTP' } };
  for (const field of ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold']) {
    probe[field] = plainScalar(settings[field], `webhook.${name}.${field}`);
  }
  return probe;
}

/** Builds the webhook container: image, flags, ports, probes, env, resources and mounts. */
function webhookContainer(ctx: ChartContext, component: Component, ports: WebhookPorts): Record<string, any> {
  const values = component.values;
  const containerPorts: any[] = [
    { name: 'https', protocol: 'TCP', containerPort: ports.https },
    { name: 'healthcheck', protocol: 'TCP', containerPort: ports.healthz },
  ];
  if (ports.metrics !== undefined) {
    containerPorts.push({ containerPort: ports.metrics, name: 'http-metrics', protocol: 'TCP' });
  }
  const container: Record<string, any> = {
    name: `${CHART_NAME}-webhook`,
    image: ctx.image(values.image ?? {}, 'webhook.image'),
    imagePullPolicy: plainScalar(values.image?.pullPolicy, 'webhook.image.pullPolicy'),
    args: webhookArgs(ctx, component),
    ports: containerPorts,
    livenessProbe: webhookProbe(values, 'livenessProbe', '/livez'),
    readinessProbe: webhookProbe(values, 'readinessProbe', '/healthz'),
  };
  const securityContext = withValue(values.containerSecurityContext);
  if (securityContext !== undefined) {
    container.securityContext = securityContext;
  }
  container.env = containerEnv(component);
  const resources = withValue(values.resources);
  if (resources !== undefined) {
    container.resources = resources;
  }
  const mounts = [...configVolume(component).mounts, ...(withValue(values.volumeMounts) ?? [])];
  if (mounts.length > 0) {
    container.volumeMounts = mounts;
  }
  return container;
}

function webhookDeployment(ctx: ChartContext, component: Component, ports: WebhookPorts): Manifest {
  const values = component.values;
  const spec: Record<string, any> = {};
  const pullSecrets = deploymentPullSecrets(ctx, component);
  if (pullSecrets !== undefined) {
    spec.imagePullSecrets = pullSecrets;
  }
  Object.assign(spec, commonPodFields(ctx, component));
  if (truthy(values.hostNetwork)) {
    // On the host network the pod would otherwise resolve names with the node's DNS settings.
    spec.hostNetwork = true;
    spec.dnsPolicy = 'ClusterFirstWithHostNet';
  }
  spec.containers = [webhookContainer(ctx, component, ports)];
  const nodeSelector = podNodeSelector(ctx, 'webhook');
  if (nodeSelector !== undefined) {
    spec.nodeSelector = nodeSelector;
  }
  const runtimeClassName = podRuntimeClassName(ctx, component);
  if (runtimeClassName !== undefined) {
    spec.runtimeClassName = runtimeClassName;
  }
  Object.assign(spec, schedulingFields(component));
  const volumes = [...configVolume(component).volumes, ...(withValue(values.volumes) ?? [])];
  if (volumes.length > 0) {
    spec.volumes = volumes;
  }

  const metadata: Record<string, any> = { labels: podLabels(ctx, component) };
  // The chart writes 9402 here. The derived port equals it unless the metrics address is configured.
  const annotations = podAnnotations(ctx, component, ports.metrics ?? DEFAULT_METRICS_PORT);
  if (annotations !== undefined) {
    metadata.annotations = annotations;
  }
  return deployment(ctx, component, { metadata, spec });
}
