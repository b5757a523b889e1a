import { Manifest } from '../../src/chart/context';
import { renderWithValues } from '../util/parity';

function crds(values: Record<string, any>): Manifest[] {
  return renderWithValues(values).filter((object) => object.kind === 'CustomResourceDefinition');
}

describe('crds', () => {
  test('installCRDs alone renders six kept crds', () => {
    const objects = crds({ installCRDs: true });
    expect(objects.map((object) => object.metadata.name)).toEqual([
      'challenges.acme.cert-manager.io',
      'orders.acme.cert-manager.io',
      'certificaterequests.cert-manager.io',
      'certificates.cert-manager.io',
      'clusterissuers.cert-manager.io',
      'issuers.cert-manager.io',
    ]);
    for (const object of objects) {
      expect(object.metadata.annotations).toEqual({ 'helm.sh/resource-policy': 'keep' });
    }
  });

  test('keep false drops the annotation', () => {
    for (const object of crds({ crds: { enabled: true, keep: false } })) {
      expect(object.metadata.annotations).toBeUndefined();
    }
  });

  test('crds carry crd labels', () => {
    const [challenges] = crds({ crds: { enabled: true }, nameOverride: 'pki', global: { commonLabels: { team: 'pki' } } });
    expect(challenges.metadata.labels).toEqual({
      'app': 'pki',
      'app.kubernetes.io/name': 'pki',
      'app.kubernetes.io/instance': 'cert-manager',
      'app.kubernetes.io/component': 'crds',
      'app.kubernetes.io/version': 'v1.21.1',
      'app.kubernetes.io/managed-by': 'Helm',
      'helm.sh/chart': 'cert-manager-v1.21.1',
      'team': 'pki',
    });
    expect(challenges.spec.names.kind).toBe('Challenge');
  });

  test('no crds by default', () => {
    expect(crds({})).toEqual([]);
  });

  test('renders crds that share no data', () => {
    const [first] = crds({ crds: { enabled: true } });
    first.spec.names.kind = 'Changed';
    const [again] = crds({ crds: { enabled: true } });
    expect(again.spec.names.kind).toBe('Challenge');
  });
});
