import { yaml } from '../../private/yaml';
import { CHART_NAME, ChartContext, Manifest, truthy } from '../context';
import { formatGoValue, plainScalar, renderTemplate } from './extra-objects';
import {
  commonPodFields, Component, componentOf, configArgs, configMap, configVolume, containerEnv, deployment,
  deploymentPullSecrets, leaderElectionArgs, logLevelArgs, podAnnotations, podDisruptionBudget, podLabels,
  podNodeSelector, podRuntimeClassName, schedulingFields, serviceAccount, serviceMetadata, withValue,
} from './workload/component';
import { goQuote } from './workload/go-text';
import { derivePort } from './workload/listen-address';

/** The controller's listener ports. */
export interface ControllerPorts {
  /** Port of the `/livez` endpoint (container port `http-healthz`). */
  readonly healthz: number;
  /** Port of the Prometheus metrics endpoint (container port `http-metrics`). */
  readonly metrics: number;
}

/** cert-manager v1.21.1's default controller metrics listener is `0.0.0.0:9402`. */
const DEFAULT_METRICS_PORT = 9402;
/** cert-manager v1.21.1's default controller healthz listener is `0.0.0.0:9403`. */
const DEFAULT_HEALTHZ_PORT = 9403;

/**
 * Derives the controller's ports, which the chart hard-codes as 9402 and 9403.
 *
 * Each comes from the last matching flag in `extraArgs` (`--metrics-listen-address`, or the hidden
 * `--internal-healthz-listen-address`), else from the configuration file field
 * (`config.metricsListenAddress`, `config.healthzListenAddress`), else from cert-manager's default.
 * Flags win over the file, as in cert-manager.
 *
 * @throws when an address has no port between 1 and 65535
 */
export function controllerPorts(ctx: ChartContext): ControllerPorts {
  const config = typeof ctx.values.config === 'object' && ctx.values.config !== null ? ctx.values.config : {};
  const extraArgs = ctx.values.extraArgs;
  return {
    metrics: derivePort(extraArgs, 'metrics-listen-address', 'extraArgs',
      config.metricsListenAddress, 'config.metricsListenAddress', DEFAULT_METRICS_PORT),
    healthz: derivePort(extraArgs, 'internal-healthz-listen-address', 'extraArgs',
      config.healthzListenAddress, 'config.healthzListenAddress', DEFAULT_HEALTHZ_PORT),
  };
}

/**
 * Renders the controller's templates: Deployment, ServiceAccount, metrics Service,
 * PodDisruptionBudget and the ConfigMap with its configuration file.
 */
export function renderController(ctx: ChartContext): Manifest[] {
  const component = componentOf(ctx, 'controller');
  const ports = controllerPorts(ctx);
  return [
    ...configMap(ctx, component, 'controller.config.cert-manager.io/v1alpha1', 'ControllerConfiguration'),
    ...serviceAccount(ctx, component, serviceAccountAnnotations(ctx)),
    ...metricsService(ctx, component, ports),
    ...podDisruptionBudget(ctx, component),
    controllerDeployment(ctx, component, ports),
  ];
}

/**
 * Renders the controller ServiceAccount's annotations. Unlike the other components, the chart runs
 * each key and quoted value through `tpl`, so they may reference the release, for example
 * `{{ .Release.Namespace }}`.
 */
function serviceAccountAnnotations(ctx: ChartContext): Record<string, any> | undefined {
  const annotations = ctx.values.serviceAccount?.annotations;
  if (!truthy(annotations)) {
    return undefined;
  }
  const result: Record<string, any> = {};
  for (const [key, value] of Object.entries(annotations as Record<string, unknown>)) {
    const where = `serviceAccount.annotations["${key}"]`;
    const renderedKey = renderTemplate(key, ctx, where);
    // The chart quotes the value before `tpl`, so the output is a double-quoted YAML string, and
    // `quote` of null prints nothing, which leaves the annotation null.
    const renderedValue = renderTemplate(goQuote(value), ctx, where);
    result[renderedKey] = renderedValue === '' ? null : yaml().parse(renderedValue);
  }
  return result;
}

/** Renders the metrics Service while Prometheus is enabled and no PodMonitor replaces it. */
function metricsService(ctx: ChartContext, component: Component, ports: ControllerPorts): Manifest[] {
  const prometheus = ctx.values.prometheus ?? {};
  if (!truthy(prometheus.enabled) || truthy(prometheus.podmonitor?.enabled)) {
    return [];
  }
  const spec: Record<string, any> = { type: 'ClusterIP' };
  if (truthy(ctx.values.serviceIPFamilyPolicy)) {
    spec.ipFamilyPolicy = plainScalar(ctx.values.serviceIPFamilyPolicy, 'serviceIPFamilyPolicy');
  }
  if (truthy(ctx.values.serviceIPFamilies)) {
    spec.ipFamilies = withValue(ctx.values.serviceIPFamilies);
  }
  const port: Record<string, any> = { protocol: 'TCP', port: DEFAULT_METRICS_PORT, name: 'http-metrics' };
  if (ports.metrics !== DEFAULT_METRICS_PORT) {
    // The chart leaves targetPort out, which means 9402. Keep the Service port and point it at the
    // derived container port by name.
    port.targetPort = 'http-metrics';
  }
  spec.ports = [port];
  spec.selector = ctx.selectorLabels(component.appName, component.key);
  return [{ apiVersion: 'v1', kind: 'Service', metadata: serviceMetadata(ctx, component), spec }];
}

/** Returns the controller's command-line flags, in the chart's order. */
function controllerArgs(ctx: ChartContext, component: Component): unknown[] {
  const values = ctx.values;
  const args: unknown[] = [...logLevelArgs(ctx), ...configArgs(component)];
  args.push(truthy(values.clusterResourceNamespace)
    ? `--cluster-resource-namespace=${formatGoValue(values.clusterResourceNamespace)}`
    : '--cluster-resource-namespace=$(POD_NAMESPACE)');
  args.push(...leaderElectionArgs(ctx));
  args.push(`--acme-http01-solver-image=${ctx.image(values.acmesolver?.image ?? {}, 'acmesolver.image')}`);
  args.push(...(withValue(values.extraArgs) ?? []));
  const shim = values.ingressShim;
  if (truthy(shim)) {
    for (const [field, flag] of [
      ['defaultIssuerName', 'default-issuer-name'], ['defaultIssuerKind', 'default-issuer-kind'], ['defaultIssuerGroup', 'default-issuer-group'],
    ]) {
      if (truthy(shim[field])) {
        args.push(`--${flag}=${formatGoValue(shim[field])}`);
      }
    }
  }
  if (truthy(values.featureGates)) {
    args.push(`--feature-gates=${formatGoValue(values.featureGates)}`);
  }
  const commonLabels = values.global?.commonLabels;
  if (truthy(commonLabels)) {
    for (const key of Object.keys(commonLabels).sort()) {
      args.push(`--acme-http01-solver-extra-labels=${key}=${formatGoValue(commonLabels[key])}`);
    }
  }
  if (truthy(values.maxConcurrentChallenges)) {
    args.push(`--max-concurrent-challenges=${formatGoValue(values.maxConcurrentChallenges)}`);
  }
  if (truthy(values.enableCertificateOwnerRef)) {
    args.push('--enable-certificate-owner-ref=true');
  }
  if (truthy(values.dns01RecursiveNameserversOnly)) {
    args.push('--dns01-recursive-nameservers-only=true');
  }
  if (truthy(values.dns01RecursiveNameservers)) {
    args.push(`--dns01-recursive-nameservers=${formatGoValue(values.dns01RecursiveNameservers)}`);
  }
  if (truthy(values.disableAutoApproval)) {
    args.push('--controllers=-certificaterequests-approver');
  }
  if (truthy(values.acmesolver?.runtimeClassName)) {
    // The chart quotes the name inside the flag, so the quote characters are part of the argument.
    args.push(`--acme-http01-solver-runtime-class-name=${goQuote(values.acmesolver.runtimeClassName)}`);
  }
  return args;
}

/** Returns the controller container's `env`: POD_NAMESPACE, `extraEnv`, then the proxy variables. */
function controllerEnv(ctx: ChartContext, component: Component): any[] {
  const env = containerEnv(component);
  for (const [value, name] of [['http_proxy', 'HTTP_PROXY'], ['https_proxy', 'HTTPS_PROXY'], ['no_proxy', 'NO_PROXY']]) {
    if (truthy(ctx.values[value])) {
      env.push({ name, value: plainScalar(ctx.values[value], value) });
    }
  }
  return env;
}

/** Returns the liveness probe when `livenessProbe.enabled` is true. It targets the named healthz port. */
function livenessProbe(ctx: ChartContext): Record<string, any> | undefined {
  const probe = ctx.values.livenessProbe;
  if (!truthy(probe) || !truthy(probe.enabled)) {
    return undefined;
  }
  const result: Record<string, any> = { httpGet: { port: 'http-healthz', path: '/livez', scheme: 'HTTP' } };
  for (const field of ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold']) {
    result[field] = plainScalar(probe[field], `livenessProbe.${field}`);
  }
  return result;
}

/** Builds the controller container: image, flags, ports, mounts, env, resources and probe. */
function controllerContainer(ctx: ChartContext, component: Component, ports: ControllerPorts): Record<string, any> {
  const values = ctx.values;
  const container: Record<string, any> = {
    name: `${CHART_NAME}-controller`,
    image: ctx.image(values.image ?? {}, 'image'),
    imagePullPolicy: plainScalar(values.image?.pullPolicy, 'image.pullPolicy'),
    args: controllerArgs(ctx, component),
    ports: [
      { containerPort: ports.metrics, name: 'http-metrics', protocol: 'TCP' },
      { containerPort: ports.healthz, name: 'http-healthz', protocol: 'TCP' },
    ],
  };
  const securityContext = withValue(values.containerSecurityContext);
  if (securityContext !== undefined) {
    container.securityContext = securityContext;
  }
  const mounts = [...configVolume(component).mounts, ...(withValue(values.volumeMounts) ?? [])];
  if (mounts.length > 0) {
    container.volumeMounts = mounts;
  }
  container.env = controllerEnv(ctx, component);
  const resources = withValue(values.resources);
  if (resources !== undefined) {
    container.resources = resources;
  }
  const probe = livenessProbe(ctx);
  if (probe !== undefined) {
    container.livenessProbe = probe;
  }
  return container;
}

function controllerDeployment(ctx: ChartContext, component: Component, ports: ControllerPorts): Manifest {
  const values = ctx.values;
  const spec: Record<string, any> = {};
  const pullSecrets = deploymentPullSecrets(ctx, component);
  if (pullSecrets !== undefined) {
    spec.imagePullSecrets = pullSecrets;
  }
  Object.assign(spec, commonPodFields(ctx, component));
  const volumes = [...configVolume(component).volumes, ...(withValue(values.volumes) ?? [])];
  if (volumes.length > 0) {
    spec.volumes = volumes;
  }
  spec.containers = [controllerContainer(ctx, component, ports), ...(withValue(values.extraContainers) ?? [])];
  const runtimeClassName = podRuntimeClassName(ctx, component);
  if (runtimeClassName !== undefined) {
    spec.runtimeClassName = runtimeClassName;
  }
  const nodeSelector = podNodeSelector(ctx, 'controller');
  if (nodeSelector !== undefined) {
    spec.nodeSelector = nodeSelector;
  }
  Object.assign(spec, schedulingFields(component));
  if (truthy(values.podDnsPolicy)) {
    spec.dnsPolicy = plainScalar(values.podDnsPolicy, 'podDnsPolicy');
  }
  for (const [value, field] of [['podDnsConfig', 'dnsConfig'], ['hostAliases', 'hostAliases']]) {
    const copy = withValue(values[value]);
    if (copy !== undefined) {
      spec[field] = copy;
    }
  }

  const metadata: Record<string, any> = { labels: podLabels(ctx, component) };
  const annotations = podAnnotations(ctx, component, ports.metrics);
  if (annotations !== undefined) {
    metadata.annotations = annotations;
  }
  return deployment(ctx, component, { metadata, spec });
}
