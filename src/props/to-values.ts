import { ChartValuesProps } from './chart-values';
import { durationMilliseconds, port, show } from './checks';
import { VALUE_MAPPINGS } from './mapping';

/** cert-manager v1.21.1's leader election timings (`internal/apis/config/shared/v1alpha1/defaults.go`). */
const LEADER_ELECTION_DEFAULT_MS = { leaseDuration: 60_000, renewDeadline: 40_000, retryPeriod: 15_000 };

/** client-go's `JitterFactor`: the renew deadline must exceed the retry period times this. */
const LEADER_ELECTION_JITTER = 1.2;

/** The chart's monitor timings. */
const MONITOR_DEFAULT_MS = { interval: 60_000, scrapeTimeout: 30_000 };

/** Props that set a controller configuration field rather than a chart value of their own. */
const LISTEN_PORT_PROPS = [
  { prop: 'healthzPort', field: 'healthzListenAddress' },
  { prop: 'metricsPort', field: 'metricsListenAddress' },
] as const;

/**
 * Translates typed props into chart values. The result holds only what the user set, so it can
 * be merged onto the chart's defaults, and it is plain JSON.
 *
 * Every value is checked first. An invalid one throws an error that names the prop as the user
 * writes it (`webhook.securePort`), the value received and the fix. Unknown keys inside a group
 * (`webhook.securPort`) throw. Unknown keys at the top level are ignored, so that the props of a
 * construct that extends `ChartValuesProps` can be passed whole.
 */
export function propsToValues(props: ChartValuesProps): Record<string, any> {
  checkUnknownProps(props);

  const values: Record<string, any> = {};
  for (const mapping of VALUE_MAPPINGS) {
    const value = propAt(props, mapping.prop);
    if (value === undefined) {
      continue;
    }
    setAt(values, mapping.helm, mapping.convert(value, mapping.prop));
  }

  applyListenPorts(props, values);
  checkWebhookSecurePort(values);
  checkPodDisruptionBudgets(props);
  checkLeaderElection(props);
  checkMonitors(props);
  return values;
}

/** Returns every prop path that `propsToValues` reads. */
export function knownPropPaths(): string[] {
  return [
    ...VALUE_MAPPINGS.map((mapping) => mapping.prop),
    ...LISTEN_PORT_PROPS.map((entry) => `controller.${entry.prop}`),
  ];
}

let knownPaths: { leaves: Set<string>; groups: Set<string> } | undefined;

/** The prop paths and the group paths above them, computed once: the mappings never change. */
function knownLeavesAndGroups(): { leaves: Set<string>; groups: Set<string> } {
  if (!knownPaths) {
    const leaves = new Set(knownPropPaths());
    const groups = new Set<string>();
    for (const path of leaves) {
      const parts = path.split('.');
      for (let i = 1; i < parts.length; i++) {
        groups.add(parts.slice(0, i).join('.'));
      }
    }
    knownPaths = { leaves, groups };
  }
  return knownPaths;
}

function checkUnknownProps(props: ChartValuesProps): void {
  const { leaves, groups } = knownLeavesAndGroups();
  const visit = (value: any, path: string) => {
    if (value === undefined) {
      return;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`Invalid ${path}: ${show(value)}. It must be an object of settings. Pass ${path} as an object, or leave it out.`);
    }
    for (const key of Object.keys(value)) {
      const child = `${path}.${key}`;
      if (leaves.has(child)) {
        continue;
      }
      if (groups.has(child)) {
        visit(value[key], child);
        continue;
      }
      const known = [...leaves, ...groups]
        .filter((candidate) => candidate.startsWith(`${path}.`) && !candidate.slice(path.length + 1).includes('.'))
        .map((candidate) => candidate.slice(path.length + 1))
        .sort();
      const renamed = propForHelmName(path, key);
      const closest = closestName(key, known);
      let hint = `Check the spelling of '${key}'.`;
      if (renamed) {
        hint = `Did you mean ${renamed}? It sets the Helm value ${helmPathOf(path, key)}.`;
      } else if (closest) {
        hint = `Did you mean ${path}.${closest}?`;
      }
      throw new Error(`Unknown prop ${child}. ${path} accepts ${known.join(', ')}. ${hint}`);
    }
  };
  for (const group of groups) {
    if (!group.includes('.')) {
      visit((props as any)[group], group);
    }
  }
}

/**
 * Returns the Helm values path that a key under a prop group would have, if the group followed the
 * chart's layout. Prop groups mirror the chart's keys, except that the controller's values sit at
 * the top level of the chart.
 */
function helmPathOf(group: string, key: string): string {
  const helmGroup = group === 'controller' ? '' : group.replace(/^controller\./, '');
  return helmGroup === '' ? key : `${helmGroup}.${key}`;
}

/** Returns the prop that sets the Helm value a user wrote under its chart name, such as `webhook.replicaCount`. */
function propForHelmName(group: string, key: string): string | undefined {
  const helm = helmPathOf(group, key);
  return VALUE_MAPPINGS.find((mapping) => mapping.helm === helm && mapping.prop.startsWith(`${group}.`))?.prop;
}

/** Returns the known name nearest to a misspelled one, when at most three edits apart. */
function closestName(name: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance between two strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

function propAt(props: ChartValuesProps, path: string): any {
  let current: any = props;
  for (const key of path.split('.')) {
    if (current === undefined || current === null) {
      return undefined;
    }
    current = current[key];
  }
  return current;
}

function setAt(values: Record<string, any>, path: string, value: any): void {
  const keys = path.split('.');
  let current = values;
  for (const key of keys.slice(0, -1)) {
    if (current[key] === undefined) {
      current[key] = {};
    }
    current = current[key];
  }
  current[keys[keys.length - 1]] = value;
}

/** Returns the port of a `host:port` listen address, or undefined when it has none. */
function listenPort(address: unknown): number | undefined {
  if (typeof address !== 'string') {
    return undefined;
  }
  const match = /:([0-9]+)$/.exec(address);
  return match ? Number(match[1]) : undefined;
}

/**
 * Sets `healthzListenAddress` and `metricsListenAddress` of the controller's configuration from
 * `controller.healthzPort` and `controller.metricsPort`, keeping any other configuration.
 */
function applyListenPorts(props: ChartValuesProps, values: Record<string, any>): void {
  for (const { prop, field } of LISTEN_PORT_PROPS) {
    const value = props.controller?.[prop];
    if (value === undefined) {
      continue;
    }
    const portNumber: number = port(value, `controller.${prop}`);
    const config: Record<string, any> = values.config ?? {};
    const address = config[field];
    if (address !== undefined) {
      if (listenPort(address) !== portNumber) {
        throw new Error(
          `controller.${prop} is ${portNumber} but controller.config.${field} is ${show(address)}, so the controller ` +
          `would listen on a different port than the one the library exposes. Set only controller.${prop}, or make ` +
          `controller.config.${field} end in ':${portNumber}'.`);
      }
      continue;
    }
    values.config = { ...config, [field]: `0.0.0.0:${portNumber}` };
  }
}

/** Rejects a `webhook.securePort` that differs from `webhook.config.securePort`, which the chart would use silently. */
function checkWebhookSecurePort(values: Record<string, any>): void {
  const fromProp = values.webhook?.securePort;
  const fromConfig = values.webhook?.config?.securePort;
  if (fromProp !== undefined && fromConfig !== undefined && fromProp !== fromConfig) {
    throw new Error(
      `webhook.securePort is ${fromProp} but webhook.config.securePort is ${show(fromConfig)}; the chart would use ` +
      `${show(fromConfig)} and ignore webhook.securePort. Set only one of them.`);
  }
}

/** Kubernetes rejects a PodDisruptionBudget that sets both `minAvailable` and `maxUnavailable`. */
function checkPodDisruptionBudgets(props: ChartValuesProps): void {
  for (const component of ['controller', 'webhook', 'cainjector'] as const) {
    const budget = props[component]?.podDisruptionBudget;
    if (budget?.minAvailable !== undefined && budget?.maxUnavailable !== undefined) {
      throw new Error(
        `${component}.podDisruptionBudget sets both minAvailable and maxUnavailable, which Kubernetes rejects. ` +
        'Set only one of them.');
    }
  }
}

/**
 * client-go fails to start leader election unless the lease duration exceeds the renew
 * deadline, which exceeds 1.2 times the retry period. Unset timings take cert-manager's defaults.
 */
function checkLeaderElection(props: ChartValuesProps): void {
  const election = props.global?.leaderElection;
  if (!election) {
    return;
  }
  const ms = (name: 'leaseDuration' | 'renewDeadline' | 'retryPeriod') =>
    (election[name] === undefined ? LEADER_ELECTION_DEFAULT_MS[name] : durationMilliseconds(election[name], `global.leaderElection.${name}`));
  const describe = (name: 'leaseDuration' | 'renewDeadline' | 'retryPeriod') =>
    `global.leaderElection.${name} (${ms(name) / 1000}s${election[name] === undefined ? ', the default' : ''})`;
  if (ms('leaseDuration') <= ms('renewDeadline')) {
    throw new Error(
      `${describe('leaseDuration')} must be longer than ${describe('renewDeadline')}, or leader election fails to ` +
      'start. Lengthen leaseDuration or shorten renewDeadline.');
  }
  if (ms('renewDeadline') <= LEADER_ELECTION_JITTER * ms('retryPeriod')) {
    throw new Error(
      `${describe('renewDeadline')} must be longer than 1.2 times ${describe('retryPeriod')}, or leader election ` +
      'fails to start. Lengthen renewDeadline or shorten retryPeriod.');
  }
}

/** Rejects both monitors at once, as the chart does, and a scrape timeout above the interval, as Prometheus does. */
function checkMonitors(props: ChartValuesProps): void {
  const prometheus = props.prometheus;
  if (prometheus?.servicemonitor?.enabled === true && prometheus?.podmonitor?.enabled === true) {
    throw new Error(
      'prometheus.servicemonitor.enabled and prometheus.podmonitor.enabled are both true, but the chart creates only ' +
      'one monitor. Enable one of them.');
  }
  for (const name of ['servicemonitor', 'podmonitor'] as const) {
    const monitor = prometheus?.[name];
    if (!monitor || (monitor.interval === undefined && monitor.scrapeTimeout === undefined)) {
      continue;
    }
    const interval = monitor.interval === undefined
      ? MONITOR_DEFAULT_MS.interval : durationMilliseconds(monitor.interval, `prometheus.${name}.interval`);
    const timeout = monitor.scrapeTimeout === undefined
      ? MONITOR_DEFAULT_MS.scrapeTimeout : durationMilliseconds(monitor.scrapeTimeout, `prometheus.${name}.scrapeTimeout`);
    if (timeout > interval) {
      throw new Error(
        `prometheus.${name}.scrapeTimeout (${timeout / 1000}s) is longer than prometheus.${name}.interval ` +
        `(${interval / 1000}s), which Prometheus rejects. Shorten scrapeTimeout or lengthen interval.`);
    }
  }
}
