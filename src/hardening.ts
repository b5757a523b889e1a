import { mergeInto } from './values/merge';

/**
 * Peers and ports that the hardened install's NetworkPolicies allow, built by the install
 * construct from its `networkPolicy` prop.
 */
export interface ResolvedNetworkPolicy {
  /** CIDRs of the Kubernetes API server, for egress from every component and ingress to the webhook. */
  readonly apiServerCidrs: string[];
  /** TCP ports the API server listens on. */
  readonly apiServerPorts: number[];
  /** Peer that selects the cluster DNS pods. */
  readonly dnsPeer: Record<string, any>;
  /** Peers allowed to scrape metrics; empty means no metrics ingress. */
  readonly metricsScrapers: Record<string, any>[];
}

/**
 * Everything a hardened default depends on.
 */
export interface HardeningInput {
  /** Install namespace, after the `namespace` prop is applied. */
  readonly namespace: string;
  /** Whether cainjector watches only the install namespace. */
  readonly cainjectorNamespaced: boolean;
  /** NetworkPolicy peers and ports. */
  readonly networkPolicy: ResolvedNetworkPolicy;
}

/**
 * One hardened default: a chart value, the value the hardened install gives it, and why.
 */
export interface HardeningEntry {
  /** Dotted chart values path. */
  readonly path: string;
  /** The hardened value. */
  readonly value: any;
  /** Reason the hardened install differs from the chart here. */
  readonly reason: string;
}

/** Mount path of the service account token, where client-go looks for it. */
export const TOKEN_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/** Name of the projected volume that replaces the automounted token. */
export const TOKEN_VOLUME_NAME = 'serviceaccount-token';

/**
 * User and group id of each component in the hardened install. Ids above 10000 collide with no
 * user of the node. One id per workload keeps a process that escapes one component from owning
 * the files of another.
 */
export const HARDENED_RUN_AS_IDS: Record<string, number> = {
  controller: 10001,
  webhook: 10002,
  cainjector: 10003,
  startupapicheck: 10004,
};

/** Replica counts of the hardened install. */
export const HARDENED_REPLICAS = { controller: 2, webhook: 3, cainjector: 2 };

/**
 * Requests and limits of the hardened install, per component. Requests equal limits, which gives
 * the pods the Guaranteed QoS class, so the kubelet evicts them last under node pressure.
 *
 * The sizes are estimates for a cluster with a few thousand Certificates, not measurements. The
 * controller's memory grows with the Certificates, Secrets and CertificateRequests it caches. The
 * webhook only validates and converts requests, and a namespace-scoped cainjector caches the
 * Secrets of one namespace.
 * Ephemeral storage covers the container logs the kubelet keeps (five files of 10Mi by default),
 * since the root filesystem is read-only.
 */
export const HARDENED_RESOURCES: Record<string, { requests: Record<string, string>; limits: Record<string, string> }> = {
  controller: guaranteed('500m', '512Mi'),
  webhook: guaranteed('200m', '128Mi'),
  cainjector: guaranteed('200m', '256Mi'),
  startupapicheck: guaranteed('100m', '64Mi'),
};

function guaranteed(cpu: string, memory: string): { requests: Record<string, string>; limits: Record<string, string> } {
  const amounts = { 'cpu': cpu, 'memory': memory, 'ephemeral-storage': '256Mi' };
  return { requests: { ...amounts }, limits: { ...amounts } };
}

/**
 * The projected volume that carries what the automounted token would: a bound token that
 * expires after an hour, the cluster CA and the pod's namespace. `defaultMode` 0444 (292) keeps
 * it readable by the non-root user and read-only.
 */
export function tokenVolume(): Record<string, any> {
  return {
    name: TOKEN_VOLUME_NAME,
    projected: {
      defaultMode: 0o444,
      sources: [
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ],
    },
  };
}

/** The read-only mount of {@link tokenVolume} where client-go reads the token. */
export function tokenVolumeMount(): Record<string, any> {
  return { mountPath: TOKEN_MOUNT_PATH, name: TOKEN_VOLUME_NAME, readOnly: true };
}

/**
 * Topology spread of a component over nodes and zones. Nodes are a hard constraint because every
 * node has a hostname label; zones are soft because nodes without a zone label would otherwise
 * leave the pods unschedulable. `matchLabelKeys` keeps old and new ReplicaSets apart during a
 * rolling update.
 */
export function topologySpread(selector: Record<string, string>): Record<string, any>[] {
  return [
    {
      maxSkew: 1,
      topologyKey: 'kubernetes.io/hostname',
      whenUnsatisfiable: 'DoNotSchedule',
      labelSelector: { matchLabels: { ...selector } },
      matchLabelKeys: ['pod-template-hash'],
    },
    {
      maxSkew: 1,
      topologyKey: 'topology.kubernetes.io/zone',
      whenUnsatisfiable: 'ScheduleAnyway',
      labelSelector: { matchLabels: { ...selector } },
      matchLabelKeys: ['pod-template-hash'],
    },
  ];
}

function podSecurityContext(id: number): Record<string, any> {
  return {
    runAsNonRoot: true,
    runAsUser: id,
    runAsGroup: id,
    fsGroup: id,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

function containerSecurityContext(id: number): Record<string, any> {
  return {
    allowPrivilegeEscalation: false,
    capabilities: { drop: ['ALL'] },
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: id,
    runAsGroup: id,
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

/**
 * Prefers nodes without another replica of the same component. The topology spread already
 * enforces this; the anti-affinity term states it for schedulers and scanners that read only
 * affinity.
 */
function antiAffinity(selector: Record<string, string>): Record<string, any> {
  return {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [{
        weight: 100,
        podAffinityTerm: { labelSelector: { matchLabels: { ...selector } }, topologyKey: 'kubernetes.io/hostname' },
      }],
    },
  };
}

/** Egress rule to the API server. */
export function apiServerEgress(policy: ResolvedNetworkPolicy): Record<string, any> {
  return {
    to: policy.apiServerCidrs.map((cidr) => ({ ipBlock: withoutMetadata(cidr) })),
    ports: policy.apiServerPorts.map((port) => ({ port, protocol: 'TCP' })),
  };
}

/**
 * An ipBlock for a CIDR that excludes the cloud instance metadata address when the CIDR
 * contains it, because the metadata service hands out the node's cloud credentials.
 */
function withoutMetadata(cidr: string): Record<string, any> {
  const [address, bits] = cidr.split('/');
  if (address.includes(':') || !containsMetadataAddress(address, Number(bits))) {
    return { cidr };
  }
  return { cidr, except: ['169.254.169.254/32'] };
}

function containsMetadataAddress(address: string, bits: number): boolean {
  if (bits >= 32) {
    return false;
  }
  // Compare the leading `bits` bits of both addresses as numbers, without bitwise operators.
  const toNumber = (ip: string) => ip.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  const blockSize = 2 ** (32 - bits);
  return Math.floor(toNumber(address) / blockSize) === Math.floor(toNumber('169.254.169.254') / blockSize);
}

/** Egress rule to the cluster DNS. */
export function dnsEgress(policy: ResolvedNetworkPolicy): Record<string, any> {
  return {
    to: [policy.dnsPeer],
    ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }],
  };
}

function metricsIngress(policy: ResolvedNetworkPolicy): Record<string, any>[] {
  if (policy.metricsScrapers.length === 0) {
    return [];
  }
  return [{ from: policy.metricsScrapers, ports: [{ port: 'http-metrics', protocol: 'TCP' }] }];
}

/**
 * Returns the hardened defaults as entries, one per chart value, each with its reason.
 */
export function hardeningEntries(input: HardeningInput): HardeningEntry[] {
  const policy = input.networkPolicy;
  const entries: HardeningEntry[] = [
    {
      path: 'global.priorityClassName',
      value: 'system-cluster-critical',
      reason: 'cert-manager backs admission for its own resources, so its pods must not be evicted before ordinary workloads.',
    },
    {
      path: 'replicaCount',
      value: HARDENED_REPLICAS.controller,
      reason: 'A second controller takes over leader election when the first is drained.',
    },
    {
      path: 'webhook.replicaCount',
      value: HARDENED_REPLICAS.webhook,
      reason: 'Every create or update of a cert-manager resource calls the webhook; three replicas survive a drain and a node failure.',
    },
    {
      path: 'cainjector.replicaCount',
      value: HARDENED_REPLICAS.cainjector,
      reason: 'A second cainjector takes over leader election when the first is drained.',
    },
    {
      path: 'webhook.timeoutSeconds',
      value: 30,
      reason: 'The chart default; kept explicit because a shorter timeout hides the real webhook error.',
    },
  ];

  const components = ['', 'webhook.', 'cainjector.'];
  const componentNames = ['controller', 'webhook', 'cainjector'];
  components.forEach((prefix, i) => {
    const component = componentNames[i];
    const selector = {
      'app.kubernetes.io/name': component === 'controller' ? '{{name}}' : component,
      'app.kubernetes.io/instance': '{{release}}',
      'app.kubernetes.io/component': component,
    };
    entries.push(
      {
        path: `${prefix}podDisruptionBudget`,
        value: { enabled: true, minAvailable: 1 },
        reason: 'Keeps one pod running through voluntary disruptions; below the replica count, so a drain never blocks.',
      },
      {
        path: `${prefix}resources`,
        value: HARDENED_RESOURCES[component],
        reason: 'Requests let the scheduler place the pod; limits keep a runaway process from starving its node.',
      },
      {
        path: `${prefix}topologySpreadConstraints`,
        value: topologySpread(selector),
        reason: 'Spreads replicas over nodes and zones so that one failure does not take them all.',
      },
      {
        path: `${prefix}affinity`,
        value: antiAffinity(selector),
        reason: 'Prefers nodes without another replica of the component.',
      },
      {
        path: `${prefix}networkPolicy.enabled`,
        value: true,
        reason: 'Pods accept and open only the connections they need.',
      },
    );
  });

  for (const component of ['controller', 'webhook', 'cainjector', 'startupapicheck']) {
    const prefix = component === 'controller' ? '' : `${component}.`;
    const id = HARDENED_RUN_AS_IDS[component];
    entries.push(
      {
        path: `${prefix}securityContext`,
        value: podSecurityContext(id),
        reason: 'Pod Security Standard "restricted", with a non-root user and group above 10000 of its own.',
      },
      {
        path: `${prefix}containerSecurityContext`,
        value: containerSecurityContext(id),
        reason: 'Pod Security Standard "restricted": no privilege escalation, no capabilities, read-only root filesystem.',
      },
      {
        path: `${prefix}automountServiceAccountToken`,
        value: false,
        reason: 'The token is mounted from a projected volume instead, only into the cert-manager container.',
      },
      {
        path: `${prefix}serviceAccount.automountServiceAccountToken`,
        value: false,
        reason: 'No pod that uses the ServiceAccount gets a token unless it asks for one.',
      },
      {
        path: `${prefix}volumes`,
        value: [tokenVolume()],
        reason: 'A bound token that expires after an hour, with the cluster CA and the namespace, replaces the automounted token.',
      },
      {
        path: `${prefix}volumeMounts`,
        value: [tokenVolumeMount()],
        reason: 'Mounted read-only into the cert-manager container only, never into sidecars or init containers.',
      },
    );
  }
  entries.push({
    path: 'startupapicheck.resources',
    value: HARDENED_RESOURCES.startupapicheck,
    reason: 'Requests let the scheduler place the pod; limits keep a runaway process from starving its node.',
  });

  entries.push(
    {
      path: 'networkPolicy.ingress',
      value: metricsIngress(policy),
      reason: 'The controller serves only metrics to other pods; health probes come from the kubelet, which NetworkPolicies do not restrict.',
    },
    {
      path: 'networkPolicy.egress',
      value: [apiServerEgress(policy), dnsEgress(policy)],
      reason: 'The controller reaches the API server and DNS; issuer endpoints are added from the declared issuers.',
    },
    {
      path: 'webhook.networkPolicy.ingress',
      value: [
        {
          from: policy.apiServerCidrs.map((cidr) => ({ ipBlock: { cidr } })),
          ports: [{ port: 'https', protocol: 'TCP' }],
        },
        ...metricsIngress(policy),
      ],
      reason: 'Only the API server calls the webhook, on its secure port.',
    },
    {
      path: 'webhook.networkPolicy.egress',
      value: [apiServerEgress(policy), dnsEgress(policy)],
      reason: 'The webhook reads its serving certificate and configuration from the API server.',
    },
    {
      path: 'cainjector.networkPolicy.ingress',
      value: metricsIngress(policy),
      reason: 'cainjector serves only metrics.',
    },
    {
      path: 'cainjector.networkPolicy.egress',
      value: [apiServerEgress(policy), dnsEgress(policy)],
      reason: 'cainjector only talks to the API server.',
    },
  );

  if (input.cainjectorNamespaced) {
    entries.push({
      path: 'cainjector.extraArgs',
      value: [`--namespace=${input.namespace}`, '--enable-certificates-data-source=false'],
      reason: 'cainjector caches only the Secrets of the install namespace, which bounds its memory, and stops reading Certificates it does not need.',
    });
  }
  return entries;
}

/**
 * Builds a chart values object from hardening entries, to merge between the chart defaults and
 * the user's values. Placeholders `{{name}}` and `{{release}}` in label values are replaced with
 * the chart name and release name.
 */
export function hardeningValues(entries: HardeningEntry[], names: { name: string; release: string }): Record<string, any> {
  const values: Record<string, any> = {};
  for (const entry of entries) {
    mergeInto(values, nestAt(entry.path, substitute(entry.value, names)));
  }
  return values;
}

function nestAt(path: string, value: any): Record<string, any> {
  const keys = path.split('.');
  let nested: any = value;
  for (let i = keys.length - 1; i >= 0; i--) {
    nested = { [keys[i]]: nested };
  }
  return nested;
}

function substitute(value: any, names: { name: string; release: string }): any {
  if (typeof value === 'string') {
    return value.replace('{{name}}', names.name).replace('{{release}}', names.release);
  }
  if (Array.isArray(value)) {
    return value.map((item) => substitute(item, names));
  }
  if (value !== null && typeof value === 'object') {
    const result: Record<string, any> = {};
    for (const [key, item] of Object.entries(value)) {
      result[key] = substitute(item, names);
    }
    return result;
  }
  return value;
}

/**
 * Keeps hardened defaults that the user's values would otherwise undo by accident, after the
 * merge where lists replace. Changes `merged` in place and returns it:
 *
 * - a component whose token is not automounted gets the projected token mount added to the
 *   user's own `volumeMounts` unless they mount something else at the token path, and the
 *   projected token volume added to their `volumes` when that mount names it;
 * - a PodDisruptionBudget where the user sets only `maxUnavailable` loses the hardened
 *   `minAvailable`, because Kubernetes rejects a budget with both;
 * - with `prometheus.enabled` false the webhook and cainjector serve no metrics port, so the
 *   hardened metrics ingress rule is dropped from their policies (the controller keeps its
 *   metrics listener either way).
 */
export function reconcileHardening(merged: Record<string, any>, userValues: Record<string, any>): Record<string, any> {
  // The caller owns `merged`, so it is changed in place.
  const values = merged;
  for (const prefix of ['', 'webhook', 'cainjector', 'startupapicheck']) {
    const component = prefix === '' ? values : values[prefix];
    const user = (prefix === '' ? userValues : userValues[prefix]) ?? {};
    if (!component) {
      continue;
    }
    if (component.automountServiceAccountToken === false) {
      const mounts: any[] = Array.isArray(component.volumeMounts) ? component.volumeMounts : [];
      const tokenMount = mounts.find((m) => m?.mountPath === TOKEN_MOUNT_PATH);
      if (!tokenMount) {
        component.volumeMounts = [...mounts, tokenVolumeMount()];
      }
      const volumes: any[] = Array.isArray(component.volumes) ? component.volumes : [];
      const volumeName = tokenMount?.name ?? TOKEN_VOLUME_NAME;
      if (volumeName === TOKEN_VOLUME_NAME && !volumes.some((v) => v?.name === TOKEN_VOLUME_NAME)) {
        component.volumes = [...volumes, tokenVolume()];
      }
    }
    const policy = component.networkPolicy;
    const servesNoMetrics = !values.prometheus?.enabled && (prefix === 'webhook' || prefix === 'cainjector');
    if (servesNoMetrics && policy && Array.isArray(policy.ingress) && user.networkPolicy?.ingress === undefined) {
      policy.ingress = policy.ingress.filter((rule: any) => !(rule.ports ?? []).every((p: any) => p.port === 'http-metrics'));
    }
    const userBudget = user.podDisruptionBudget ?? {};
    const budget = component.podDisruptionBudget;
    if (budget && userBudget.maxUnavailable !== undefined && userBudget.maxUnavailable !== null
      && (userBudget.minAvailable === undefined || userBudget.minAvailable === null)) {
      delete budget.minAvailable;
    }
  }
  return values;
}
