import { synthInstall } from '../util/install';
import { objectKey, readManifestsFixture } from '../util/parity';

describe('install for release platform-certs in platform-tls', () => {
  const chart = readManifestsFixture('helm/matrix/01-scheduling-ha.release-platform-certs.rendered.yaml');
  const ours = synthInstall({ releaseName: 'platform-certs', namespace: 'platform-tls' });

  test('names every object as the chart does', () => {
    const keys = new Set(ours.map(objectKey));
    expect(chart.map(objectKey).filter((key) => !keys.has(key))).toEqual([]);
  });

  test('labels every object as the chart does', () => {
    for (const expected of chart) {
      const actual = ours.find((o) => objectKey(o) === objectKey(expected));
      expect({ key: objectKey(expected), labels: actual.metadata.labels }).toEqual({ key: objectKey(expected), labels: expected.metadata.labels });
    }
  });

  test('points webhooks at the release service', () => {
    const webhook = ours.find((o) => o.kind === 'ValidatingWebhookConfiguration');
    expect(webhook.metadata.name).toBe('platform-certs-cert-manager-webhook');
    expect(webhook.webhooks[0].clientConfig.service).toMatchObject({ name: 'platform-certs-cert-manager-webhook', namespace: 'platform-tls' });
    expect(webhook.metadata.annotations['cert-manager.io/inject-ca-from-secret']).toBe('platform-tls/platform-certs-cert-manager-webhook-ca');
  });

  test('scopes cainjector to the namespace', () => {
    const cainjector = ours.find((o) => o.kind === 'Deployment' && o.metadata.name === 'platform-certs-cert-manager-cainjector');
    expect(cainjector.spec.template.spec.containers[0].args).toContain('--namespace=platform-tls');
  });

  test('keeps leader election roles in kube-system', () => {
    const roles = ours.filter((o) => o.kind === 'Role' && o.metadata.name.endsWith(':leaderelection'));
    expect(roles.map((r) => `${r.metadata.namespace}/${r.metadata.name}`).sort()).toEqual([
      'kube-system/platform-certs-cert-manager-cainjector:leaderelection',
      'kube-system/platform-certs-cert-manager:leaderelection',
    ]);
  });
});
