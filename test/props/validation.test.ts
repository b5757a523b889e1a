import { Duration } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { ChartValuesProps } from '../../src/props';
import { propsToValues } from '../../src/props/to-values';

/** Props as a JavaScript caller might pass them, bypassing the compiler's checks. */
function loose(props: any): ChartValuesProps {
  return props as ChartValuesProps;
}

type ErrorCase = [string, ChartValuesProps, RegExp];

function runErrorCases(cases: ErrorCase[]) {
  test.each(cases)('throws on %s', (_name, props, message) => {
    expect(() => propsToValues(props)).toThrow(message);
  });
}

describe('port checks', () => {
  runErrorCases([
    ['webhook secure port above range', { webhook: { securePort: 70000 } },
      /^Invalid webhook\.securePort: 70000\. It must be an integer from 1 to 65535\. Choose a port number/],
    ['webhook secure port zero', { webhook: { securePort: 0 } }, /Invalid webhook\.securePort: 0\./],
    ['webhook secure port fraction', { webhook: { securePort: 443.5 } }, /Invalid webhook\.securePort: 443\.5\./],
    ['healthz port zero', { controller: { healthzPort: 0 } }, /Invalid controller\.healthzPort: 0\. It must be an integer from 1 to 65535/],
    ['metrics port string', loose({ controller: { metricsPort: '9402' } }), /Invalid controller\.metricsPort: '9402'\./],
  ]);
});

describe('count checks', () => {
  runErrorCases([
    ['negative controller replicas', { controller: { replicas: -1 } },
      /^Invalid controller\.replicas: -1\. It must be an integer of at least 0\. Set a whole number of replicas/],
    ['fractional webhook replicas', { webhook: { replicas: 1.5 } }, /Invalid webhook\.replicas: 1\.5\./],
    ['webhook timeout above 30', { webhook: { timeoutSeconds: 31 } },
      /Invalid webhook\.timeoutSeconds: 31\. It must be an integer from 1 to 30\. Kubernetes accepts 1 to 30 seconds/],
    ['webhook timeout zero', { webhook: { timeoutSeconds: 0 } }, /Invalid webhook\.timeoutSeconds: 0\./],
    ['negative log level', { global: { logLevel: -1 } }, /Invalid global\.logLevel: -1\./],
    ['zero max challenges', { controller: { maxConcurrentChallenges: 0 } }, /Invalid controller\.maxConcurrentChallenges: 0\. It must be an integer of at least 1/],
    ['negative backoff limit', { startupapicheck: { backoffLimit: -2 } }, /Invalid startupapicheck\.backoffLimit: -2\./],
    ['zero probe period', { webhook: { readinessProbe: { periodSeconds: 0 } } }, /Invalid webhook\.readinessProbe\.periodSeconds: 0\./],
    ['liveness success threshold above 1', { controller: { livenessProbe: { successThreshold: 2 } } },
      /Invalid controller\.livenessProbe\.successThreshold: 2\. It must be an integer from 1 to 1\. Kubernetes requires 1 for a liveness probe/],
  ]);
});

describe('name checks', () => {
  runErrorCases([
    ['cluster resource namespace with capitals', { controller: { clusterResourceNamespace: 'Cert-Manager' } },
      /^Invalid controller\.clusterResourceNamespace: 'Cert-Manager'\. It must be a DNS label/],
    ['lease namespace too long', { global: { leaderElection: { namespace: 'a'.repeat(64) } } }, /Invalid global\.leaderElection\.namespace: 'a{64}'\./],
    ['monitor namespace with dot', { prometheus: { servicemonitor: { namespace: 'monitoring.prod' } } }, /Invalid prometheus\.servicemonitor\.namespace: 'monitoring\.prod'\./],
    ['fullname override starting with digit', { fullnameOverride: '1certs' },
      /Invalid fullnameOverride: '1certs'\. It must be at most 63 lowercase letters, digits and hyphens, starting with a letter/],
    ['name override with underscore', { nameOverride: 'cert_manager' }, /Invalid nameOverride: 'cert_manager'\./],
    ['service account name with space', { webhook: { serviceAccount: { name: 'web hook' } } },
      /Invalid webhook\.serviceAccount\.name: 'web hook'\. It must be a DNS subdomain/],
    ['priority class with capitals', { global: { priorityClassName: 'High' } }, /Invalid global\.priorityClassName: 'High'\./],
  ]);
});

describe('enum checks', () => {
  runErrorCases([
    ['unknown pull policy', loose({ cainjector: { image: { pullPolicy: 'Sometimes' } } }),
      /^Invalid cainjector\.image\.pullPolicy: 'Sometimes'\. It must be one of 'Always', 'IfNotPresent', 'Never'\. Use a member of ImagePullPolicy\./],
    ['external name service type', loose({ webhook: { serviceType: 'ExternalName' } }), /Invalid webhook\.serviceType: 'ExternalName'\./],
    ['unknown dns policy', loose({ controller: { dnsPolicy: 'ClusterLast' } }), /Invalid controller\.dnsPolicy: 'ClusterLast'\./],
    ['unknown ip family', loose({ webhook: { serviceIPFamilies: ['IPv5'] } }), /Invalid webhook\.serviceIPFamilies\[0\]: 'IPv5'\./],
    ['unknown ip family policy', loose({ controller: { serviceIPFamilyPolicy: 'DualStack' } }), /Invalid controller\.serviceIPFamilyPolicy: 'DualStack'\./],
    ['unknown eviction policy', loose({ webhook: { podDisruptionBudget: { unhealthyPodEvictionPolicy: 'Never' } } }),
      /Invalid webhook\.podDisruptionBudget\.unhealthyPodEvictionPolicy: 'Never'\./],
  ]);
});

describe('shape checks', () => {
  runErrorCases([
    ['label with number value', loose({ controller: { podLabels: { tier: 1 } } }),
      /Invalid controller\.podLabels\['tier'\]: 1\. It must be a string\. Quote numbers and booleans/],
    ['annotations as list', loose({ webhook: { podAnnotations: ['a'] } }), /Invalid webhook\.podAnnotations: \["a"\]\. It must be a map of strings/],
    ['extra arg number', loose({ controller: { extraArgs: [1] } }), /Invalid controller\.extraArgs\[0\]: 1\. It must be a string/],
    ['tolerations as object', loose({ controller: { tolerations: { key: 'a' } } }), /Invalid controller\.tolerations: \{"key":"a"\}\. It must be a list of k8s\.Toleration/],
    ['volume as string', loose({ startupapicheck: { volumes: ['tmp'] } }), /Invalid startupapicheck\.volumes\[0\]: 'tmp'\. It must be an object of type k8s\.Volume/],
    ['affinity as list', loose({ webhook: { affinity: [] } }), /Invalid webhook\.affinity: \[\]\. It must be an object of type k8s\.Affinity/],
    ['config as string', loose({ cainjector: { config: 'a: b' } }), /Invalid cainjector\.config: 'a: b'\. It must be an object/],
    ['boolean as string', loose({ crds: { enabled: 'true' } }), /Invalid crds\.enabled: 'true'\. It must be true or false/],
    ['empty image name', { controller: { image: { name: '' } } }, /Invalid controller\.image\.name: ''\. It must be a non-empty string/],
    ['group that is not an object', loose({ webhook: 5 }), /Invalid webhook: 5\. It must be an object of settings/],
    ['misspelled prop', loose({ webhook: { securPort: 10250 } }),
      /^Unknown prop webhook\.securPort\. webhook accepts .*securePort.*\. Did you mean webhook\.securePort\?$/],
    ['misspelled nested prop', loose({ controller: { podDisruptionBudget: { minAvailible: 1 } } }),
      /^Unknown prop controller\.podDisruptionBudget\.minAvailible\..*Did you mean controller\.podDisruptionBudget\.minAvailable\?$/],
    ['unrelated unknown prop', loose({ crds: { install: true } }),
      /^Unknown prop crds\.install\. crds accepts enabled, keep\. Check the spelling of 'install'\.$/],
    ['helm name for typed prop', loose({ webhook: { replicaCount: 2 } }),
      /^Unknown prop webhook\.replicaCount\..*Did you mean webhook\.replicas\? It sets the Helm value webhook\.replicaCount\.$/],
    ['helm name of controller value', loose({ controller: { http_proxy: 'http://proxy:3128' } }),
      /Did you mean controller\.httpProxy\? It sets the Helm value http_proxy\.$/],
    ['helm name of moved annotations', loose({ webhook: { validatingWebhookConfigurationAnnotations: {} } }),
      /Did you mean webhook\.validatingWebhookConfiguration\.annotations\? It sets the Helm value webhook\.validatingWebhookConfigurationAnnotations\.$/],
  ]);
});

describe('format checks', () => {
  runErrorCases([
    ['nameserver without port', { controller: { dns01RecursiveNameservers: ['1.1.1.1'] } },
      /Invalid controller\.dns01RecursiveNameservers\[0\]: '1\.1\.1\.1'\. It must be <ip address>:<port> or https:/],
    ['nameserver with comma', { controller: { dns01RecursiveNameservers: ['1.1.1.1:53,8.8.8.8:53'] } },
      /Invalid controller\.dns01RecursiveNameservers\[0\]: '1\.1\.1\.1:53,8\.8\.8\.8:53'\. It must be a non-empty string without commas/],
    ['nameserver port out of range', { controller: { dns01RecursiveNameservers: ['1.1.1.1:99999'] } }, /Invalid controller\.dns01RecursiveNameservers\[0\]/],
    ['doh url without host', { controller: { dns01RecursiveNameservers: ['https:///dns-query'] } }, /It must be an https:\/\/ URL with a host/],
    ['client subject with comma', { webhook: { apiserverClientCertSubjects: ['CN=a,O=b'] } }, /Invalid webhook\.apiserverClientCertSubjects\[0\]: 'CN=a,O=b'\./],
    ['tag with colon', { webhook: { image: { tag: ':v1.21.1' } } }, /Invalid webhook\.image\.tag: ':v1\.21\.1'\. It must be an image tag/],
    ['digest without algorithm', { acmesolver: { image: { digest: 'abc123' } } }, /Invalid acmesolver\.image\.digest: 'abc123'\. It must be an image digest/],
    ['url host with scheme', { webhook: { url: { host: 'https://webhook.example.com' } } },
      /Invalid webhook\.url\.host: 'https:\/\/webhook\.example\.com'\. It must be a host name or IP address/],
    ['feature gate with space', { controller: { featureGates: { 'Server Side': true } } }, /Invalid controller\.featureGates key: 'Server Side'\./],
    ['feature gate not boolean', loose({ webhook: { featureGates: { A: 'true' } } }), /Invalid webhook\.featureGates\.A: 'true'\. It must be true or false/],
    ['pdb percentage above 100', { controller: { podDisruptionBudget: { minAvailable: k8s.IntOrString.fromString('150%') } } },
      /Invalid controller\.podDisruptionBudget\.minAvailable: '150%'\. It must be a whole number of pods, 0 or more, or a percentage/],
    ['pdb negative count', { cainjector: { podDisruptionBudget: { maxUnavailable: k8s.IntOrString.fromNumber(-1) } } },
      /Invalid cainjector\.podDisruptionBudget\.maxUnavailable: -1\./],
    ['duration as string', loose({ startupapicheck: { timeout: '1m' } }), /Invalid startupapicheck\.timeout: '1m'\. It must be a Duration/],
    ['zero duration', { prometheus: { podmonitor: { interval: Duration.seconds(0) } } }, /Invalid prometheus\.podmonitor\.interval: '0ms'\. It must be longer than zero/],
  ]);
});

describe('cross-prop checks', () => {
  runErrorCases([
    ['healthz port unlike config', { controller: { healthzPort: 9500, config: { healthzListenAddress: '0.0.0.0:9403' } } },
      /^controller\.healthzPort is 9500 but controller\.config\.healthzListenAddress is '0\.0\.0\.0:9403'.*Set only controller\.healthzPort, or make controller\.config\.healthzListenAddress end in ':9500'\./],
    ['metrics port unlike config', { controller: { metricsPort: 9402, config: { metricsListenAddress: ':9999' } } },
      /^controller\.metricsPort is 9402 but controller\.config\.metricsListenAddress is ':9999'/],
    ['webhook port unlike config', { webhook: { securePort: 10250, config: { securePort: 10260 } } },
      /^webhook\.securePort is 10250 but webhook\.config\.securePort is 10260; the chart would use 10260/],
    ['pdb with both bounds', {
      webhook: { podDisruptionBudget: { minAvailable: k8s.IntOrString.fromNumber(1), maxUnavailable: k8s.IntOrString.fromNumber(1) } },
    }, /^webhook\.podDisruptionBudget sets both minAvailable and maxUnavailable, which Kubernetes rejects\. Set only one of them\./],
    ['lease not above renew deadline', { global: { leaderElection: { leaseDuration: Duration.seconds(30), renewDeadline: Duration.seconds(30) } } },
      /^global\.leaderElection\.leaseDuration \(30s\) must be longer than global\.leaderElection\.renewDeadline \(30s\)/],
    ['lease below default renew deadline', { global: { leaderElection: { leaseDuration: Duration.seconds(30) } } },
      /global\.leaderElection\.leaseDuration \(30s\) must be longer than global\.leaderElection\.renewDeadline \(40s, the default\)/],
    ['renew deadline near retry period', { global: { leaderElection: { renewDeadline: Duration.seconds(20), retryPeriod: Duration.seconds(17) } } },
      /global\.leaderElection\.renewDeadline \(20s\) must be longer than 1\.2 times global\.leaderElection\.retryPeriod \(17s\)/],
    ['both monitors enabled', { prometheus: { servicemonitor: { enabled: true }, podmonitor: { enabled: true } } },
      /^prometheus\.servicemonitor\.enabled and prometheus\.podmonitor\.enabled are both true/],
    ['scrape timeout above interval', { prometheus: { servicemonitor: { interval: Duration.seconds(10), scrapeTimeout: Duration.seconds(20) } } },
      /prometheus\.servicemonitor\.scrapeTimeout \(20s\) is longer than prometheus\.servicemonitor\.interval \(10s\)/],
    ['interval below default scrape timeout', { prometheus: { podmonitor: { interval: Duration.seconds(15) } } },
      /prometheus\.podmonitor\.scrapeTimeout \(30s\) is longer than prometheus\.podmonitor\.interval \(15s\)/],
  ]);
});

describe('accepted edge values', () => {
  test('leader election at the limits passes', () => {
    const props: ChartValuesProps = {
      global: { leaderElection: { leaseDuration: Duration.seconds(41), renewDeadline: Duration.seconds(40), retryPeriod: Duration.seconds(30) } },
    };

    expect(propsToValues(props).global.leaderElection).toEqual({ leaseDuration: '41s', renewDeadline: '40s', retryPeriod: '30s' });
  });

  test('ports at both ends pass', () => {
    expect(propsToValues({ webhook: { securePort: 1 } }).webhook.securePort).toBe(1);
    expect(propsToValues({ webhook: { securePort: 65535 } }).webhook.securePort).toBe(65535);
  });

  test('one monitor enabled passes', () => {
    const values = propsToValues({ prometheus: { servicemonitor: { enabled: true }, podmonitor: { enabled: false } } });

    expect(values.prometheus.servicemonitor.enabled).toBe(true);
  });
});
