import * as fc from 'fast-check';
import { findManifest, mainContainer, synthFromValues, synthInstall } from '../util/install';

const PORTS_IN_USE = new Set([6080, 9402, 9403]);
const freePort = fc.integer({ min: 1024, max: 65535 }).filter((port) => !PORTS_IN_USE.has(port) && port !== 10250);

function containerPort(container: any, name: string): number {
  return container.ports.find((p: any) => p.name === name).containerPort;
}

describe('values move their dependants together', () => {
  test('webhook secure port reaches flag, container port, service and policy', () => {
    fc.assert(fc.property(freePort, (port) => {
      const manifests = synthInstall({ webhook: { securePort: port } });
      const deployment = findManifest(manifests, 'Deployment', 'cert-manager-webhook');
      const container = mainContainer(deployment.spec.template.spec);
      expect(container.args).toContain(`--secure-port=${port}`);
      expect(containerPort(container, 'https')).toBe(port);
      const service = findManifest(manifests, 'Service', 'cert-manager-webhook');
      const https = service.spec.ports.find((p: any) => p.name === 'https');
      expect(https.targetPort).toBe('https');
      expect(https.port).toBe(443);
      const policy = findManifest(manifests, 'NetworkPolicy', 'cert-manager-webhook-allow-ingress');
      expect(policy.spec.ingress[0].ports).toEqual([{ port: 'https', protocol: 'TCP' }]);
    }), { numRuns: 8 });
  });

  test('controller healthz port reaches config, container port and probe', () => {
    fc.assert(fc.property(freePort, (port) => {
      const manifests = synthInstall({ controller: { healthzPort: port } });
      const container = mainContainer(findManifest(manifests, 'Deployment', 'cert-manager').spec.template.spec);
      expect(containerPort(container, 'http-healthz')).toBe(port);
      expect(container.livenessProbe.httpGet.port).toBe('http-healthz');
      expect(findManifest(manifests, 'ConfigMap', 'cert-manager').data['config.yaml']).toContain(`healthzListenAddress: 0.0.0.0:${port}`);
    }), { numRuns: 8 });
  });

  test('controller metrics port reaches container port, service and annotation', () => {
    fc.assert(fc.property(freePort, (port) => {
      const manifests = synthInstall({ controller: { metricsPort: port } });
      const deployment = findManifest(manifests, 'Deployment', 'cert-manager');
      const container = mainContainer(deployment.spec.template.spec);
      expect(containerPort(container, 'http-metrics')).toBe(port);
      const service = findManifest(manifests, 'Service', 'cert-manager');
      expect(service.spec.ports[0].targetPort).toBe('http-metrics');
      expect(deployment.spec.template.metadata.annotations['prometheus.io/port']).toBe(String(port));
    }), { numRuns: 8 });
  });

  test('namespace reaches every namespaced object and reference', () => {
    const namespace = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/).filter((ns) => ns !== 'kube-system');
    fc.assert(fc.property(namespace, (ns) => {
      const manifests = synthInstall({ namespace: ns });
      const namespaced = manifests.filter((m) => m.metadata.namespace !== undefined);
      const outside = namespaced.filter((m) => m.metadata.namespace !== ns).map((m) => `${m.kind}/${m.metadata.namespace}/${m.metadata.name}`);
      // The leader-election Roles stay in the leader-election namespace, as in the chart.
      expect(outside.sort()).toEqual([
        'Role/kube-system/cert-manager-cainjector:leaderelection',
        'Role/kube-system/cert-manager:leaderelection',
        'RoleBinding/kube-system/cert-manager-cainjector:leaderelection',
        'RoleBinding/kube-system/cert-manager:leaderelection',
      ]);
      for (const binding of manifests.filter((m) => m.kind === 'ClusterRoleBinding' || m.kind === 'RoleBinding')) {
        for (const subject of binding.subjects) {
          expect(subject.namespace).toBe(ns);
        }
      }
      const webhook = findManifest(manifests, 'ValidatingWebhookConfiguration', 'cert-manager-webhook');
      expect(webhook.webhooks[0].clientConfig.service.namespace).toBe(ns);
      expect(webhook.metadata.annotations['cert-manager.io/inject-ca-from-secret']).toBe(`${ns}/cert-manager-webhook-ca`);
      const cainjector = mainContainer(findManifest(manifests, 'Deployment', 'cert-manager-cainjector').spec.template.spec);
      expect(cainjector.args).toContain(`--namespace=${ns}`);
    }), { numRuns: 6 });
  });

  test('namespace value moves the cainjector scope', () => {
    const manifests = synthFromValues({ namespace: 'platform-tls' });
    const cainjector = mainContainer(findManifest(manifests, 'Deployment', 'cert-manager-cainjector').spec.template.spec);
    expect(cainjector.args).toContain('--namespace=platform-tls');
    expect(findManifest(manifests, 'Deployment', 'cert-manager').metadata.namespace).toBe('platform-tls');
  });
});
