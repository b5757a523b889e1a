import { findManifest, mainContainer, podSpecs, synthFromValues, synthInstall } from '../util/install';

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

describe('default install', () => {
  const manifests = synthInstall();
  const pods = podSpecs(manifests);

  test('has the four cert-manager workloads', () => {
    expect(pods.map((p) => `${p.kind}/${p.owner}`).sort()).toEqual([
      'Deployment/cert-manager',
      'Deployment/cert-manager-cainjector',
      'Deployment/cert-manager-webhook',
      'Job/cert-manager-startupapicheck',
    ]);
  });

  test('service accounts do not automount tokens', () => {
    const accounts = manifests.filter((m) => m.kind === 'ServiceAccount');
    expect(accounts).toHaveLength(4);
    for (const account of accounts) {
      expect(account.automountServiceAccountToken).toBe(false);
    }
  });

  test('pods do not automount tokens', () => {
    for (const pod of pods) {
      expect(pod.spec.automountServiceAccountToken).toBe(false);
    }
  });

  test('pods mount the projected token volume', () => {
    for (const pod of pods) {
      const volume = pod.spec.volumes.find((v: any) => v.name === 'serviceaccount-token');
      expect(volume.projected.defaultMode).toBe(0o444);
      expect(volume.projected.sources).toEqual([
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
        { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
      ]);
      const mount = mainContainer(pod.spec).volumeMounts.find((m: any) => m.mountPath === TOKEN_PATH);
      expect(mount).toEqual({ mountPath: TOKEN_PATH, name: 'serviceaccount-token', readOnly: true });
    }
  });

  test('pods meet pod security restricted', () => {
    for (const pod of pods) {
      expect(pod.spec.securityContext.runAsNonRoot).toBe(true);
      expect(pod.spec.securityContext.seccompProfile).toEqual({ type: 'RuntimeDefault' });
      expect(pod.spec.securityContext.runAsUser).toBeGreaterThan(10000);
      expect(pod.spec.securityContext.runAsGroup).toBeGreaterThan(10000);
      expect(pod.spec.hostNetwork).toBeUndefined();
      for (const container of pod.spec.containers) {
        expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
        expect(container.securityContext.capabilities).toEqual({ drop: ['ALL'] });
        expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
        expect(container.securityContext.runAsNonRoot).toBe(true);
      }
    }
  });

  test('containers have guaranteed resources', () => {
    for (const pod of pods) {
      for (const container of pod.spec.containers) {
        expect(Object.keys(container.resources.requests).sort()).toEqual(['cpu', 'ephemeral-storage', 'memory']);
        expect(container.resources.limits).toEqual(container.resources.requests);
      }
    }
  });

  test('deployments have ha replica counts', () => {
    expect(findManifest(manifests, 'Deployment', 'cert-manager').spec.replicas).toBe(2);
    expect(findManifest(manifests, 'Deployment', 'cert-manager-webhook').spec.replicas).toBe(3);
    expect(findManifest(manifests, 'Deployment', 'cert-manager-cainjector').spec.replicas).toBe(2);
  });

  test('pdbs stay below replicas and select their pods', () => {
    for (const name of ['cert-manager', 'cert-manager-webhook', 'cert-manager-cainjector']) {
      const deployment = findManifest(manifests, 'Deployment', name);
      const pdb = findManifest(manifests, 'PodDisruptionBudget', name);
      expect(pdb.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
      expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    }
  });

  test('topology spread selects own pods', () => {
    for (const pod of pods.filter((p) => p.kind === 'Deployment')) {
      const keys = pod.spec.topologySpreadConstraints.map((c: any) => c.topologyKey);
      expect(keys).toEqual(['kubernetes.io/hostname', 'topology.kubernetes.io/zone']);
      for (const constraint of pod.spec.topologySpreadConstraints) {
        for (const [key, value] of Object.entries(constraint.labelSelector.matchLabels)) {
          expect(pod.labels[key]).toBe(value);
        }
      }
    }
  });

  test('each workload runs as its own user', () => {
    const users = pods.map((p) => p.spec.securityContext.runAsUser);
    expect(new Set(users).size).toBe(pods.length);
  });

  test('namespace denies unlisted traffic', () => {
    const policy = findManifest(manifests, 'NetworkPolicy', 'cert-manager-default-deny');
    expect(policy.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
  });

  test('pods run at system-cluster-critical priority', () => {
    for (const pod of pods) {
      expect(pod.spec.priorityClassName).toBe('system-cluster-critical');
    }
  });

  test('cainjector watches only the install namespace', () => {
    const args = mainContainer(findManifest(manifests, 'Deployment', 'cert-manager-cainjector').spec.template.spec).args;
    expect(args).toContain('--namespace=cert-manager');
    expect(args).toContain('--enable-certificates-data-source=false');
  });

  test('cainjector has no probes', () => {
    const container = mainContainer(findManifest(manifests, 'Deployment', 'cert-manager-cainjector').spec.template.spec);
    expect(container.livenessProbe).toBeUndefined();
    expect(container.readinessProbe).toBeUndefined();
  });

  test('creates no namespace unless asked', () => {
    expect(manifests.filter((m) => m.kind === 'Namespace')).toEqual([]);
  });

  test('namespace quota fits two of every pod', () => {
    const quota = findManifest(manifests, 'ResourceQuota', 'cert-manager-quota');
    // 2 x (2 controllers, 3 webhooks, 2 cainjectors) + 1 startupapicheck
    expect(quota.spec.hard.pods).toBe('15');
    // 2 x (2 x 500m + 3 x 200m + 2 x 200m) + 100m
    expect(quota.spec.hard['requests.cpu']).toBe('4100m');
    // 2 x (2 x 512Mi + 3 x 128Mi + 2 x 256Mi) + 64Mi
    expect(quota.spec.hard['requests.memory']).toBe('3904Mi');
    expect(quota.spec.hard['limits.memory']).toBe('3904Mi');
  });

  test('limit range defaults containers without resources', () => {
    const limits = findManifest(manifests, 'LimitRange', 'cert-manager-defaults').spec.limits[0];
    expect(limits.type).toBe('Container');
    expect(limits.default).toEqual(limits.defaultRequest);
  });

  test('namespace limits can be turned off', () => {
    const kinds = synthInstall({ namespaceLimits: false }).map((m) => m.kind);
    expect(kinds).not.toContain('LimitRange');
    expect(kinds).not.toContain('ResourceQuota');
  });
});

describe('controller liveness probe', () => {
  function controllerOf(manifests: any[]) {
    return mainContainer(findManifest(manifests, 'Deployment', 'cert-manager').spec.template.spec);
  }

  test('defaults to livez on 9403', () => {
    const container = controllerOf(synthInstall());
    expect(container.livenessProbe.httpGet).toEqual({ port: 'http-healthz', path: '/livez', scheme: 'HTTP' });
    expect(container.ports.find((p: any) => p.name === 'http-healthz').containerPort).toBe(9403);
  });

  test.each([9403, 9443, 10443])('healthz port %d moves listener and probe together', (port) => {
    const manifests = synthInstall({ controller: { healthzPort: port } });
    const container = controllerOf(manifests);
    expect(container.ports.find((p: any) => p.name === 'http-healthz').containerPort).toBe(port);
    expect(container.livenessProbe.httpGet.port).toBe('http-healthz');
    if (port !== 9403) {
      const config = findManifest(manifests, 'ConfigMap', 'cert-manager');
      expect(config.data['config.yaml']).toContain(`healthzListenAddress: 0.0.0.0:${port}`);
      expect(container.args).toContain('--config=/var/cert-manager/config/config.yaml');
    }
  });
});

describe('token volume', () => {
  test('is never mounted into a user sidecar', () => {
    const manifests = synthFromValues({
      extraContainers: [{ name: 'proxy', image: 'example.com/proxy:1.0', securityContext: { readOnlyRootFilesystem: true } }],
    });
    const spec = findManifest(manifests, 'Deployment', 'cert-manager').spec.template.spec;
    const sidecar = spec.containers.find((c: any) => c.name === 'proxy');
    expect(sidecar.volumeMounts).toBeUndefined();
    expect(mainContainer(spec).volumeMounts.map((m: any) => m.mountPath)).toContain(TOKEN_PATH);
  });
});

describe('optional objects', () => {
  test('namespace enforces restricted pod security', () => {
    const namespace = findManifest(synthInstall({ createNamespace: true }), 'Namespace', 'cert-manager');
    expect(namespace.metadata.labels['pod-security.kubernetes.io/enforce']).toBe('restricted');
    expect(namespace.metadata.labels['pod-security.kubernetes.io/audit']).toBe('restricted');
    expect(namespace.metadata.labels['pod-security.kubernetes.io/warn']).toBe('restricted');
  });

  test('quota admits critical pods in the namespace', () => {
    const quota = findManifest(synthInstall({ priorityClassQuota: {} }), 'ResourceQuota', 'cert-manager-critical-pods');
    expect(quota.metadata.namespace).toBe('cert-manager');
    expect(quota.spec.scopeSelector.matchExpressions).toEqual([
      { scopeName: 'PriorityClass', operator: 'In', values: ['system-cluster-critical'] },
    ]);
    expect(quota.spec.hard.pods).toBe('15');
  });

  test('cainjector scope can be turned off', () => {
    const manifests = synthInstall({ cainjectorNamespaced: false });
    const args = mainContainer(findManifest(manifests, 'Deployment', 'cert-manager-cainjector').spec.template.spec).args;
    expect(args.filter((a: string) => a.startsWith('--namespace'))).toEqual([]);
  });

  test('cainjector namespace follows the namespace prop', () => {
    const manifests = synthInstall({ namespace: 'platform-tls' });
    const args = mainContainer(findManifest(manifests, 'Deployment', 'cert-manager-cainjector').spec.template.spec).args;
    expect(args).toContain('--namespace=platform-tls');
  });
});

describe('crds prop', () => {
  test('renders the six crds kept on uninstall', () => {
    const crds = synthInstall({ crds: { enabled: true } }).filter((m) => m.kind === 'CustomResourceDefinition');
    expect(crds.map((c) => c.metadata.name).sort()).toEqual([
      'certificaterequests.cert-manager.io', 'certificates.cert-manager.io', 'challenges.acme.cert-manager.io',
      'clusterissuers.cert-manager.io', 'issuers.cert-manager.io', 'orders.acme.cert-manager.io',
    ]);
    for (const crd of crds) {
      expect(crd.metadata.annotations['helm.sh/resource-policy']).toBe('keep');
    }
  });

  test('drops the keep annotation on request', () => {
    const crds = synthInstall({ crds: { enabled: true, keep: false } }).filter((m) => m.kind === 'CustomResourceDefinition');
    expect(crds).toHaveLength(6);
    for (const crd of crds) {
      expect(crd.metadata.annotations?.['helm.sh/resource-policy']).toBeUndefined();
    }
  });

  test('renders no crds by default', () => {
    expect(synthInstall().filter((m) => m.kind === 'CustomResourceDefinition')).toEqual([]);
  });
});
