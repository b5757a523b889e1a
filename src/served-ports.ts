import { yaml } from './private/yaml';

/**
 * Finds what would break the install in the rendered manifests, so that JSON patches are checked
 * too. It reports probes, Service target ports and NetworkPolicy ingress ports that point at a
 * port no container of the selected pods declares. It also reports controller health listeners
 * and liveness probes that miss the `http-healthz` port, a webhook `--secure-port` flag other than
 * its `https` port, mounts of volumes the pod does not define, host-network pods on the kubelet's
 * port, and PodDisruptionBudgets that block every drain.
 *
 * @returns one full sentence per problem
 */
export function findUnservedPorts(manifests: any[]): string[] {
  const problems: string[] = [];
  const workloads = manifests.filter((m) => m?.spec?.template?.spec?.containers);
  for (const workload of workloads) {
    checkProbes(workload, problems);
  }
  for (const service of manifests.filter((m) => m.kind === 'Service')) {
    checkService(service, workloads, problems);
  }
  for (const policy of manifests.filter((m) => m.kind === 'NetworkPolicy')) {
    checkPolicy(policy, workloads, problems);
  }
  checkControllerListener(manifests, problems);
  for (const workload of workloads) {
    checkWorkloadWiring(workload, problems);
  }
  for (const budget of manifests.filter((m) => m.kind === 'PodDisruptionBudget')) {
    checkBudget(budget, workloads, problems);
  }
  return problems;
}

/** The kubelet's API port, which a host-network pod must not take. */
const KUBELET_PORT = 10250;

function checkWorkloadWiring(workload: any, problems: string[]): void {
  const spec = workload.spec.template.spec;
  const where = `${workload.kind} ${workload.metadata.name}`;
  const volumes = new Set((spec.volumes ?? []).map((v: any) => v.name));
  for (const container of [...(spec.initContainers ?? []), ...spec.containers]) {
    for (const mount of container.volumeMounts ?? []) {
      if (!volumes.has(mount.name)) {
        problems.push(`${where}: container '${container.name}' mounts volume '${mount.name}', which the pod does not define. Add the volume or remove the mount.`);
      }
    }
    const ports: Port[] = container.ports ?? [];
    if (spec.hostNetwork === true && ports.some((p) => p.containerPort === KUBELET_PORT)) {
      problems.push(
        `${where}: container '${container.name}' listens on port ${KUBELET_PORT} on the host network, where the kubelet already listens. ` +
        'Move it to another port, for example 10260.');
    }
    const secureFlag = [...(container.args ?? [])].reverse().find((a: unknown) => typeof a === 'string' && a.startsWith('--secure-port='));
    const https = ports.find((p) => p.name === 'https');
    if (secureFlag && https && Number(secureFlag.split('=')[1]) !== https.containerPort) {
      problems.push(
        `${where}: container '${container.name}' serves on ${secureFlag}, but its https port is ${https.containerPort}, so the Service would send the API server's calls to a closed port. ` +
        'Change the webhook securePort prop instead of the flag.');
    }
    const healthz = ports.find((p) => p.name === 'http-healthz');
    const livenessPort = container.livenessProbe?.httpGet?.port;
    if (healthz && livenessPort !== undefined && livenessPort !== 'http-healthz' && livenessPort !== healthz.containerPort) {
      problems.push(
        `${where}: the livenessProbe of container '${container.name}' targets ${JSON.stringify(livenessPort)}, but /livez is served on http-healthz (${healthz.containerPort}). ` +
        'Point the probe at http-healthz.');
    }
  }
}

/** Resolves a PDB count; the disruption controller rounds percentages up for both fields. */
function countOf(value: unknown, replicas: number): number | undefined {
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'string' && /^\d+%$/.test(value)) {
    return Math.ceil((parseInt(value, 10) / 100) * replicas);
  }
  return undefined;
}

function checkBudget(budget: any, workloads: any[], problems: string[]): void {
  const selector = budget.spec?.selector?.matchLabels;
  for (const workload of workloads.filter((w) => w.kind === 'Deployment' && w.metadata.namespace === budget.metadata.namespace
    && matches(selector, podLabels(w)))) {
    const replicas = workload.spec.replicas ?? 1;
    if (replicas === 0) {
      continue;
    }
    const minAvailable = countOf(budget.spec.minAvailable, replicas);
    const maxUnavailable = countOf(budget.spec.maxUnavailable, replicas);
    if ((minAvailable !== undefined && minAvailable >= replicas) || maxUnavailable === 0) {
      problems.push(
        `PodDisruptionBudget ${budget.metadata.name}: Deployment ${workload.metadata.name} has ${replicas} replica(s), and the budget lets none be evicted, so every node drain blocks. ` +
        'Keep minAvailable below the replicas, or maxUnavailable at 1 or more.');
    }
  }
}

type Port = { name?: string; containerPort: number };

function declares(ports: Port[], port: unknown): boolean {
  return ports.some((p) => (typeof port === 'string' ? p.name === port : p.containerPort === port));
}

function checkProbes(workload: any, problems: string[]): void {
  for (const container of workload.spec.template.spec.containers) {
    const ports: Port[] = container.ports ?? [];
    for (const probeName of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
      const probe = container[probeName];
      const port = probe?.httpGet?.port ?? probe?.tcpSocket?.port;
      if (port !== undefined && !declares(ports, port)) {
        problems.push(
          `${workload.kind} ${workload.metadata.name}: the ${probeName} of container '${container.name}' targets port ${JSON.stringify(port)}, ` +
          `which the container does not declare (it declares ${describe(ports)}). Point the probe at a declared port or declare the port.`);
      }
    }
  }
}

function podLabels(workload: any): Record<string, string> {
  return workload.spec.template.metadata?.labels ?? {};
}

function matches(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  return Object.entries(selector ?? {}).every(([key, value]) => labels[key] === value);
}

function podsPorts(workloads: any[], selector: Record<string, string> | undefined, namespace: string | undefined): Port[][] {
  return workloads
    .filter((w) => w.metadata.namespace === namespace && matches(selector, podLabels(w)))
    .map((w) => w.spec.template.spec.containers.flatMap((c: any) => c.ports ?? []));
}

function checkService(service: any, workloads: any[], problems: string[]): void {
  const selector = service.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) {
    return;
  }
  const selected = podsPorts(workloads, selector, service.metadata.namespace);
  if (selected.length === 0) {
    return;
  }
  for (const port of service.spec.ports ?? []) {
    const target = port.targetPort ?? port.port;
    for (const ports of selected) {
      if (!declares(ports, target)) {
        problems.push(
          `Service ${service.metadata.name}: port ${port.port} targets ${JSON.stringify(target)}, which the selected pods do not declare ` +
          `(they declare ${describe(ports)}). Set targetPort to a declared container port.`);
        break;
      }
    }
  }
}

function checkPolicy(policy: any, workloads: any[], problems: string[]): void {
  const selected = podsPorts(workloads, policy.spec?.podSelector?.matchLabels, policy.metadata.namespace);
  for (const rule of policy.spec?.ingress ?? []) {
    for (const port of rule.ports ?? []) {
      for (const ports of selected) {
        if (port.port !== undefined && !declares(ports, port.port)) {
          problems.push(
            `NetworkPolicy ${policy.metadata.name}: ingress port ${JSON.stringify(port.port)} is not served by the selected pods ` +
            `(they declare ${describe(ports)}). Allow only ports the pods serve.`);
          break;
        }
      }
    }
  }
}

/**
 * Checks that the controller's health listener, set by a hidden flag or by the
 * `healthzListenAddress` field of its configuration file, equals the declared `http-healthz`
 * port. Otherwise the liveness probe fails and the kubelet restarts the pod forever.
 */
function checkControllerListener(manifests: any[], problems: string[]): void {
  for (const workload of manifests.filter((m) => m.kind === 'Deployment')) {
    for (const container of workload.spec.template.spec.containers) {
      const declared = (container.ports ?? []).find((p: Port) => p.name === 'http-healthz');
      if (!declared || !Array.isArray(container.args)) {
        continue;
      }
      const listener = listenerPort(container.args, manifests, workload) ?? 9403;
      if (listener !== declared.containerPort) {
        problems.push(
          `Deployment ${workload.metadata.name}: container '${container.name}' serves /livez on port ${listener}, but its http-healthz port is ` +
          `${declared.containerPort}, so the liveness probe would fail. Change both together with the controller's healthzPort prop.`);
      }
    }
  }
}

function listenerPort(args: string[], manifests: any[], workload: any): number | undefined {
  const flag = [...args].reverse().find((a) => a.startsWith('--internal-healthz-listen-address='));
  if (flag) {
    return portOf(flag.split('=')[1]);
  }
  if (!args.includes('--config=/var/cert-manager/config/config.yaml')) {
    return undefined;
  }
  const volume = (workload.spec.template.spec.volumes ?? []).find((v: any) => v.name === 'config');
  const configMap = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === volume?.configMap?.name
    && m.metadata.namespace === workload.metadata.namespace);
  const text = configMap?.data?.['config.yaml'];
  if (typeof text !== 'string') {
    return undefined;
  }
  const config = yaml().parse(text) ?? {};
  return portOf(config.healthzListenAddress);
}

function portOf(address: unknown): number | undefined {
  const match = typeof address === 'string' ? /:(\d+)$/.exec(address) : null;
  return match ? parseInt(match[1], 10) : undefined;
}

function describe(ports: Port[]): string {
  return ports.length === 0 ? 'no ports' : ports.map((p) => (p.name ? `${p.name} ${p.containerPort}` : String(p.containerPort))).join(', ');
}
