import { Values } from './chart/context';

/**
 * Checks on the merged values that hold for both ways in (typed props and Helm values): release
 * name and namespace format, PodDisruptionBudgets against replicas, and port clashes inside a pod.
 *
 * Each problem is one full sentence naming the value, what was received and the fix.
 */
export function checkModel(values: Values, release: { releaseName: string; namespace: string }): string[] {
  const problems: string[] = [];
  checkNames(release, problems);
  checkDisruptionBudgets(values, problems);
  checkPorts(values, problems);
  return problems;
}

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function checkNames(release: { releaseName: string; namespace: string }, problems: string[]): void {
  if (!DNS_LABEL.test(release.namespace) || release.namespace.length > 63) {
    problems.push(
      `namespace '${release.namespace}' is not a valid Kubernetes namespace name. ` +
      'Use at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit, for example \'cert-manager\'.');
  }
  // Helm limits release names to 53 characters, which leaves room for the component suffixes.
  if (!DNS_LABEL.test(release.releaseName) || release.releaseName.length > 53) {
    problems.push(
      `releaseName '${release.releaseName}' is not a valid Helm release name. ` +
      'Use at most 53 lowercase letters, digits and hyphens, starting and ending with a letter or digit, for example \'cert-manager\'.');
  }
}

const COMPONENTS: { label: string; prefix: string }[] = [
  { label: 'controller', prefix: '' },
  { label: 'webhook', prefix: 'webhook.' },
  { label: 'cainjector', prefix: 'cainjector.' },
];

function componentValues(values: Values, prefix: string): Values {
  return prefix === '' ? values : values[prefix.slice(0, -1)] ?? {};
}

/**
 * Resolves an integer or percentage PDB field against a replica count, rounding up as the
 * disruption controller does for minAvailable.
 */
function resolveCount(value: unknown, replicas: number): number | undefined {
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'string' && /^\d+%$/.test(value)) {
    return Math.ceil((parseInt(value, 10) / 100) * replicas);
  }
  if (typeof value === 'string' && /^\d+$/.test(value)) {
    return parseInt(value, 10);
  }
  return undefined;
}

function checkDisruptionBudgets(values: Values, problems: string[]): void {
  for (const { label, prefix } of COMPONENTS) {
    const component = componentValues(values, prefix);
    const pdb = component.podDisruptionBudget ?? {};
    if (label === 'cainjector' && values.cainjector?.enabled === false) {
      continue;
    }
    if (!pdb.enabled) {
      continue;
    }
    const replicas = Number(component.replicaCount ?? 1);
    if (replicas === 0) {
      continue;
    }
    const hasMin = pdb.minAvailable !== undefined && pdb.minAvailable !== null;
    const hasMax = pdb.maxUnavailable !== undefined && pdb.maxUnavailable !== null;
    if (hasMax) {
      const maxUnavailable = resolveCount(pdb.maxUnavailable, replicas);
      if (maxUnavailable === 0) {
        problems.push(
          `${prefix}podDisruptionBudget.maxUnavailable is ${JSON.stringify(pdb.maxUnavailable)}, so no ${label} pod may ever be evicted and every node drain blocks. ` +
          'Set it to 1 or more.');
      }
      continue;
    }
    // The chart renders minAvailable: 1 when neither field is set.
    const minValue = hasMin ? pdb.minAvailable : 1;
    const minAvailable = resolveCount(minValue, replicas);
    if (minAvailable !== undefined && minAvailable >= replicas) {
      problems.push(
        `${prefix}podDisruptionBudget.minAvailable is ${JSON.stringify(minValue)} with ${prefix}replicaCount ${replicas}, so no ${label} pod may be evicted and every node drain blocks. ` +
        `Raise ${prefix}replicaCount above ${minAvailable} or lower minAvailable below ${replicas}.`);
    }
  }
}

function parsePort(address: unknown): number | undefined {
  if (typeof address !== 'string') {
    return undefined;
  }
  const match = /:(\d+)$/.exec(address);
  return match ? parseInt(match[1], 10) : undefined;
}

function flagValue(args: unknown, flag: string): string | undefined {
  if (!Array.isArray(args)) {
    return undefined;
  }
  let found: string | undefined;
  for (const arg of args) {
    if (typeof arg === 'string' && arg.startsWith(`${flag}=`)) {
      found = arg.slice(flag.length + 1);
    }
  }
  return found;
}

/**
 * The ports each cert-manager container listens on, by name, as the values configure them.
 * Ports set to 0 (a disabled listener) are left out.
 */
export function listenerPorts(values: Values): Record<string, Record<string, { port: number; source: string }>> {
  const controllerConfig = values.config ?? {};
  const webhookConfig = values.webhook?.config ?? {};
  const controllerHealthz = parsePort(flagValue(values.extraArgs, '--internal-healthz-listen-address'))
    ?? parsePort(controllerConfig.healthzListenAddress) ?? 9403;
  const controllerMetrics = parsePort(flagValue(values.extraArgs, '--metrics-listen-address'))
    ?? parsePort(controllerConfig.metricsListenAddress) ?? 9402;
  const webhookSecure = webhookConfig.securePort ?? values.webhook?.securePort ?? 10250;
  const webhookHealthz = webhookConfig.healthzPort ?? 6080;
  return {
    controller: {
      'http-healthz': { port: controllerHealthz, source: 'controller healthz listener (config.healthzListenAddress)' },
      'http-metrics': { port: controllerMetrics, source: 'controller metrics listener (config.metricsListenAddress)' },
    },
    webhook: {
      https: { port: Number(webhookSecure), source: 'webhook.securePort' },
      healthcheck: { port: Number(webhookHealthz), source: 'webhook.config.healthzPort' },
      'http-metrics': { port: 9402, source: 'webhook metrics listener' },
    },
  };
}

function checkPorts(values: Values, problems: string[]): void {
  for (const [component, ports] of Object.entries(listenerPorts(values))) {
    const seen = new Map<number, string>();
    for (const [name, { port, source }] of Object.entries(ports)) {
      if (!Number.isInteger(port) || port < 1 || port > 65535) {
        problems.push(`${source} is ${JSON.stringify(port)}, which is not a TCP port. Use a whole number from 1 to 65535.`);
        continue;
      }
      const other = seen.get(port);
      if (other) {
        problems.push(
          `${source} is ${port}, the same port as the ${component}'s ${other}; one pod cannot serve both on one port. ` +
          `Choose a different port for one of them (the ${component} uses ${Object.entries(ports).map(([n, p]) => `${n} ${p.port}`).join(', ')}).`);
        continue;
      }
      seen.set(port, name);
    }
  }
}
