import { PriorityClassQuotaOptions } from './cert-manager';
import { ChartContext, Manifest, truthy } from './chart/context';
import { apiServerEgress, dnsEgress, ResolvedNetworkPolicy } from './hardening';
import { formatCpu, formatMemory, parseQuantity } from './private/quantity';

/**
 * Options of the objects that the install adds beyond the chart's templates.
 */
export interface ExtrasInput {
  readonly hardened: boolean;
  readonly createNamespace: boolean;
  readonly priorityClassQuota?: PriorityClassQuotaOptions;
  readonly networkPolicy: ResolvedNetworkPolicy;
  readonly namespaceLimits: boolean;
}

/**
 * Objects the chart does not render: the Namespace, the priority-class ResourceQuota, a
 * default-deny NetworkPolicy for the install namespace and the startupapicheck's NetworkPolicy.
 * All of them come first in Helm's install order.
 */
export function renderExtras(ctx: ChartContext, input: ExtrasInput): { before: Manifest[] } {
  const before: Manifest[] = [];
  if (input.createNamespace) {
    before.push(namespaceObject(ctx));
  }
  if (input.priorityClassQuota) {
    before.push(priorityClassQuota(ctx, input.priorityClassQuota));
  }
  if (input.hardened) {
    before.push(defaultDenyNetworkPolicy(ctx));
  }
  if (input.hardened && input.namespaceLimits) {
    before.push(limitRange(ctx), namespaceQuota(ctx));
  }
  if (input.hardened && truthy(ctx.values.startupapicheck?.enabled)) {
    before.push(startupapicheckNetworkPolicy(ctx, input.networkPolicy));
  }
  return { before };
}

function namespaceObject(ctx: ChartContext): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: ctx.namespace,
      labels: {
        'kubernetes.io/metadata.name': ctx.namespace,
        'pod-security.kubernetes.io/enforce': 'restricted',
        'pod-security.kubernetes.io/enforce-version': 'latest',
        'pod-security.kubernetes.io/audit': 'restricted',
        'pod-security.kubernetes.io/audit-version': 'latest',
        'pod-security.kubernetes.io/warn': 'restricted',
        'pod-security.kubernetes.io/warn-version': 'latest',
        ...ctx.commonLabels(),
      },
    },
  };
}

function priorityClassQuota(ctx: ChartContext, options: PriorityClassQuotaOptions): Manifest {
  const values = ctx.values;
  const replicas = Number(values.replicaCount ?? 1) + Number(values.webhook?.replicaCount ?? 1)
    + (truthy(values.cainjector?.enabled) ? Number(values.cainjector?.replicaCount ?? 1) : 0);
  const pods = options.pods ?? 2 * replicas + 1;
  if (!Number.isInteger(pods) || pods < 1) {
    throw new Error(`priorityClassQuota.pods is ${pods}, which admits no pod. Use a whole number of 1 or more, or leave it unset.`);
  }
  const priorityClass = truthy(values.global?.priorityClassName) ? String(values.global.priorityClassName) : 'system-cluster-critical';
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: {
      name: `${ctx.fullname}-critical-pods`,
      namespace: ctx.namespace,
      labels: ctx.componentLabels(ctx.name, 'controller'),
    },
    spec: {
      hard: { pods: String(pods) },
      scopeSelector: {
        matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: [priorityClass] }],
      },
    },
  };
}

/**
 * Denies all traffic to and from pods of the install namespace that no other policy allows, so
 * that a pod added later to the namespace starts closed. The component policies allow what each
 * component needs; NetworkPolicies add up.
 */
function defaultDenyNetworkPolicy(ctx: ChartContext): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: `${ctx.fullname}-default-deny`, namespace: ctx.namespace },
    spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
  };
}

/**
 * The startupapicheck Job only calls the API server: it accepts no connections and reaches
 * the API server and DNS.
 */
function startupapicheckNetworkPolicy(ctx: ChartContext, policy: ResolvedNetworkPolicy): Manifest {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: {
      name: `${ctx.startupapicheckFullname}`,
      namespace: ctx.namespace,
    },
    spec: {
      podSelector: { matchLabels: ctx.selectorLabels('startupapicheck', 'startupapicheck') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [apiServerEgress(policy), dnsEgress(policy)],
    },
  };
}

/** Requests and limits that the LimitRange gives a container that sets none, such as a sidecar. */
const CONTAINER_DEFAULTS: Record<string, string> = { 'cpu': '100m', 'memory': '128Mi', 'ephemeral-storage': '256Mi' };

/**
 * Gives containers of the install namespace that set no resources the same requests and limits,
 * so that every pod counts against the namespace quota.
 */
function limitRange(ctx: ChartContext): Manifest {
  return {
    apiVersion: 'v1',
    kind: 'LimitRange',
    metadata: { name: `${ctx.fullname}-defaults`, namespace: ctx.namespace, labels: ctx.componentLabels(ctx.name, 'controller') },
    spec: {
      limits: [{ type: 'Container', default: { ...CONTAINER_DEFAULTS }, defaultRequest: { ...CONTAINER_DEFAULTS } }],
    },
  };
}

type Totals = { pods: number; cpu: number; memory: number; limitsCpu: number; limitsMemory: number };

function containerAmounts(resources: any): { cpu: number; memory: number; limitsCpu: number; limitsMemory: number } {
  const pick = (group: string, name: string) => parseQuantity(resources?.[group]?.[name]) ?? parseQuantity(CONTAINER_DEFAULTS[name])!;
  return {
    cpu: pick('requests', 'cpu'),
    memory: pick('requests', 'memory'),
    limitsCpu: pick('limits', 'cpu'),
    limitsMemory: pick('limits', 'memory'),
  };
}

/**
 * Caps the install namespace at twice what the install's pods request and may use, which leaves
 * room for a rolling update of every Deployment at once and for the startupapicheck Job.
 */
function namespaceQuota(ctx: ChartContext): Manifest {
  const values = ctx.values;
  const totals: Totals = { pods: 0, cpu: 0, memory: 0, limitsCpu: 0, limitsMemory: 0 };
  const add = (pods: number, containers: any[]) => {
    totals.pods += pods;
    for (const resources of containers) {
      const amounts = containerAmounts(resources);
      totals.cpu += pods * amounts.cpu;
      totals.memory += pods * amounts.memory;
      totals.limitsCpu += pods * amounts.limitsCpu;
      totals.limitsMemory += pods * amounts.limitsMemory;
    }
  };
  const sidecars = (values.extraContainers ?? []).map((c: any) => c?.resources);
  add(2 * Number(values.replicaCount ?? 1), [values.resources, ...sidecars]);
  add(2 * Number(values.webhook?.replicaCount ?? 1), [values.webhook?.resources]);
  if (truthy(values.cainjector?.enabled)) {
    add(2 * Number(values.cainjector?.replicaCount ?? 1), [values.cainjector?.resources]);
  }
  if (truthy(values.startupapicheck?.enabled)) {
    add(1, [values.startupapicheck?.resources]);
  }
  return {
    apiVersion: 'v1',
    kind: 'ResourceQuota',
    metadata: { name: `${ctx.fullname}-quota`, namespace: ctx.namespace, labels: ctx.componentLabels(ctx.name, 'controller') },
    spec: {
      hard: {
        'pods': String(totals.pods),
        'requests.cpu': formatCpu(totals.cpu),
        'requests.memory': formatMemory(totals.memory),
        'limits.cpu': formatCpu(totals.limitsCpu),
        'limits.memory': formatMemory(totals.limitsMemory),
      },
    },
  };
}
