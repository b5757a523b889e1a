import { ChartContext, Manifest } from '../../src/chart/context';
import { cainjectorPorts } from '../../src/chart/templates/cainjector';
import { controllerPorts } from '../../src/chart/templates/controller';
import { webhookPorts } from '../../src/chart/templates/webhook';
import { toGoYaml } from '../../src/chart/templates/workload/go-yaml';
import { chartDefaults } from '../../src/values/defaults';
import { mergeValues } from '../../src/values/merge';
import { renderWithValues } from '../util/parity';

function find(objects: Manifest[], kind: string, name: string): Manifest {
  const object = objects.find((candidate) => candidate.kind === kind && candidate.metadata.name === name);
  if (!object) {
    throw new Error(`${kind}/${name} is not rendered; rendered: ${objects.map((o) => `${o.kind}/${o.metadata.name}`).join(', ')}`);
  }
  return object;
}

function contextFor(values: Record<string, any>): ChartContext {
  return new ChartContext({
    releaseName: 'cert-manager',
    releaseNamespace: 'cert-manager',
    values: mergeValues(chartDefaults(), values),
    appVersion: 'v1.21.1',
    chartVersion: 'v1.21.1',
  });
}

function mainContainer(workload: Manifest): any {
  return workload.spec.template.spec.containers[0];
}

function containerPort(workload: Manifest, name: string): number | undefined {
  return mainContainer(workload).ports?.find((port: any) => port.name === name)?.containerPort;
}

describe('controller ports', () => {
  test('controller ports default to cert-manager listeners', () => {
    const deployment = find(renderWithValues({}), 'Deployment', 'cert-manager');
    expect(containerPort(deployment, 'http-metrics')).toBe(9402);
    expect(containerPort(deployment, 'http-healthz')).toBe(9403);
    expect(controllerPorts(contextFor({}))).toEqual({ healthz: 9403, metrics: 9402 });
  });

  test('controller healthz port follows config file', () => {
    const objects = renderWithValues({ config: { healthzListenAddress: '0.0.0.0:9500' } });
    const deployment = find(objects, 'Deployment', 'cert-manager');
    expect(containerPort(deployment, 'http-healthz')).toBe(9500);
    expect(mainContainer(deployment).livenessProbe.httpGet.port).toBe('http-healthz');
    expect(find(objects, 'ConfigMap', 'cert-manager').data['config.yaml']).toContain('healthzListenAddress: 0.0.0.0:9500\n');
  });

  test('controller flags override config file ports', () => {
    // GIVEN both the configuration file and flags, one flag in the two-argument form
    const values = {
      config: { healthzListenAddress: ':9500', metricsListenAddress: ':9501' },
      extraArgs: ['--internal-healthz-listen-address=:9600', '--metrics-listen-address', '[::]:9700'],
    };

    // WHEN
    const deployment = find(renderWithValues(values), 'Deployment', 'cert-manager');

    // THEN
    expect(containerPort(deployment, 'http-healthz')).toBe(9600);
    expect(containerPort(deployment, 'http-metrics')).toBe(9700);
  });

  test('controller last repeated flag wins', () => {
    const ports = controllerPorts(contextFor({ extraArgs: ['--metrics-listen-address=:9700', '--metrics-listen-address=:9800'] }));
    expect(ports.metrics).toBe(9800);
  });

  test('controller metrics port reaches annotation and service', () => {
    const objects = renderWithValues({ config: { metricsListenAddress: '0.0.0.0:9999' } });
    const deployment = find(objects, 'Deployment', 'cert-manager');
    const service = find(objects, 'Service', 'cert-manager');
    expect(containerPort(deployment, 'http-metrics')).toBe(9999);
    expect(deployment.spec.template.metadata.annotations['prometheus.io/port']).toBe('9999');
    expect(service.spec.ports).toEqual([{ protocol: 'TCP', port: 9402, name: 'http-metrics', targetPort: 'http-metrics' }]);
  });

  test('controller service omits target port by default', () => {
    const service = find(renderWithValues({}), 'Service', 'cert-manager');
    expect(service.spec.ports).toEqual([{ protocol: 'TCP', port: 9402, name: 'http-metrics' }]);
  });

  test('fails on controller address without port', () => {
    expect(() => renderWithValues({ config: { metricsListenAddress: 'localhost' } }))
      .toThrow(/config\.metricsListenAddress is 'localhost', which has no TCP port/);
  });

  test('fails on controller flag with port zero', () => {
    expect(() => renderWithValues({ extraArgs: ['--internal-healthz-listen-address=:0'] }))
      .toThrow(/--internal-healthz-listen-address flag in extraArgs is ':0'/);
  });

  test('fails on non-string controller address', () => {
    expect(() => renderWithValues({ config: { healthzListenAddress: 9500 } }))
      .toThrow(/config\.healthzListenAddress must be a string of the form host:port, but it is 9500/);
  });
});

describe('webhook ports', () => {
  test('webhook healthz port reaches container and probes', () => {
    const deployment = find(renderWithValues({ webhook: { config: { healthzPort: 6081 } } }), 'Deployment', 'cert-manager-webhook');
    const container = mainContainer(deployment);
    expect(containerPort(deployment, 'healthcheck')).toBe(6081);
    expect(container.livenessProbe.httpGet.port).toBe('healthcheck');
    expect(container.readinessProbe.httpGet.port).toBe('healthcheck');
  });

  test('webhook healthz flag overrides config file', () => {
    const values = { webhook: { config: { healthzPort: 6081 }, extraArgs: ['--healthz-port=7000'] } };
    expect(webhookPorts(contextFor(values)).healthz).toBe(7000);
    expect(containerPort(find(renderWithValues(values), 'Deployment', 'cert-manager-webhook'), 'healthcheck')).toBe(7000);
  });

  test('webhook secure port flag overrides chart flag', () => {
    const deployment = find(renderWithValues({ webhook: { extraArgs: ['--secure-port=10260'] } }), 'Deployment', 'cert-manager-webhook');
    expect(mainContainer(deployment).args).toContain('--secure-port=10250');
    expect(containerPort(deployment, 'https')).toBe(10260);
  });

  test('webhook config secure port drops chart flag', () => {
    const deployment = find(renderWithValues({ webhook: { config: { securePort: 10300 } } }), 'Deployment', 'cert-manager-webhook');
    expect(mainContainer(deployment).args.some((arg: string) => arg.startsWith('--secure-port='))).toBe(false);
    expect(containerPort(deployment, 'https')).toBe(10300);
  });

  test('webhook metrics port absent without prometheus', () => {
    const values = { prometheus: { enabled: false } };
    const deployment = find(renderWithValues(values), 'Deployment', 'cert-manager-webhook');
    expect(webhookPorts(contextFor(values))).toEqual({ https: 10250, healthz: 6080 });
    expect(containerPort(deployment, 'http-metrics')).toBeUndefined();
    expect(mainContainer(deployment).args.at(-1)).toBe('--metrics-listen-address=0');
  });

  test('webhook metrics port follows config file', () => {
    const values = { webhook: { config: { metricsListenAddress: ':9410' } } };
    const deployment = find(renderWithValues(values), 'Deployment', 'cert-manager-webhook');
    expect(containerPort(deployment, 'http-metrics')).toBe(9410);
    expect(deployment.spec.template.metadata.annotations['prometheus.io/port']).toBe('9410');
  });

  test('fails on webhook metrics off with prometheus', () => {
    expect(() => webhookPorts(contextFor({ webhook: { config: { metricsListenAddress: '0' } } })))
      .toThrow(/metrics listen address is '0'.*Set prometheus.enabled to false/);
  });

  test('fails on webhook healthz port out of range', () => {
    expect(() => webhookPorts(contextFor({ webhook: { config: { healthzPort: 70000 } } })))
      .toThrow(/webhook\.config\.healthzPort is 70000, which is not a TCP port/);
  });
});

describe('cainjector workload', () => {
  test('cainjector container has no probes', () => {
    const container = mainContainer(find(renderWithValues({}), 'Deployment', 'cert-manager-cainjector'));
    expect(container.livenessProbe).toBeUndefined();
    expect(container.readinessProbe).toBeUndefined();
    expect(container.startupProbe).toBeUndefined();
  });

  test('cainjector metrics port follows config file', () => {
    const values = { cainjector: { config: { metricsListenAddress: '0.0.0.0:9420' } } };
    const objects = renderWithValues(values);
    expect(cainjectorPorts(contextFor(values))).toEqual({ metrics: 9420 });
    expect(containerPort(find(objects, 'Deployment', 'cert-manager-cainjector'), 'http-metrics')).toBe(9420);
    expect(find(objects, 'Service', 'cert-manager-cainjector').spec.ports[0].targetPort).toBe('http-metrics');
  });

  test('cainjector ports empty without prometheus', () => {
    expect(cainjectorPorts(contextFor({ prometheus: { enabled: false } }))).toEqual({});
  });

  test('disabled cainjector keeps config map and budget', () => {
    const objects = renderWithValues({ cainjector: { enabled: false, config: { logging: { format: 'json' } }, podDisruptionBudget: { enabled: true } } });
    const cainjectorKinds = objects.filter((o) => o.metadata.name === 'cert-manager-cainjector').map((o) => o.kind).sort();
    expect(cainjectorKinds).toContain('ConfigMap');
    expect(cainjectorKinds).toContain('PodDisruptionBudget');
    expect(cainjectorKinds).not.toContain('Deployment');
    expect(cainjectorKinds).not.toContain('ServiceAccount');
  });
});

describe('node selector merge', () => {
  const selectors = {
    webhook: { nodeSelector: { webhook: 'w' } },
    startupapicheck: { nodeSelector: { startupapicheck: 's' } },
    nodeSelector: { controller: 'c' },
    cainjector: { nodeSelector: { cainjector: 'i' } },
  };

  function nodeSelectors(objects: Manifest[]): Record<string, any> {
    return {
      webhook: find(objects, 'Deployment', 'cert-manager-webhook').spec.template.spec.nodeSelector,
      startupapicheck: find(objects, 'Job', 'cert-manager-startupapicheck').spec.template.spec.nodeSelector,
      controller: find(objects, 'Deployment', 'cert-manager').spec.template.spec.nodeSelector,
      cainjector: find(objects, 'Deployment', 'cert-manager-cainjector').spec.template.spec.nodeSelector,
    };
  }

  test('node selector keys leak in render order', () => {
    // GIVEN a non-empty global.nodeSelector, which the chart merges into in place
    const values = { ...selectors, global: { nodeSelector: { zone: 'a' } } };

    // WHEN
    const result = nodeSelectors(renderWithValues(values));

    // THEN each component also gets the keys of the components Helm renders before it
    const os = { 'kubernetes.io/os': 'linux' };
    expect(result.webhook).toEqual({ zone: 'a', ...os, webhook: 'w' });
    expect(result.startupapicheck).toEqual({ zone: 'a', ...os, webhook: 'w', startupapicheck: 's' });
    expect(result.controller).toEqual({ zone: 'a', ...os, webhook: 'w', startupapicheck: 's', controller: 'c' });
    expect(result.cainjector).toEqual({ zone: 'a', ...os, webhook: 'w', startupapicheck: 's', controller: 'c', cainjector: 'i' });
  });

  test('node selector global key wins', () => {
    const result = nodeSelectors(renderWithValues({ global: { nodeSelector: { 'kubernetes.io/os': 'windows' } } }));
    expect(result.webhook['kubernetes.io/os']).toBe('windows');
    expect(result.cainjector['kubernetes.io/os']).toBe('windows');
  });

  test('node selector stays per component without global', () => {
    const result = nodeSelectors(renderWithValues(selectors));
    expect(result.webhook).toEqual({ 'kubernetes.io/os': 'linux', 'webhook': 'w' });
    expect(result.controller).toEqual({ 'kubernetes.io/os': 'linux', 'controller': 'c' });
  });

  test('node selector skips disabled startupapicheck', () => {
    const objects = renderWithValues({ ...selectors, global: { nodeSelector: { zone: 'a' } }, startupapicheck: { enabled: false, nodeSelector: { startupapicheck: 's' } } });
    expect(find(objects, 'Deployment', 'cert-manager').spec.template.spec.nodeSelector.startupapicheck).toBeUndefined();
  });

  test('node selector values print as strings', () => {
    const result = nodeSelectors(renderWithValues({ webhook: { nodeSelector: { pool: 2, spot: true } } }));
    expect(result.webhook.pool).toBe('2');
    expect(result.webhook.spot).toBe('true');
  });
});

describe('go template printing', () => {
  test('large numbers print in exponent form', () => {
    const args = mainContainer(find(renderWithValues({ maxConcurrentChallenges: 1000000 }), 'Deployment', 'cert-manager')).args;
    expect(args).toContain('--max-concurrent-challenges=1e+06');
  });

  test('unquoted values are typed by yaml', () => {
    const deployment = find(renderWithValues({ replicaCount: '3' }), 'Deployment', 'cert-manager');
    expect(deployment.spec.replicas).toBe(3);
  });

  test('log level zero is passed', () => {
    const args = mainContainer(find(renderWithValues({ global: { logLevel: 0 } }), 'Deployment', 'cert-manager-webhook')).args;
    expect(args[0]).toBe('--v=0');
  });
});

describe('service account annotations', () => {
  test('controller annotations render release fields', () => {
    const values = { serviceAccount: { annotations: { 'example.com/{{ .Release.Name }}': '{{ .Release.Name }}-{{ .Release.Namespace }}' } } };
    const account = find(renderWithValues(values, 'edge', 'pki'), 'ServiceAccount', 'edge-cert-manager');
    expect(account.metadata.annotations).toEqual({ 'example.com/edge': 'edge-pki' });
  });

  test('controller annotation values become strings', () => {
    const account = find(renderWithValues({ serviceAccount: { annotations: { flag: true } } }), 'ServiceAccount', 'cert-manager');
    expect(account.metadata.annotations.flag).toBe('true');
  });

  test('webhook annotations are not templated', () => {
    const values = { webhook: { serviceAccount: { annotations: { note: '{{ .Release.Name }}' } } } };
    const account = find(renderWithValues(values), 'ServiceAccount', 'cert-manager-webhook');
    expect(account.metadata.annotations.note).toBe('{{ .Release.Name }}');
  });
});

describe('pod disruption budget', () => {
  test('budget defaults to one available pod', () => {
    const budget = find(renderWithValues({ podDisruptionBudget: { enabled: true } }), 'PodDisruptionBudget', 'cert-manager');
    expect(budget.spec.minAvailable).toBe(1);
    expect(budget.spec.maxUnavailable).toBeUndefined();
  });

  test('budget keeps percentage strings', () => {
    const budget = find(renderWithValues({ webhook: { podDisruptionBudget: { enabled: true, maxUnavailable: '50%' } } }), 'PodDisruptionBudget', 'cert-manager-webhook');
    expect(budget.spec.maxUnavailable).toBe('50%');
    expect(budget.spec.minAvailable).toBeUndefined();
  });
});

describe('config map text', () => {
  test('config map fills api version and kind', () => {
    const configMap = find(renderWithValues({ webhook: { config: { securePort: 10300 } } }), 'ConfigMap', 'cert-manager-webhook');
    expect(configMap.data['config.yaml']).toBe(
      'apiVersion: webhook.config.cert-manager.io/v1alpha1\nkind: WebhookConfiguration\nsecurePort: 10300\n');
  });

  test('config map ends with one newline', () => {
    const configMap = find(renderWithValues({ config: { note: 'kept\n\n' } }), 'ConfigMap', 'cert-manager');
    expect(configMap.data['config.yaml']).toBe('apiVersion: controller.config.cert-manager.io/v1alpha1\nkind: ControllerConfiguration\nnote: |+\n  kept\n');
  });

  test('config map keeps user api version', () => {
    const configMap = find(renderWithValues({ config: { apiVersion: 'controller.config.cert-manager.io/v1beta1', kind: 'Custom' } }), 'ConfigMap', 'cert-manager');
    expect(configMap.data['config.yaml']).toBe('apiVersion: controller.config.cert-manager.io/v1beta1\nkind: Custom\n');
  });
});

describe('go-yaml text', () => {
  test('go-yaml sorts digit runs numerically', () => {
    expect(toGoYaml({ a10: 1, a2: 2, b: 3 })).toBe('a2: 2\na10: 1\nb: 3');
  });

  test('go-yaml double-quotes other types', () => {
    expect(toGoYaml(['true', 'yes', '1', '1.5', '', '~', '2024-01-02', 'y'])).toBe(
      '- "true"\n- "yes"\n- "1"\n- "1.5"\n- ""\n- "~"\n- "2024-01-02"\n- "y"');
  });

  test('go-yaml single-quotes indicators', () => {
    expect(toGoYaml(['*', '- x', 'a: b', 'a #b', ' lead', 'plain text', 'it\'s'])).toBe(
      '- \'*\'\n- \'- x\'\n- \'a: b\'\n- \'a #b\'\n- \' lead\'\n- plain text\n- it\'s');
  });

  test('go-yaml writes literal blocks', () => {
    expect(toGoYaml({ a: 'one\ntwo', b: 'end\n' })).toBe('a: |-\n  one\n  two\nb: |\n  end');
  });

  test('go-yaml keeps sequences at key indent', () => {
    expect(toGoYaml({ a: { list: [{ x: 1, y: [] }, [1]] } })).toBe('a:\n  list:\n  - x: 1\n    "y": []\n  - - 1');
  });

  test('go-yaml folds long plain strings', () => {
    const text = Array(30).fill('word').join(' ');
    const lines = toGoYaml({ long: text }).split('\n');
    expect(lines).toEqual([`long: ${Array(16).fill('word').join(' ')}`, `  ${Array(14).fill('word').join(' ')}`]);
  });

  test('go-yaml folds long double-quoted strings', () => {
    const text = `\t${Array(20).fill('word').join(' ')}`;
    const lines = toGoYaml({ tab: text }).split('\n');
    expect(lines).toEqual([`tab: "\\t${Array(15).fill('word').join(' ')}`, `  ${Array(5).fill('word').join(' ')}"`]);
  });

  test('go-yaml keeps space after quoted fold', () => {
    const text = `\t${'x'.repeat(80)}  end`;
    expect(toGoYaml({ a: text })).toBe(`a: "\\t${'x'.repeat(80)}\n  \\ end"`);
  });

  test('go-yaml prints json numbers', () => {
    expect(toGoYaml({ big: 1e21, int: 65000, small: 0.00001, half: 0.5 })).toBe('big: 1e+21\nhalf: 0.5\nint: 65000\nsmall: 1e-05');
  });
});
