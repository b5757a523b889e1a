import { Case, configMap, outcomeOf, withContainer, withPod } from './outcome';
import {
  ContainerHardenedRuntime,
  ControllerWithReplicas,
  DefaultTokenNotMounted,
  WorkloadIdentityIsolated,
} from '../../../src/compliance/rules/checklist/ChecklistComposites';
import { WorkloadMonitored } from '../../../src/compliance/rules/checklist/WorkloadMonitored';
import { NamespaceQuotaAndLimitRange } from '../../../src/compliance/rules/namespace-defaults/NamespaceQuotaAndLimitRange';
import { PodSecurityContextDefaultsSet } from '../../../src/compliance/rules/pod-security-level/PodSecurityContextDefaultsSet';
import { PodSecurityBaseline, PodSecurityRestricted } from '../../../src/compliance/rules/pod-security-level/PodSecurityLevels';
import { deployment, hardenedPodSpec, service } from '../manifests';

function namedDeployment(name: string, podSpec: Record<string, any> = {}): Record<string, any> {
  const manifest = deployment(hardenedPodSpec(podSpec));
  manifest.metadata.name = name;
  return manifest;
}

function monitor(kind: 'PodMonitor' | 'ServiceMonitor', matchLabels: Record<string, string>): Record<string, any> {
  return { apiVersion: 'monitoring.coreos.com/v1', kind, metadata: { name: 'm', namespace: 'apps' }, spec: { selector: { matchLabels } } };
}

const labelledService = { ...service(), metadata: { name: 'app', namespace: 'apps', labels: { app: 'app' } } };
const bare = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'apps' }, spec: hardenedPodSpec() };
const account = { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: 'apps' } };
const quota = { apiVersion: 'v1', kind: 'ResourceQuota', metadata: { name: 'q', namespace: 'apps' }, spec: { hard: { pods: '10' } } };
const limitRange = { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l', namespace: 'apps' }, spec: { limits: [{ type: 'Container', default: { memory: '64Mi' } }] } };
const privileged = { securityContext: { privileged: true, allowPrivilegeEscalation: true } };
const fullPodContext = { securityContext: { runAsNonRoot: true, runAsUser: 20000, runAsGroup: 20000, fsGroup: 20000, seccompProfile: { type: 'RuntimeDefault' } } };

const CASES: Case[] = [
  ['two replicas pass controller check', ControllerWithReplicas, [deployment()], 'pass'],
  ['one replica fails controller check', ControllerWithReplicas, [{ ...deployment(), spec: { ...deployment().spec, replicas: 1 } }], 'fail'],
  ['bare pod fails controller check', ControllerWithReplicas, [bare], 'fail'],
  ['hardened runtime passes', ContainerHardenedRuntime, [deployment()], 'pass'],
  ['writable root fails hardened runtime', ContainerHardenedRuntime, [withContainer({ securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } })], 'fail'],
  ['default account without automount fails', DefaultTokenNotMounted, [account], 'fail'],
  ['pods without token pass default token check', DefaultTokenNotMounted, [deployment()], 'pass'],
  ['own identities pass', WorkloadIdentityIsolated, [namedDeployment('a', { serviceAccountName: 'a' }), namedDeployment('b', { serviceAccountName: 'b' })], 'pass'],
  ['default account fails identity check', WorkloadIdentityIsolated, [withPod({ serviceAccountName: 'default' })], 'fail'],
  ['pod monitor passes', WorkloadMonitored, [deployment(), monitor('PodMonitor', { app: 'app' })], 'pass'],
  ['service monitor via service passes', WorkloadMonitored, [deployment(), labelledService, monitor('ServiceMonitor', { app: 'app' })], 'pass'],
  ['unmonitored workload fails', WorkloadMonitored, [deployment(), monitor('PodMonitor', { app: 'other' })], 'fail'],
  ['monitoring skips configmaps', WorkloadMonitored, [configMap()], 'not-applicable'],
  ['quota and limit range pass', NamespaceQuotaAndLimitRange, [deployment(), quota, limitRange], 'pass'],
  ['quota without limit range fails', NamespaceQuotaAndLimitRange, [deployment(), quota], 'fail'],
  ['hardened pod meets baseline', PodSecurityBaseline, [deployment()], 'pass'],
  ['privileged pod fails baseline', PodSecurityBaseline, [withContainer(privileged)], 'fail'],
  ['hardened pod meets restricted', PodSecurityRestricted, [deployment()], 'pass'],
  ['escalating pod fails restricted', PodSecurityRestricted, [withContainer({ securityContext: { readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } } })], 'fail'],
  ['pod security defaults pass', PodSecurityContextDefaultsSet, [withPod(fullPodContext)], 'pass'],
  ['missing fsGroup fails defaults', PodSecurityContextDefaultsSet, [withPod({})], 'fail'],
];

describe('composite and checklist checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });
});
