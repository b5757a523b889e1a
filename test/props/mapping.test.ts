import * as fs from 'fs';
import * as path from 'path';
import { Duration } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { fullProps } from './full-props';
import { ChartValuesProps, DnsPolicy, ImagePullPolicy, IpFamily, IpFamilyPolicy, UnhealthyPodEvictionPolicy, WebhookServiceType } from '../../src/props';
import { propsToValues } from '../../src/props/to-values';

/** Chart values that have no typed prop, each for a reason given in docs/helm-values.md. */
const WITHOUT_PROP = [
  'acmesolver.image.pullPolicy', 'enabled', 'global.podSecurityPolicy.enabled', 'global.podSecurityPolicy.useAppArmor',
  'installCRDs', 'namespace',
];

function leafPaths(): string[] {
  const tsv = fs.readFileSync(path.join(__dirname, '../fixtures/helm/matrix/LEAVES.tsv'), 'utf8');
  return tsv.trim().split('\n').slice(1).map((line) => line.split('\t')[0]);
}

function at(values: any, dotted: string): any {
  return dotted.split('.').reduce((current, key) => (current === undefined ? undefined : current[key]), values);
}

type Case = [string, ChartValuesProps, string, any];

function runCases(cases: Case[]) {
  test.each(cases)('%s', (_name, props, helmPath, expected) => {
    const values = propsToValues(props);

    expect(at(values, helmPath)).toEqual(expected);
  });
}

describe('props to values', () => {
  test('full props set every chart leaf with a prop', () => {
    // Kubernetes takes only one of minAvailable and maxUnavailable, so a second object sets the latter.
    const maxUnavailable = { podDisruptionBudget: { maxUnavailable: k8s.IntOrString.fromString('25%') } };
    const values = propsToValues(fullProps());
    const budgetValues = propsToValues({ controller: maxUnavailable, webhook: maxUnavailable, cainjector: maxUnavailable });

    const missing = leafPaths().filter((leaf) =>
      !WITHOUT_PROP.includes(leaf) && at(values, leaf) === undefined && at(budgetValues, leaf) === undefined);
    expect(missing).toEqual([]);
  });

  test('full props set no chart value without a prop', () => {
    const values = propsToValues(fullProps());

    for (const leaf of WITHOUT_PROP) {
      expect(at(values, leaf)).toBeUndefined();
    }
  });

  test('empty props give empty values', () => {
    expect(propsToValues({})).toEqual({});
  });

  test('values hold only the props set', () => {
    expect(propsToValues({ webhook: { securePort: 10260 } })).toEqual({ webhook: { securePort: 10260 } });
  });

  test('top-level keys of the install construct are ignored', () => {
    const props = { releaseName: 'certs', namespace: 'platform', hardened: true, crds: { enabled: true } } as ChartValuesProps;

    expect(propsToValues(props)).toEqual({ crds: { enabled: true } });
  });

  test('undefined props are left out', () => {
    expect(propsToValues({ controller: { replicas: undefined, podLabels: { a: 'b', c: undefined as any } } })).toEqual({ podLabels: { a: 'b' } });
  });
});

describe('global props', () => {
  runCases([
    ['global common labels', { global: { commonLabels: { env: 'prod' } } }, 'global.commonLabels', { env: 'prod' }],
    ['global host users', { global: { hostUsers: false } }, 'global.hostUsers', false],
    ['global image pull secrets', { global: { imagePullSecrets: [{ name: 'creds' }] } }, 'global.imagePullSecrets', [{ name: 'creds' }]],
    ['global lease namespace', { global: { leaderElection: { namespace: 'cert-manager' } } }, 'global.leaderElection.namespace', 'cert-manager'],
    ['global lease duration', { global: { leaderElection: { leaseDuration: Duration.minutes(2) } } }, 'global.leaderElection.leaseDuration', '120s'],
    ['global renew deadline', { global: { leaderElection: { renewDeadline: Duration.seconds(30) } } }, 'global.leaderElection.renewDeadline', '30s'],
    ['global retry period', { global: { leaderElection: { retryPeriod: Duration.millis(2500) } } }, 'global.leaderElection.retryPeriod', '2500ms'],
    ['global log level', { global: { logLevel: 0 } }, 'global.logLevel', 0],
    ['global node selector', { global: { nodeSelector: { pool: 'infra' } } }, 'global.nodeSelector', { pool: 'infra' }],
    ['global priority class', { global: { priorityClassName: 'system-cluster-critical' } }, 'global.priorityClassName', 'system-cluster-critical'],
    ['global rbac create', { global: { rbac: { create: false } } }, 'global.rbac.create', false],
    ['global rbac aggregation', { global: { rbac: { aggregateClusterRoles: false } } }, 'global.rbac.aggregateClusterRoles', false],
    ['global revision history', { global: { revisionHistoryLimit: 0 } }, 'global.revisionHistoryLimit', 0],
    ['global runtime class', { global: { runtimeClassName: 'gvisor' } }, 'global.runtimeClassName', 'gvisor'],
  ]);
});

describe('controller props', () => {
  runCases([
    ['controller replicas become replicaCount', { controller: { replicas: 2 } }, 'replicaCount', 2],
    ['controller image tag', { controller: { image: { tag: 'v1.21.0' } } }, 'image.tag', 'v1.21.0'],
    ['controller pull policy', { controller: { image: { pullPolicy: ImagePullPolicy.NEVER } } }, 'image.pullPolicy', 'Never'],
    ['controller resources quantities', {
      controller: { resources: { requests: { cpu: k8s.Quantity.fromString('250m'), memory: k8s.Quantity.fromNumber(1048576) } } },
    }, 'resources', { requests: { cpu: '250m', memory: 1048576 } }],
    ['controller pdb min available', { controller: { podDisruptionBudget: { minAvailable: k8s.IntOrString.fromNumber(1) } } }, 'podDisruptionBudget.minAvailable', 1],
    ['controller pdb eviction policy', {
      controller: { podDisruptionBudget: { unhealthyPodEvictionPolicy: UnhealthyPodEvictionPolicy.ALWAYS_ALLOW } },
    }, 'podDisruptionBudget.unhealthyPodEvictionPolicy', 'AlwaysAllow'],
    ['controller feature gates', { controller: { featureGates: { A: true, B: false } } }, 'featureGates', 'A=true,B=false'],
    ['controller liveness probe', { controller: { livenessProbe: { enabled: false } } }, 'livenessProbe', { enabled: false }],
    ['controller cluster resource namespace', { controller: { clusterResourceNamespace: 'issuers' } }, 'clusterResourceNamespace', 'issuers'],
    ['controller max challenges', { controller: { maxConcurrentChallenges: 10 } }, 'maxConcurrentChallenges', 10],
    ['controller owner ref', { controller: { enableCertificateOwnerRef: true } }, 'enableCertificateOwnerRef', true],
    ['controller dns01 nameservers', {
      controller: { dns01RecursiveNameservers: ['1.1.1.1:53', '[2606:4700::1111]:53', 'https://1.1.1.1/dns-query'] },
    }, 'dns01RecursiveNameservers', '1.1.1.1:53,[2606:4700::1111]:53,https://1.1.1.1/dns-query'],
    ['controller dns01 nameservers only', { controller: { dns01RecursiveNameserversOnly: true } }, 'dns01RecursiveNameserversOnly', true],
    ['controller auto approval', { controller: { disableAutoApproval: true } }, 'disableAutoApproval', true],
    ['controller signer names empty', { controller: { approveSignerNames: [] } }, 'approveSignerNames', []],
    ['controller ingress shim', { controller: { ingressShim: { defaultIssuerKind: 'ClusterIssuer' } } }, 'ingressShim', { defaultIssuerKind: 'ClusterIssuer' }],
    ['controller http proxy', { controller: { httpProxy: 'http://proxy:3128' } }, 'http_proxy', 'http://proxy:3128'],
    ['controller https proxy', { controller: { httpsProxy: 'http://proxy:3128' } }, 'https_proxy', 'http://proxy:3128'],
    ['controller no proxy', { controller: { noProxy: '.svc' } }, 'no_proxy', '.svc'],
    ['controller extra container host ip', {
      controller: { extraContainers: [{ name: 'proxy', ports: [{ containerPort: 8080, hostIp: '127.0.0.1' }] }] },
    }, 'extraContainers', [{ name: 'proxy', ports: [{ containerPort: 8080, hostIP: '127.0.0.1' }] }]],
    ['controller host aliases', { controller: { hostAliases: [{ ip: '10.0.0.1', hostnames: ['acme'] }] } }, 'hostAliases', [{ ip: '10.0.0.1', hostnames: ['acme'] }]],
    ['controller dns policy', { controller: { dnsPolicy: DnsPolicy.DEFAULT } }, 'podDnsPolicy', 'Default'],
    ['controller dns config', { controller: { dnsConfig: { nameservers: ['10.0.0.53'] } } }, 'podDnsConfig', { nameservers: ['10.0.0.53'] }],
    ['controller ip family policy', { controller: { serviceIPFamilyPolicy: IpFamilyPolicy.REQUIRE_DUAL_STACK } }, 'serviceIPFamilyPolicy', 'RequireDualStack'],
    ['controller ip families', { controller: { serviceIPFamilies: [IpFamily.IPV6] } }, 'serviceIPFamilies', ['IPv6']],
    ['controller network policy', {
      controller: { networkPolicy: { ingress: [{ ports: [{ port: k8s.IntOrString.fromString('http-metrics') }] }] } },
    }, 'networkPolicy.ingress', [{ ports: [{ port: 'http-metrics' }] }]],
    ['controller healthz port', { controller: { healthzPort: 9500 } }, 'config', { healthzListenAddress: '0.0.0.0:9500' }],
    ['controller metrics port', { controller: { metricsPort: 9600 } }, 'config', { metricsListenAddress: '0.0.0.0:9600' }],
    ['controller ports merge with config', {
      controller: { healthzPort: 9500, metricsPort: 9600, config: { logging: { format: 'json' } } },
    }, 'config', { logging: { format: 'json' }, healthzListenAddress: '0.0.0.0:9500', metricsListenAddress: '0.0.0.0:9600' }],
    ['controller port agrees with config', {
      controller: { healthzPort: 9500, config: { healthzListenAddress: '127.0.0.1:9500' } },
    }, 'config', { healthzListenAddress: '127.0.0.1:9500' }],
  ]);
});

describe('webhook props', () => {
  runCases([
    ['webhook replicas become replicaCount', { webhook: { replicas: 3 } }, 'webhook.replicaCount', 3],
    ['webhook secure port', { webhook: { securePort: 10260 } }, 'webhook.securePort', 10260],
    ['webhook timeout seconds', { webhook: { timeoutSeconds: 1 } }, 'webhook.timeoutSeconds', 1],
    ['webhook host network', { webhook: { hostNetwork: true } }, 'webhook.hostNetwork', true],
    ['webhook service type', { webhook: { serviceType: WebhookServiceType.NODE_PORT } }, 'webhook.serviceType', 'NodePort'],
    ['webhook load balancer ip', { webhook: { loadBalancerIP: '192.0.2.1' } }, 'webhook.loadBalancerIP', '192.0.2.1'],
    ['webhook url host', { webhook: { url: { host: 'webhook.example.com:8443' } } }, 'webhook.url', { host: 'webhook.example.com:8443' }],
    ['webhook validating annotations', {
      webhook: { validatingWebhookConfiguration: { annotations: { a: 'b' } } },
    }, 'webhook.validatingWebhookConfigurationAnnotations', { a: 'b' }],
    ['webhook mutating annotations', {
      webhook: { mutatingWebhookConfiguration: { annotations: { a: 'b' } } },
    }, 'webhook.mutatingWebhookConfigurationAnnotations', { a: 'b' }],
    ['webhook validating selector', {
      webhook: { validatingWebhookConfiguration: { namespaceSelector: { matchLabels: { validate: 'yes' } } } },
    }, 'webhook.validatingWebhookConfiguration.namespaceSelector', { matchLabels: { validate: 'yes' } }],
    ['webhook readiness probe', { webhook: { readinessProbe: { periodSeconds: 2 } } }, 'webhook.readinessProbe', { periodSeconds: 2 }],
    ['webhook client subjects', { webhook: { apiserverClientCertSubjects: ['a', 'b'] } }, 'webhook.apiserverClientCertSubjects', 'a,b'],
    ['webhook client ca file', { webhook: { clientCAFile: '/ca/ca.crt' } }, 'webhook.clientCAFile', '/ca/ca.crt'],
    ['webhook config', { webhook: { config: { securePort: 10260 } } }, 'webhook.config', { securePort: 10260 }],
    ['webhook config agrees with port', { webhook: { securePort: 10260, config: { securePort: 10260 } } }, 'webhook.securePort', 10260],
  ]);
});

describe('cainjector props', () => {
  runCases([
    ['cainjector enabled', { cainjector: { enabled: false } }, 'cainjector.enabled', false],
    ['cainjector replicas', { cainjector: { replicas: 0 } }, 'cainjector.replicaCount', 0],
    ['cainjector extra args', { cainjector: { extraArgs: ['--namespace=cert-manager'] } }, 'cainjector.extraArgs', ['--namespace=cert-manager']],
    ['cainjector service account', {
      cainjector: { serviceAccount: { create: false, name: 'injector' } },
    }, 'cainjector.serviceAccount', { create: false, name: 'injector' }],
    ['cainjector volumes rename fields', {
      cainjector: { volumes: [{ name: 'api', downwardApi: { items: [{ path: 'ns', fieldRef: { fieldPath: 'metadata.namespace' } }] } }] },
    }, 'cainjector.volumes', [{ name: 'api', downwardAPI: { items: [{ path: 'ns', fieldRef: { fieldPath: 'metadata.namespace' } }] } }]],
  ]);
});

describe('acmesolver props', () => {
  runCases([
    ['acmesolver image', { acmesolver: { image: { repository: 'mirror/acmesolver', tag: 'v1' } } }, 'acmesolver.image', { repository: 'mirror/acmesolver', tag: 'v1' }],
    ['acmesolver runtime class', { acmesolver: { runtimeClassName: 'gvisor' } }, 'acmesolver.runtimeClassName', 'gvisor'],
  ]);
});

describe('startupapicheck props', () => {
  runCases([
    ['startupapicheck enabled', { startupapicheck: { enabled: false } }, 'startupapicheck.enabled', false],
    ['startupapicheck timeout', { startupapicheck: { timeout: Duration.minutes(5) } }, 'startupapicheck.timeout', '300s'],
    ['startupapicheck backoff limit', { startupapicheck: { backoffLimit: 0 } }, 'startupapicheck.backoffLimit', 0],
    ['startupapicheck ttl', { startupapicheck: { ttlSecondsAfterFinished: 0 } }, 'startupapicheck.ttlSecondsAfterFinished', 0],
    ['startupapicheck job annotations', { startupapicheck: { jobAnnotations: {} } }, 'startupapicheck.jobAnnotations', {}],
    ['startupapicheck rbac annotations', { startupapicheck: { rbac: { annotations: { a: 'b' } } } }, 'startupapicheck.rbac.annotations', { a: 'b' }],
  ]);
});

describe('crds and prometheus props', () => {
  runCases([
    ['crds enabled', { crds: { enabled: true } }, 'crds.enabled', true],
    ['crds keep', { crds: { keep: false } }, 'crds.keep', false],
    ['prometheus enabled', { prometheus: { enabled: false } }, 'prometheus.enabled', false],
    ['servicemonitor interval', { prometheus: { servicemonitor: { interval: Duration.seconds(30) } } }, 'prometheus.servicemonitor.interval', '30s'],
    ['podmonitor scrape timeout', { prometheus: { podmonitor: { scrapeTimeout: Duration.seconds(15) } } }, 'prometheus.podmonitor.scrapeTimeout', '15s'],
    ['podmonitor endpoint properties', {
      prometheus: { podmonitor: { endpointAdditionalProperties: { metricRelabelings: [{ action: 'drop' }] } } },
    }, 'prometheus.podmonitor.endpointAdditionalProperties', { metricRelabelings: [{ action: 'drop' }] }],
  ]);
});

describe('top-level props', () => {
  runCases([
    ['image registry', { imageRegistry: 'registry.example.com' }, 'imageRegistry', 'registry.example.com'],
    ['image registry empty', { imageRegistry: '' }, 'imageRegistry', ''],
    ['image namespace', { imageNamespace: 'mirror' }, 'imageNamespace', 'mirror'],
    ['name override', { nameOverride: 'certs' }, 'nameOverride', 'certs'],
    ['fullname override', { fullnameOverride: 'platform-certs' }, 'fullnameOverride', 'platform-certs'],
    ['creator', { creator: 'static' }, 'creator', 'static'],
    ['extra objects', { extraObjects: ['kind: ConfigMap'] }, 'extraObjects', ['kind: ConfigMap']],
  ]);
});
