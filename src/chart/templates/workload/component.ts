import { ChartContext, cloneJson, isSet, Manifest, truthy, Values } from '../../context';
import { formatGoValue, plainScalar } from '../extra-objects';
import { hasKey } from './go-text';
import { toGoYaml } from './go-yaml';

/** The four workloads of the chart. */
export type ComponentKey = 'controller' | 'webhook' | 'cainjector' | 'startupapicheck';

/**
 * One workload of the chart: its names, labels and the part of the values it reads.
 */
export interface Component {
  readonly key: ComponentKey;
  /** Value of the `app` and `app.kubernetes.io/name` labels. */
  readonly appName: string;
  /** Name of the component's objects. */
  readonly fullname: string;
  /** The component's values: the root for the controller, `webhook` and so on for the others. */
  readonly values: Values;
  /** Prefix of the component's value paths in error messages: `''` or `'webhook.'`. */
  readonly valuePrefix: string;
}

/** Returns a component's names and values. */
export function componentOf(ctx: ChartContext, key: ComponentKey): Component {
  switch (key) {
    case 'controller':
      return { key, appName: ctx.name, fullname: ctx.fullname, values: ctx.values, valuePrefix: '' };
    case 'webhook':
      return { key, appName: 'webhook', fullname: ctx.webhookFullname, values: ctx.values.webhook ?? {}, valuePrefix: 'webhook.' };
    case 'cainjector':
      return { key, appName: 'cainjector', fullname: ctx.cainjectorFullname, values: ctx.values.cainjector ?? {}, valuePrefix: 'cainjector.' };
    case 'startupapicheck':
      return {
        key,
        appName: 'startupapicheck',
        fullname: ctx.startupapicheckFullname,
        values: ctx.values.startupapicheck ?? {},
        valuePrefix: 'startupapicheck.',
      };
  }
}

/** Builds the metadata of a component object: name, namespace and the component labels. */
export function componentMetadata(ctx: ChartContext, component: Component, name = component.fullname): Manifest['metadata'] {
  return {
    name,
    namespace: ctx.namespace,
    labels: ctx.componentLabels(component.appName, component.key),
  };
}

/**
 * Returns a copy of a value that the chart prints with `toYaml` when it is truthy (`with`), or
 * undefined when the chart leaves the field out.
 */
export function withValue(value: unknown): any {
  return truthy(value) ? cloneJson(value) : undefined;
}

/**
 * The Helm render order of the templates that merge `global.nodeSelector`: Helm renders templates
 * in reverse lexical order of their file names (webhook-deployment.yaml, startupapicheck-job.yaml,
 * deployment.yaml, cainjector-deployment.yaml).
 */
const NODE_SELECTOR_RENDER_ORDER: ComponentKey[] = ['webhook', 'startupapicheck', 'controller', 'cainjector'];

function rendersPod(ctx: ChartContext, key: ComponentKey): boolean {
  if (key === 'cainjector' || key === 'startupapicheck') {
    return truthy(ctx.values[key]?.enabled);
  }
  return true;
}

/** Go's `isEmptyValue` as mergo applies it to the existing entry of a map. */
function isGoEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === false || value === 0 || value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
}

/** sprig's `merge dst src` (mergo without overwrite): copies entries that `dst` lacks or has empty. */
function mergeWithoutOverwrite(dst: Record<string, unknown>, src: unknown): void {
  if (src === null || typeof src !== 'object' || Array.isArray(src)) {
    return;
  }
  for (const [key, value] of Object.entries(src)) {
    if (value === null || value === undefined) {
      continue;
    }
    if (!(key in dst) || isGoEmpty(dst[key])) {
      dst[key] = cloneJson(value);
    }
  }
}

/**
 * Returns the pod's `nodeSelector`: `global.nodeSelector` merged with the component's own, with
 * each value printed through `quote`.
 *
 * The chart merges into `global.nodeSelector` itself once that map is non-empty, so its keys win
 * over the component's, and each rendered workload's keys reach the workloads that Helm renders
 * after it (webhook, then startupapicheck, controller, cainjector). This reproduces that leak,
 * because the rendered chart shows it. With an empty `global.nodeSelector` each component gets only
 * its own keys.
 */
export function podNodeSelector(ctx: ChartContext, key: ComponentKey): Record<string, string> | undefined {
  const global = ctx.values.global?.nodeSelector;
  const merged: Record<string, unknown> = {};
  if (truthy(global) && typeof global === 'object') {
    Object.assign(merged, cloneJson(global));
    for (const earlier of NODE_SELECTOR_RENDER_ORDER) {
      if (rendersPod(ctx, earlier)) {
        mergeWithoutOverwrite(merged, componentOf(ctx, earlier).values.nodeSelector);
      }
      if (earlier === key) {
        break;
      }
    }
  } else {
    mergeWithoutOverwrite(merged, componentOf(ctx, key).values.nodeSelector);
  }
  if (Object.keys(merged).length === 0) {
    return undefined;
  }
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(merged)) {
    // `quote` prints nothing for a null value, which leaves the key null and so absent.
    if (value !== null && value !== undefined) {
      result[name] = formatGoValue(value);
    }
  }
  return result;
}

/** Returns the pod's `runtimeClassName`: the component's own, else `global.runtimeClassName`, quoted. */
export function podRuntimeClassName(ctx: ChartContext, component: Component): string | undefined {
  if (truthy(component.values.runtimeClassName)) {
    return formatGoValue(component.values.runtimeClassName);
  }
  if (truthy(ctx.values.global?.runtimeClassName)) {
    return formatGoValue(ctx.values.global.runtimeClassName);
  }
  return undefined;
}

/** Returns true when the chart adds the `prometheus.io/*` scrape annotations to the pods. */
export function usesScrapeAnnotations(ctx: ChartContext): boolean {
  const prometheus = ctx.values.prometheus ?? {};
  return truthy(prometheus.enabled) && !(truthy(prometheus.servicemonitor?.enabled) || truthy(prometheus.podmonitor?.enabled));
}

/**
 * Returns the pod annotations: `podAnnotations`, then the Prometheus scrape annotations when the
 * chart adds them.
 *
 * @param metricsPort the port that `prometheus.io/port` names
 */
export function podAnnotations(ctx: ChartContext, component: Component, metricsPort: number): Record<string, any> | undefined {
  const annotations: Record<string, any> = { ...withValue(component.values.podAnnotations) };
  if (usesScrapeAnnotations(ctx)) {
    annotations['prometheus.io/path'] = '/metrics';
    annotations['prometheus.io/scrape'] = 'true';
    annotations['prometheus.io/port'] = String(metricsPort);
  }
  return Object.keys(annotations).length > 0 ? annotations : undefined;
}

/** Returns the pod template labels: component labels, then `podLabels`. */
export function podLabels(ctx: ChartContext, component: Component): Record<string, any> {
  return { ...ctx.componentLabels(component.appName, component.key), ...withValue(component.values.podLabels) };
}

/**
 * Returns the fields that every pod spec of the chart sets in the same way: service account, token
 * automount, service links, priority class, host users and the pod security context.
 */
export function commonPodFields(ctx: ChartContext, component: Component): Record<string, any> {
  const values = component.values;
  const fields: Record<string, any> = {
    serviceAccountName: plainScalar(ctx.serviceAccountName(component.key), `${component.valuePrefix}serviceAccount.name`),
    enableServiceLinks: plainScalar(values.enableServiceLinks, `${component.valuePrefix}enableServiceLinks`),
  };
  if (hasKey(values, 'automountServiceAccountToken')) {
    fields.automountServiceAccountToken = plainScalar(values.automountServiceAccountToken, `${component.valuePrefix}automountServiceAccountToken`);
  }
  if (truthy(ctx.values.global?.priorityClassName)) {
    fields.priorityClassName = formatGoValue(ctx.values.global.priorityClassName);
  }
  if (hasKey(ctx.values.global, 'hostUsers')) {
    fields.hostUsers = plainScalar(ctx.values.global.hostUsers, 'global.hostUsers');
  }
  const securityContext = withValue(values.securityContext);
  if (securityContext !== undefined) {
    fields.securityContext = securityContext;
  }
  return fields;
}

/**
 * Returns `global.imagePullSecrets` for the pod of a Deployment. The chart puts them there only
 * when it does not create the component's ServiceAccount, because that ServiceAccount carries them.
 */
export function deploymentPullSecrets(ctx: ChartContext, component: Component): any[] | undefined {
  if (truthy(component.values.serviceAccount?.create)) {
    return undefined;
  }
  return withValue(ctx.values.global?.imagePullSecrets);
}

/** Returns copies of the scheduling fields: affinity, tolerations, topology spread constraints. */
export function schedulingFields(component: Component): Record<string, any> {
  const fields: Record<string, any> = {};
  for (const name of ['affinity', 'tolerations', 'topologySpreadConstraints']) {
    const value = withValue(component.values[name]);
    if (value !== undefined) {
      fields[name] = value;
    }
  }
  return fields;
}

/** Returns `--v=<global.logLevel>`, which the chart passes whenever the level is set, 0 included. */
export function logLevelArgs(ctx: ChartContext): string[] {
  const level = ctx.values.global?.logLevel;
  return isSet(level) ? [`--v=${formatGoValue(level)}`] : [];
}

/** Returns the leader election flags from `global.leaderElection`, as the controller and cainjector get them. */
export function leaderElectionArgs(ctx: ChartContext): string[] {
  const election = ctx.values.global?.leaderElection;
  if (!truthy(election)) {
    return [];
  }
  const args = [`--leader-election-namespace=${formatGoValue(election.namespace)}`];
  for (const [field, flag] of [
    ['leaseDuration', 'lease-duration'], ['renewDeadline', 'renew-deadline'], ['retryPeriod', 'retry-period'],
  ]) {
    if (truthy(election[field])) {
      args.push(`--leader-election-${flag}=${formatGoValue(election[field])}`);
    }
  }
  return args;
}

/** Returns the container's `env`: `POD_NAMESPACE` from the downward API, then `extraEnv`. */
export function containerEnv(component: Component): any[] {
  return [
    { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
    ...(withValue(component.values.extraEnv) ?? []),
  ];
}

/** Returns the Deployment's `revisionHistoryLimit`, set whenever `global.revisionHistoryLimit` is, 0 included. */
export function revisionHistoryLimit(ctx: ChartContext): Record<string, any> {
  const limit = ctx.values.global?.revisionHistoryLimit;
  return isSet(limit) ? { revisionHistoryLimit: plainScalar(limit, 'global.revisionHistoryLimit') } : {};
}

/**
 * Builds the Deployment around a pod template: labels, `deploymentAnnotations`, replicas, revision
 * history, selector and `strategy`.
 */
export function deployment(ctx: ChartContext, component: Component, podTemplate: Record<string, any>): Manifest {
  const values = component.values;
  const metadata = componentMetadata(ctx, component);
  const annotations = withValue(values.deploymentAnnotations);
  if (annotations !== undefined) {
    metadata.annotations = annotations;
  }
  const spec: Record<string, any> = {
    replicas: plainScalar(values.replicaCount, `${component.valuePrefix}replicaCount`),
    ...revisionHistoryLimit(ctx),
    selector: { matchLabels: ctx.selectorLabels(component.appName, component.key) },
  };
  const strategy = withValue(values.strategy);
  if (strategy !== undefined) {
    spec.strategy = strategy;
  }
  spec.template = podTemplate;
  return { apiVersion: 'apps/v1', kind: 'Deployment', metadata, spec };
}

/**
 * Renders the PodDisruptionBudget of a component when `podDisruptionBudget.enabled` is true.
 * Without `minAvailable` and `maxUnavailable` the chart sets `minAvailable: 1`. With both it sets
 * both, which the API server rejects.
 */
export function podDisruptionBudget(ctx: ChartContext, component: Component): Manifest[] {
  const budget = component.values.podDisruptionBudget;
  if (!truthy(budget?.enabled)) {
    return [];
  }
  const path = `${component.valuePrefix}podDisruptionBudget`;
  const spec: Record<string, any> = {
    selector: { matchLabels: ctx.selectorLabels(component.appName, component.key) },
  };
  if (!hasKey(budget, 'minAvailable') && !hasKey(budget, 'maxUnavailable')) {
    spec.minAvailable = 1;
  }
  if (hasKey(budget, 'minAvailable')) {
    spec.minAvailable = plainScalar(budget.minAvailable, `${path}.minAvailable`);
  }
  if (hasKey(budget, 'maxUnavailable')) {
    spec.maxUnavailable = plainScalar(budget.maxUnavailable, `${path}.maxUnavailable`);
  }
  if (truthy(budget.unhealthyPodEvictionPolicy)) {
    spec.unhealthyPodEvictionPolicy = plainScalar(budget.unhealthyPodEvictionPolicy, `${path}.unhealthyPodEvictionPolicy`);
  }
  return [{ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: componentMetadata(ctx, component), spec }];
}

/**
 * Renders the ConfigMap with the component's configuration file when `config` is non-empty. The chart
 * fills in `apiVersion` and `kind` when the file leaves them empty and writes the file with
 * `toYaml`, so the text follows go-yaml's layout and key order.
 */
export function configMap(ctx: ChartContext, component: Component, apiVersion: string, kind: string): Manifest[] {
  const config = component.values.config;
  if (!truthy(config)) {
    return [];
  }
  const file = cloneJson(config);
  file.apiVersion = truthy(file.apiVersion) ? file.apiVersion : apiVersion;
  file.kind = truthy(file.kind) ? file.kind : kind;
  return [{
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: componentMetadata(ctx, component),
    // The chart embeds the text in a `|` block, whose clip chomping keeps exactly one final newline.
    data: { 'config.yaml': `${toGoYaml(file).replace(/\n+$/, '')}\n` },
  }];
}

/** Returns the volume and mount of the configuration file, both empty unless `config` is set. */
export function configVolume(component: Component): { volumes: any[]; mounts: any[] } {
  if (!truthy(component.values.config)) {
    return { volumes: [], mounts: [] };
  }
  return {
    volumes: [{ name: 'config', configMap: { name: component.fullname } }],
    mounts: [{ name: 'config', mountPath: '/var/cert-manager/config' }],
  };
}

/** Returns `--config=...` when the component has a configuration file. */
export function configArgs(component: Component): string[] {
  return truthy(component.values.config) ? ['--config=/var/cert-manager/config/config.yaml'] : [];
}

/**
 * Renders the ServiceAccount of a component when `serviceAccount.create` is true: token automount,
 * annotations, labels plus `serviceAccount.labels`, and `global.imagePullSecrets`.
 *
 * @param annotations the rendered annotations, because the controller's go through `tpl`
 */
export function serviceAccount(ctx: ChartContext, component: Component, annotations: Record<string, any> | undefined): Manifest[] {
  const account = component.values.serviceAccount;
  if (!truthy(account?.create)) {
    return [];
  }
  const metadata = componentMetadata(ctx, component, ctx.serviceAccountName(component.key));
  if (annotations !== undefined) {
    metadata.annotations = annotations;
  }
  metadata.labels = { ...metadata.labels, ...withValue(account.labels) };
  const manifest: Manifest = {
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    automountServiceAccountToken: plainScalar(
      account.automountServiceAccountToken, `${component.valuePrefix}serviceAccount.automountServiceAccountToken`),
    metadata,
  };
  const pullSecrets = withValue(ctx.values.global?.imagePullSecrets);
  if (pullSecrets !== undefined) {
    manifest.imagePullSecrets = pullSecrets;
  }
  return [manifest];
}

/**
 * Builds a Service's metadata: component labels plus `serviceLabels`, and `serviceAnnotations`.
 */
export function serviceMetadata(ctx: ChartContext, component: Component): Manifest['metadata'] {
  const metadata = componentMetadata(ctx, component);
  const annotations = withValue(component.values.serviceAnnotations);
  if (annotations !== undefined) {
    metadata.annotations = annotations;
  }
  metadata.labels = { ...metadata.labels, ...withValue(component.values.serviceLabels) };
  return metadata;
}

