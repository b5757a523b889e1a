import { renderWithValues } from '../util/parity';

describe('network policies', () => {
  test('empty rule list renders null rules', () => {
    const objects = renderWithValues({ webhook: { networkPolicy: { enabled: true, ingress: [] } } });
    const ingress = objects.find((object) => object.kind === 'NetworkPolicy' && object.metadata.name === 'cert-manager-webhook-allow-ingress');
    expect(ingress?.spec.ingress).toBeNull();
    expect(ingress?.spec.policyTypes).toEqual(['Ingress']);
  });

  test('cainjector policies render when cainjector disabled', () => {
    const objects = renderWithValues({ cainjector: { enabled: false, networkPolicy: { enabled: true } } });
    const names = objects.filter((object) => object.kind === 'NetworkPolicy').map((object) => object.metadata.name);
    expect(names).toEqual(['cert-manager-cainjector-allow-ingress', 'cert-manager-cainjector-allow-egress']);
  });

  test('policies select component pods by release', () => {
    const objects = renderWithValues({ networkPolicy: { enabled: true } }, 'platform-certs', 'platform-tls');
    const egress = objects.find((object) => object.metadata.name === 'platform-certs-cert-manager-allow-egress');
    expect(egress?.metadata.namespace).toBe('platform-tls');
    expect(egress?.spec.podSelector).toEqual({
      matchLabels: {
        'app.kubernetes.io/name': 'cert-manager',
        'app.kubernetes.io/instance': 'platform-certs',
        'app.kubernetes.io/component': 'controller',
      },
    });
  });
});
