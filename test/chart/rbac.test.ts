import { Manifest } from '../../src/chart/context';
import { renderWithValues } from '../util/parity';

const RBAC_KINDS = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];

function find(objects: Manifest[], kind: string, name: string): Manifest | undefined {
  return objects.find((object) => object.kind === kind && object.metadata.name === name);
}

function rbacNames(objects: Manifest[]): string[] {
  return objects.filter((object) => RBAC_KINDS.includes(object.kind)).map((object) => `${object.kind}/${object.metadata.name}`);
}

describe('rbac', () => {
  test('webhook role names metrics ca secret in same namespace', () => {
    const objects = renderWithValues({
      webhook: { config: { metricsTLSConfig: { dynamic: { secretNamespace: 'cert-manager', secretName: 'metrics-ca', dnsNames: ['m'] } } } },
    });
    const role = find(objects, 'Role', 'cert-manager-webhook:dynamic-serving');
    expect(role?.rules[0].resourceNames).toEqual(['cert-manager-webhook-ca', 'metrics-ca']);
  });

  test('webhook role skips metrics ca in other namespace', () => {
    const objects = renderWithValues({
      webhook: { config: { metricsTLSConfig: { dynamic: { secretNamespace: 'monitoring', secretName: 'metrics-ca', dnsNames: ['m'] } } } },
    });
    const role = find(objects, 'Role', 'cert-manager-webhook:dynamic-serving');
    expect(role?.rules[0].resourceNames).toEqual(['cert-manager-webhook-ca']);
  });

  test('cainjector metrics role ignores rbac.create', () => {
    // GIVEN rbac creation off and dynamic metrics TLS for the cainjector
    const objects = renderWithValues({
      global: { rbac: { create: false } },
      cainjector: { config: { metricsTLSConfig: { dynamic: { secretNamespace: 'cert-manager', secretName: 'cainjector-metrics-ca' } } } },
    });

    // THEN only the cainjector's dynamic-serving pair renders, as the chart does
    expect(rbacNames(objects)).toEqual([
      'Role/cert-manager-cainjector:dynamic-serving',
      'RoleBinding/cert-manager-cainjector:dynamic-serving',
    ]);
    expect(find(objects, 'Role', 'cert-manager-cainjector:dynamic-serving')?.rules[0].resourceNames).toEqual(['cainjector-metrics-ca']);
  });

  test('rbac.create false renders no roles', () => {
    expect(rbacNames(renderWithValues({ global: { rbac: { create: false } } }))).toEqual([]);
  });

  test('aggregation off drops labels and cluster-view', () => {
    const objects = renderWithValues({ global: { rbac: { aggregateClusterRoles: false } } });
    expect(find(objects, 'ClusterRole', 'cert-manager-cluster-view')).toBeUndefined();
    const view = find(objects, 'ClusterRole', 'cert-manager-view');
    expect(Object.keys(view?.metadata.labels ?? {}).filter((key) => key.startsWith('rbac.authorization.k8s.io/'))).toEqual([]);
  });

  test('signer names render as strings', () => {
    const objects = renderWithValues({ approveSignerNames: ['issuers.cert-manager.io/team-a', 42, null] });
    const role = find(objects, 'ClusterRole', 'cert-manager-controller-approve:cert-manager-io');
    // quote prints nothing for nil, so the chart's list item reads as null.
    expect(role?.rules[0].resourceNames).toEqual(['issuers.cert-manager.io/team-a', '42', null]);
  });

  test('leader election role follows namespace value', () => {
    const objects = renderWithValues({ global: { leaderElection: { namespace: 'platform-leases' } } });
    expect(find(objects, 'Role', 'cert-manager:leaderelection')?.metadata.namespace).toBe('platform-leases');
    expect(find(objects, 'RoleBinding', 'cert-manager-cainjector:leaderelection')?.metadata.namespace).toBe('platform-leases');
    const binding = find(objects, 'RoleBinding', 'cert-manager:leaderelection');
    expect(binding?.subjects).toEqual([{ kind: 'ServiceAccount', name: 'cert-manager', namespace: 'cert-manager' }]);
  });

  test('startupapicheck roles drop empty annotations', () => {
    const objects = renderWithValues({ startupapicheck: { rbac: { annotations: null } } });
    const role = find(objects, 'Role', 'cert-manager-startupapicheck:create-cert');
    expect(role).toBeDefined();
    expect(role?.metadata.annotations).toBeUndefined();
  });

  test('renders objects that share no data', () => {
    const objects = renderWithValues({});
    const first = find(objects, 'ClusterRole', 'cert-manager-controller-issuers');
    first?.rules[0].verbs.push('delete');
    const again = find(renderWithValues({}), 'ClusterRole', 'cert-manager-controller-issuers');
    expect(again?.rules[0].verbs).toEqual(['update', 'patch']);
  });
});
