import { Manifest } from '../../src/chart/context';
import { renderWithValues } from '../util/parity';

function find(objects: Manifest[], kind: string, name: string): Manifest | undefined {
  return objects.find((object) => object.kind === kind && object.metadata.name === name);
}

describe('pod security policies', () => {
  test('webhook host port follows securePort', () => {
    const objects = renderWithValues({ global: { podSecurityPolicy: { enabled: true } }, webhook: { hostNetwork: true, securePort: 10260 } });
    const policy = find(objects, 'PodSecurityPolicy', 'cert-manager-webhook');
    expect(policy?.spec.hostNetwork).toBe(true);
    expect(policy?.spec.hostPorts).toEqual([{ min: 10260, max: 10260 }]);
  });

  test('webhook host port ignores config securePort', () => {
    // The chart reads webhook.securePort for the policy even when webhook.config.securePort replaces it.
    const objects = renderWithValues({
      global: { podSecurityPolicy: { enabled: true } },
      webhook: { hostNetwork: true, securePort: 10260, config: { securePort: 10270 } },
    });
    expect(find(objects, 'PodSecurityPolicy', 'cert-manager-webhook')?.spec.hostPorts).toEqual([{ min: 10260, max: 10260 }]);
  });

  test('apparmor off drops its annotations', () => {
    const objects = renderWithValues({ global: { podSecurityPolicy: { enabled: true, useAppArmor: false } } });
    const annotations = find(objects, 'PodSecurityPolicy', 'cert-manager')?.metadata.annotations;
    expect(Object.keys(annotations ?? {})).toEqual([
      'seccomp.security.alpha.kubernetes.io/allowedProfileNames',
      'seccomp.security.alpha.kubernetes.io/defaultProfileName',
    ]);
  });

  test('disabled components get no policy', () => {
    const objects = renderWithValues({
      global: { podSecurityPolicy: { enabled: true } },
      cainjector: { enabled: false },
      startupapicheck: { enabled: false },
    });
    const names = objects.filter((object) => object.kind === 'PodSecurityPolicy').map((object) => object.metadata.name);
    expect(names).toEqual(['cert-manager', 'cert-manager-webhook']);
    expect(find(objects, 'ClusterRole', 'cert-manager-cainjector-psp')).toBeUndefined();
    expect(find(objects, 'ClusterRoleBinding', 'cert-manager-startupapicheck-psp')).toBeUndefined();
  });

  test('policy role binds component service account', () => {
    const objects = renderWithValues({ global: { podSecurityPolicy: { enabled: true } }, webhook: { serviceAccount: { name: 'wh' } } });
    expect(find(objects, 'ClusterRole', 'cert-manager-webhook-psp')?.rules[0].resourceNames).toEqual(['cert-manager-webhook']);
    expect(find(objects, 'ClusterRoleBinding', 'cert-manager-webhook-psp')?.subjects).toEqual([
      { kind: 'ServiceAccount', name: 'wh', namespace: 'cert-manager' },
    ]);
  });
});
