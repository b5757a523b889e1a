import { CHART_NAME, ChartContext, Manifest, truthy } from '../context';
import { formatGoValue, plainScalar } from './extra-objects';
import {
  commonPodFields, Component, componentOf, configArgs, configMap, configVolume, containerEnv, deployment,
  deploymentPullSecrets, leaderElectionArgs, logLevelArgs, podAnnotations, podDisruptionBudget, podLabels,
  podNodeSelector, podRuntimeClassName, schedulingFields, serviceAccount, serviceMetadata, withValue,
} from './workload/component';
import { derivePort, lastFlagValue } from './workload/listen-address';

/** The cainjector's listener ports. It serves no health endpoint in cert-manager v1.21.1. */
export interface CainjectorPorts {
  /** Port of the metrics endpoint (container port `http-metrics`), or undefined while `prometheus.enabled` is false. */
  readonly metrics?: number;
}

/** cert-manager v1.21.1's default cainjector metrics listener is `0.0.0.0:9402`. */
const DEFAULT_METRICS_PORT = 9402;

/**
 * Derives the cainjector's metrics port, which the chart hard-codes as 9402: a
 * `--metrics-listen-address` flag in `cainjector.extraArgs`, else
 * `cainjector.config.metricsListenAddress`, else 9402. It is undefined while `prometheus.enabled`
 * is false, because the chart then turns the metrics server off.
 *
 * @throws when the address has no port between 1 and 65535, or is `0` (off) while
 *   `prometheus.enabled` is true
 */
export function cainjectorPorts(ctx: ChartContext): CainjectorPorts {
  if (!truthy(ctx.values.prometheus?.enabled)) {
    return {};
  }
  const cainjector = ctx.values.cainjector ?? {};
  const config = typeof cainjector.config === 'object' && cainjector.config !== null ? cainjector.config : {};
  const address = lastFlagValue(cainjector.extraArgs, 'metrics-listen-address') ?? config.metricsListenAddress;
  if (address === '0') {
    throw new Error('The cainjector metrics listen address is \'0\', which turns its metrics server off, while prometheus.enabled is true. ' +
      'Set prometheus.enabled to false to turn metrics off, or give the address as host:port.');
  }
  return {
    metrics: derivePort(cainjector.extraArgs, 'metrics-listen-address', 'cainjector.extraArgs',
      config.metricsListenAddress, 'cainjector.config.metricsListenAddress', DEFAULT_METRICS_PORT),
  };
}

/**
 * Renders the cainjector's templates: Deployment, ServiceAccount, metrics Service,
 * PodDisruptionBudget and the ConfigMap with its configuration file.
 *
 * The chart renders the ConfigMap and the PodDisruptionBudget even with `cainjector.enabled: false`,
 * and so does this.
 */
export function renderCainjector(ctx: ChartContext): Manifest[] {
  const component = componentOf(ctx, 'cainjector');
  const objects = [
    ...configMap(ctx, component, 'cainjector.config.cert-manager.io/v1alpha1', 'CAInjectorConfiguration'),
    ...podDisruptionBudget(ctx, component),
  ];
  if (!truthy(component.values.enabled)) {
    return objects;
  }
  const ports = cainjectorPorts(ctx);
  return [
    ...objects,
    ...serviceAccount(ctx, component, withValue(component.values.serviceAccount?.annotations)),
    ...metricsService(ctx, component, ports),
    cainjectorDeployment(ctx, component, ports),
  ];
}

/** Renders the metrics Service while Prometheus is enabled and no PodMonitor replaces it. */
function metricsService(ctx: ChartContext, component: Component, ports: CainjectorPorts): Manifest[] {
  const prometheus = ctx.values.prometheus ?? {};
  if (!truthy(prometheus.enabled) || truthy(prometheus.podmonitor?.enabled)) {
    return [];
  }
  const port: Record<string, any> = { protocol: 'TCP', port: DEFAULT_METRICS_PORT, name: 'http-metrics' };
  if (ports.metrics !== undefined && ports.metrics !== DEFAULT_METRICS_PORT) {
    // The chart leaves targetPort out, which means 9402, so point it at the derived container port by name.
    port.targetPort = 'http-metrics';
  }
  return [{
    apiVersion: 'v1',
    kind: 'Service',
    metadata: serviceMetadata(ctx, component),
    spec: { type: 'ClusterIP', ports: [port], selector: ctx.selectorLabels(component.appName, component.key) },
  }];
}

/** Returns the cainjector's command-line flags, in the chart's order. */
function cainjectorArgs(ctx: ChartContext, component: Component): unknown[] {
  const values = component.values;
  const args: unknown[] = [...logLevelArgs(ctx), ...configArgs(component), ...leaderElectionArgs(ctx)];
  if (truthy(values.featureGates)) {
    args.push(`--feature-gates=${formatGoValue(values.featureGates)}`);
  }
  args.push(...(withValue(values.extraArgs) ?? []));
  if (!truthy(ctx.values.prometheus?.enabled)) {
    args.push('--metrics-listen-address=0');
  }
  return args;
}

function cainjectorDeployment(ctx: ChartContext, component: Component, ports: CainjectorPorts): Manifest {
  const values = component.values;
  const config = configVolume(component);
  // cert-manager v1.21.1's cainjector serves no health endpoint, so the container has no probes.
  const container: Record<string, any> = {
    name: `${CHART_NAME}-cainjector`,
    image: ctx.image(values.image ?? {}, 'cainjector.image'),
    imagePullPolicy: plainScalar(values.image?.pullPolicy, 'cainjector.image.pullPolicy'),
    args: cainjectorArgs(ctx, component),
  };
  if (ports.metrics !== undefined) {
    container.ports = [{ containerPort: ports.metrics, name: 'http-metrics', protocol: 'TCP' }];
  }
  container.env = containerEnv(component);
  const securityContext = withValue(values.containerSecurityContext);
  if (securityContext !== undefined) {
    container.securityContext = securityContext;
  }
  const resources = withValue(values.resources);
  if (resources !== undefined) {
    container.resources = resources;
  }
  const mounts = [...config.mounts, ...(withValue(values.volumeMounts) ?? [])];
  if (mounts.length > 0) {
    container.volumeMounts = mounts;
  }

  const spec: Record<string, any> = {};
  const pullSecrets = deploymentPullSecrets(ctx, component);
  if (pullSecrets !== undefined) {
    spec.imagePullSecrets = pullSecrets;
  }
  Object.assign(spec, commonPodFields(ctx, component));
  spec.containers = [container];
  const nodeSelector = podNodeSelector(ctx, 'cainjector');
  if (nodeSelector !== undefined) {
    spec.nodeSelector = nodeSelector;
  }
  const runtimeClassName = podRuntimeClassName(ctx, component);
  if (runtimeClassName !== undefined) {
    spec.runtimeClassName = runtimeClassName;
  }
  Object.assign(spec, schedulingFields(component));
  const volumes = [...config.volumes, ...(withValue(values.volumes) ?? [])];
  if (volumes.length > 0) {
    spec.volumes = volumes;
  }

  const metadata: Record<string, any> = { labels: podLabels(ctx, component) };
  const annotations = podAnnotations(ctx, component, ports.metrics ?? DEFAULT_METRICS_PORT);
  if (annotations !== undefined) {
    metadata.annotations = annotations;
  }
  return deployment(ctx, component, { metadata, spec });
}
