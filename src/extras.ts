import { ChartContext, Manifest, truthy } from './chart/context';
import { PriorityClassQuotaOptions } from './cert-manager';
import { apiServerEgress, dnsEgress, ResolvedNetworkPolicy } from './hardening';

/**
 * What the install adds beyond the chart's templates.
 */
export interface ExtrasInput {
  readonly hardened: boolean;
  readonly createNamespace: boolean;
  readonly priorityClassQuota?: PriorityClassQuotaOptions;
  readonly networkPolicy: ResolvedNetworkPolicy;
}

/**
 * Objects the chart does not render: the Namespace, the priority-class ResourceQuota and the
 * startupapicheck's NetworkPolicy. All of them come first in Helm's install order.
 */
export function renderExtras(ctx: ChartContext, input: ExtrasInput): { before: Manifest[] } {
  const before: Manifest[] = [];
  if (input.createNamespace) {
    before.push(namespaceObject(ctx));
  }
  if (input.priorityClassQuota) {
    before.push(priorityClassQuota(ctx, input.priorityClassQuota));
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
