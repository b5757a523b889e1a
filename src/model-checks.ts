import { ChartContext, Values } from './chart/context';
import { controllerPorts } from './chart/templates/controller';
import { webhookPorts } from './chart/templates/webhook';

/**
 * Checks on the merged values that hold for both ways in (typed props and Helm values): release
 * name and namespace format, PodDisruptionBudgets against replicas, and port clashes inside a pod.
 *
 * Each problem is one full sentence naming the value, what was received and the fix.
 */
export function checkModel(ctx: ChartContext, release: { releaseName: string; namespace: string }): string[] {
  const values: Values = ctx.values;
  const problems: string[] = [];
  checkNames(release, problems);
  checkDisruptionBudgets(values, problems);
  checkPorts(ctx, problems);
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

function checkPorts(ctx: ChartContext, problems: string[]): void {
  const controller = controllerPorts(ctx);
  const webhook = webhookPorts(ctx);
  const pods: { component: string; ports: { source: string; port: number | undefined }[] }[] = [
    {
      component: 'controller',
      ports: [
        { source: 'the controller healthz listener (controller.healthzPort, config.healthzListenAddress)', port: controller.healthz },
        { source: 'the controller metrics listener (controller.metricsPort, config.metricsListenAddress)', port: controller.metrics },
      ],
    },
    {
      component: 'webhook',
      ports: [
        { source: 'the webhook secure port (webhook.securePort)', port: webhook.https },
        { source: 'the webhook healthz port (webhook.config.healthzPort)', port: webhook.healthz },
        { source: 'the webhook metrics listener', port: webhook.metrics },
      ],
    },
  ];
  for (const pod of pods) {
    const seen = new Map<number, string>();
    for (const { source, port } of pod.ports) {
      if (port === undefined) {
        continue;
      }
      const other = seen.get(port);
      if (other) {
        problems.push(
          `${other} and ${source} are both ${port}, but one ${pod.component} pod cannot serve both on one port. ` +
          'Choose a different port for one of them.');
        continue;
      }
      seen.set(port, source);
    }
  }
}
