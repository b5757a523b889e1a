import { NamespaceLimitRange } from '../../../src/compliance/rules/namespace/NamespaceLimitRange';
import { NamespaceNotBuiltIn } from '../../../src/compliance/rules/namespace/NamespaceNotBuiltIn';
import { NamespaceNotDefault } from '../../../src/compliance/rules/namespace/NamespaceNotDefault';
import { NamespacePodSecurityEnforced } from '../../../src/compliance/rules/namespace/NamespacePodSecurityEnforced';
import { NamespaceResourceQuota } from '../../../src/compliance/rules/namespace/NamespaceResourceQuota';
import { WorkloadHighlyAvailable } from '../../../src/compliance/rules/workload/WorkloadHighlyAvailable';
import { WorkloadPodDisruptionBudget } from '../../../src/compliance/rules/workload/WorkloadPodDisruptionBudget';
import { WorkloadReplicasAtLeastTwo } from '../../../src/compliance/rules/workload/WorkloadReplicasAtLeastTwo';
import { WorkloadTopologySpread } from '../../../src/compliance/rules/workload/WorkloadTopologySpread';
import { WorkloadVersionLabel } from '../../../src/compliance/rules/workload/WorkloadVersionLabel';
import { deployment, deploymentWithPod, runCheck, service, synthesize, violationMessages, violationPaths } from '../manifests';

function pdb(spec: Record<string, any>): Record<string, any> {
  return { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'app', namespace: 'apps' }, spec: { selector: { matchLabels: { app: 'app' } }, ...spec } };
}

function withReplicas(replicas: number): Record<string, any> {
  return deployment(undefined, { spec: { replicas } });
}

describe('workload checks', () => {
  test('replicas passes, fails and skips', () => {
    const [two, one, other] = synthesize(withReplicas(2), withReplicas(1), service());
    expect(runCheck(WorkloadReplicasAtLeastTwo, two)).toBe('pass');
    expect(violationPaths(runCheck(WorkloadReplicasAtLeastTwo, one))).toEqual(['spec.replicas']);
    expect(runCheck(WorkloadReplicasAtLeastTwo, other)).toBe('not-applicable');
  });

  test('replicas counts an autoscaler minimum', () => {
    const objects = synthesize(withReplicas(1), {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'app', namespace: 'apps' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'app' }, minReplicas: 3, maxReplicas: 5 },
    });
    expect(runCheck(WorkloadReplicasAtLeastTwo, objects[0], objects)).toBe('pass');
  });

  test.each([
    [{ minAvailable: 1 }, 2, 'pass'],
    [{ maxUnavailable: 1 }, 2, 'pass'],
    [{ minAvailable: '50%' }, 2, 'pass'],
    [{ minAvailable: 2 }, 2, 'fail'],
    [{ maxUnavailable: 0 }, 3, 'fail'],
    [{ minAvailable: '100%' }, 3, 'fail'],
    [{ minAvailable: 1 }, 1, 'fail'],
  ])('budget %p with %p replicas gives %s', (spec, replicas, expected) => {
    const objects = synthesize(withReplicas(replicas), pdb(spec));
    const result = runCheck(WorkloadPodDisruptionBudget, objects[0], objects);
    if (expected === 'pass') {
      expect(result).toBe('pass');
    } else {
      expect(violationPaths(result)).toEqual(['spec.replicas']);
    }
  });

  test('fails without a PodDisruptionBudget', () => {
    const objects = synthesize(deployment(), { ...pdb({ minAvailable: 1 }), spec: { minAvailable: 1, selector: { matchLabels: { app: 'other' } } } });
    expect(violationPaths(runCheck(WorkloadPodDisruptionBudget, objects[0], objects))).toEqual(['spec.template.metadata.labels']);
    const [other] = synthesize(service());
    expect(runCheck(WorkloadPodDisruptionBudget, other)).toBe('not-applicable');
  });

  test('topology spread passes, fails and skips', () => {
    const [spread, none, hostOnly, other] = synthesize(
      deployment(),
      deploymentWithPod({ topologySpreadConstraints: undefined }),
      deploymentWithPod({
        topologySpreadConstraints: undefined,
        affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'app' } } }] } },
      }),
      service(),
    );
    expect(runCheck(WorkloadTopologySpread, spread)).toBe('pass');
    expect(violationPaths(runCheck(WorkloadTopologySpread, none))).toHaveLength(2);
    const hostOnlyResult = runCheck(WorkloadTopologySpread, hostOnly);
    expect(violationMessages(hostOnlyResult)).toEqual(['The pods are not spread over zones. Add a topologySpreadConstraint on topology.kubernetes.io/zone.']);
    expect(runCheck(WorkloadTopologySpread, other)).toBe('not-applicable');
  });

  test('high availability combines replicas, spread and budget', () => {
    const good = synthesize(deployment(), pdb({ minAvailable: 1 }));
    expect(runCheck(WorkloadHighlyAvailable, good[0], good)).toBe('pass');
    const bad = synthesize(withReplicas(1));
    expect(violationPaths(runCheck(WorkloadHighlyAvailable, bad[0], bad))).toEqual(['spec.replicas', 'spec.template.metadata.labels']);
  });

  test('version label passes, fails and skips', () => {
    const [labelled, bare, other] = synthesize(deployment(), deployment(undefined, { metadata: { labels: {} } }), service());
    expect(runCheck(WorkloadVersionLabel, labelled)).toBe('pass');
    expect(violationPaths(runCheck(WorkloadVersionLabel, bare))).toEqual(['metadata.labels']);
    expect(runCheck(WorkloadVersionLabel, other)).toBe('not-applicable');
  });
});

describe('namespace checks', () => {
  const role = (namespace?: string) => ({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'r', ...(namespace ? { namespace } : {}) }, rules: [] });
  const clusterRole = { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r' }, rules: [] };

  test('not default passes, fails and skips', () => {
    const objects = synthesize(role('apps'), role('default'), role(), clusterRole);
    expect(runCheck(NamespaceNotDefault, objects[0], objects)).toBe('pass');
    expect(violationPaths(runCheck(NamespaceNotDefault, objects[1], objects))).toEqual(['metadata.namespace']);
    expect(violationPaths(runCheck(NamespaceNotDefault, objects[2], objects))).toEqual(['metadata.namespace']);
    expect(runCheck(NamespaceNotDefault, objects[3], objects)).toBe('not-applicable');
  });

  test('not built-in fails for kube-system', () => {
    const objects = synthesize(role('apps'), role('kube-system'), clusterRole);
    expect(runCheck(NamespaceNotBuiltIn, objects[0], objects)).toBe('pass');
    expect(violationPaths(runCheck(NamespaceNotBuiltIn, objects[1], objects))).toEqual(['metadata.namespace']);
    expect(runCheck(NamespaceNotBuiltIn, objects[2], objects)).toBe('not-applicable');
  });

  test('custom resources follow their definition scope', () => {
    const objects = synthesize(
      { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } },
      { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'widgets.example.com' }, spec: { group: 'example.com', scope: 'Cluster', names: { kind: 'Widget', plural: 'widgets' }, versions: [] } },
    );
    expect(runCheck(NamespaceNotDefault, objects[0], objects)).toBe('not-applicable');
  });

  test('pod security enforcement passes, fails and is not evaluated', () => {
    const namespace = (labels: Record<string, string>) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'apps', labels } });
    const restricted = synthesize(deployment(), namespace({ 'pod-security.kubernetes.io/enforce': 'restricted' }));
    expect(runCheck(NamespacePodSecurityEnforced, restricted[0], restricted)).toBe('pass');
    const privileged = synthesize(deployment(), namespace({ 'pod-security.kubernetes.io/enforce': 'privileged' }));
    expect(violationPaths(runCheck(NamespacePodSecurityEnforced, privileged[0], privileged))).toEqual(['metadata.namespace']);
    const missing = synthesize(deployment());
    expect(runCheck(NamespacePodSecurityEnforced, missing[0], missing)).toEqual({ notEvaluated: expect.stringContaining('Namespace apps is not part of the app') });
    const [other] = synthesize(service());
    expect(runCheck(NamespacePodSecurityEnforced, other)).toBe('not-applicable');
  });

  test.each([
    [NamespaceLimitRange, 'LimitRange'],
    [NamespaceResourceQuota, 'ResourceQuota'],
  ] as const)('%p passes and fails', (check, kind) => {
    const withObject = synthesize(deployment(), { apiVersion: 'v1', kind, metadata: { name: 'x', namespace: 'apps' }, spec: {} });
    expect(runCheck(check, withObject[0], withObject)).toBe('pass');
    const without = synthesize(deployment(), { apiVersion: 'v1', kind, metadata: { name: 'x', namespace: 'other' }, spec: {} });
    expect(violationPaths(runCheck(check, without[0], without))).toEqual(['metadata.namespace']);
  });
});
