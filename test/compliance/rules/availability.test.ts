import { AntiAffinityTermsHaveTopologyKey } from '../../../src/compliance/rules/availability/AntiAffinityTermsHaveTopologyKey';
import { DeploymentReplicasAtLeastTwo } from '../../../src/compliance/rules/availability/DeploymentReplicasAtLeastTwo';
import { DeploymentReplicasBehindService } from '../../../src/compliance/rules/availability/DeploymentReplicasBehindService';
import { DeploymentRollingUpdate } from '../../../src/compliance/rules/availability/DeploymentRollingUpdate';
import { DeploymentHostAntiAffinity, HostAntiAffinity, StatefulSetHostAntiAffinity } from '../../../src/compliance/rules/availability/HostAntiAffinity';
import { PdbAllowsEviction } from '../../../src/compliance/rules/availability/PdbAllowsEviction';
import { PdbMinAvailableBelowHpaMinReplicas } from '../../../src/compliance/rules/availability/PdbMinAvailableBelowHpaMinReplicas';
import { PdbMinAvailableBelowReplicas } from '../../../src/compliance/rules/availability/PdbMinAvailableBelowReplicas';
import { PdbPercentagesLeaveRoom } from '../../../src/compliance/rules/availability/PdbPercentagesLeaveRoom';
import { PdbSetsPolicy } from '../../../src/compliance/rules/availability/PdbSetsPolicy';
import { ReplicasSpreadOverNodes } from '../../../src/compliance/rules/availability/ReplicasSpreadOverNodes';
import { RolloutSettingsExplicit } from '../../../src/compliance/rules/availability/RolloutSettingsExplicit';
import { DeploymentSelectorMatchesTemplate, SelectorMatchesTemplate, StatefulSetSelectorMatchesTemplate } from '../../../src/compliance/rules/availability/SelectorMatchesTemplate';
import { StatefulSetHeadlessService } from '../../../src/compliance/rules/availability/StatefulSetHeadlessService';
import { TopologySpreadConstraintsValid } from '../../../src/compliance/rules/availability/TopologySpreadConstraintsValid';
import { TopologySpreadHostnameAndZone } from '../../../src/compliance/rules/availability/TopologySpreadHostnameAndZone';
import { TopologySpreadPresent } from '../../../src/compliance/rules/availability/TopologySpreadPresent';
import { TopologySpreadSchedulesAnyway } from '../../../src/compliance/rules/availability/TopologySpreadSchedulesAnyway';
import { TopologySpreadSelectsOwnPods } from '../../../src/compliance/rules/availability/TopologySpreadSelectsOwnPods';
import { DeploymentCoveredByPdb, StatefulSetCoveredByPdb, WorkloadCoveredByPdb } from '../../../src/compliance/rules/availability/WorkloadCoveredByPdb';
import { deployment, hardenedPodSpec, service } from '../manifests';
import { Case, configMap, outcomeOf, withPod } from './outcome';

function pdb(spec: Record<string, any>, selector: Record<string, any> = { matchLabels: { app: 'app' } }): Record<string, any> {
  return { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'app', namespace: 'apps' }, spec: { selector, ...spec } };
}

function hpa(spec: Record<string, any> = {}): Record<string, any> {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'app', namespace: 'apps' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'app' }, maxReplicas: 5, ...spec },
  };
}

function replicas(count: number | undefined, podOverrides: Record<string, any> = {}, extraSpec: Record<string, any> = {}): Record<string, any> {
  const manifest = deployment(hardenedPodSpec(podOverrides));
  if (count === undefined) delete manifest.spec.replicas;
  else manifest.spec.replicas = count;
  Object.assign(manifest.spec, extraSpec);
  return manifest;
}

function statefulSet(serviceName?: string): Record<string, any> {
  const manifest = deployment();
  manifest.kind = 'StatefulSet';
  if (serviceName) manifest.spec.serviceName = serviceName;
  return manifest;
}

const ANTI_AFFINITY = {
  affinity: {
    podAntiAffinity: {
      preferredDuringSchedulingIgnoredDuringExecution: [{
        weight: 100,
        podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'app' } } },
      }],
    },
  },
};
const headless = { ...service(), spec: { clusterIP: 'None', selector: { app: 'app' }, ports: [{ port: 80 }] } };
const ROLLOUT = { minReadySeconds: 5, progressDeadlineSeconds: 600, revisionHistoryLimit: 3, strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 1 } } };

const CASES: Case[] = [
  ['pdb policy passes with minAvailable', PdbSetsPolicy, [pdb({ minAvailable: 1 })], 'pass'],
  ['pdb policy fails without numbers', PdbSetsPolicy, [pdb({})], 'fail'],
  ['pdb eviction fails on maxUnavailable 0', PdbAllowsEviction, [pdb({ maxUnavailable: 0 })], 'fail'],
  ['pdb eviction fails on minAvailable 100%', PdbAllowsEviction, [pdb({ minAvailable: '100%' })], 'fail'],
  ['pdb eviction passes on maxUnavailable 1', PdbAllowsEviction, [pdb({ maxUnavailable: 1 })], 'pass'],
  ['pdb percentages pass at 50%', PdbPercentagesLeaveRoom, [pdb({ minAvailable: '50%' })], 'pass'],
  ['pdb percentages fail above 50%', PdbPercentagesLeaveRoom, [pdb({ minAvailable: '80%' })], 'fail'],
  ['pdb percentages fail on low maxUnavailable', PdbPercentagesLeaveRoom, [pdb({ maxUnavailable: '10%' })], 'fail'],
  ['pdb percentages skip fixed numbers', PdbPercentagesLeaveRoom, [pdb({ minAvailable: 1 })], 'not-applicable'],
  ['pdb below replicas passes', PdbMinAvailableBelowReplicas, [pdb({ minAvailable: 1 }), replicas(2)], 'pass'],
  ['pdb equal to replicas fails', PdbMinAvailableBelowReplicas, [pdb({ minAvailable: 2 }), replicas(2)], 'fail'],
  ['pdb percent of replicas fails', PdbMinAvailableBelowReplicas, [pdb({ minAvailable: '60%' }), replicas(2)], 'fail'],
  ['pdb without workloads is not applicable', PdbMinAvailableBelowReplicas, [pdb({ minAvailable: 2 })], 'not-applicable'],
  ['pdb below hpa minimum passes', PdbMinAvailableBelowHpaMinReplicas, [replicas(undefined), hpa({ minReplicas: 3 }), pdb({ minAvailable: 2 })], 'pass'],
  ['pdb above hpa minimum fails', PdbMinAvailableBelowHpaMinReplicas, [replicas(undefined), hpa({ minReplicas: 2 }), pdb({ minAvailable: 3 })], 'fail'],
  ['pdb hpa check needs an hpa', PdbMinAvailableBelowHpaMinReplicas, [replicas(2), pdb({ minAvailable: 3 })], 'not-applicable'],
  ['covered workloads pass', WorkloadCoveredByPdb, [replicas(2), pdb({ minAvailable: 1 })], 'pass'],
  ['uncovered workloads fail', WorkloadCoveredByPdb, [replicas(2), pdb({ minAvailable: 1 }, { matchLabels: { app: 'other' } })], 'fail'],
  ['statefulset pdb variant skips deployments', StatefulSetCoveredByPdb, [replicas(2)], 'not-applicable'],
  ['statefulset pdb variant fails alone', StatefulSetCoveredByPdb, [statefulSet('app')], 'fail'],
  ['host anti-affinity passes', HostAntiAffinity, [replicas(2, ANTI_AFFINITY)], 'pass'],
  ['host anti-affinity fails without terms', HostAntiAffinity, [replicas(2)], 'fail'],
  ['host anti-affinity skips one replica', HostAntiAffinity, [replicas(1)], 'not-applicable'],
  ['deployment anti-affinity variant fails', DeploymentHostAntiAffinity, [replicas(3)], 'fail'],
  ['statefulset anti-affinity variant skips deployments', StatefulSetHostAntiAffinity, [replicas(3)], 'not-applicable'],
  ['anti-affinity terms with key pass', AntiAffinityTermsHaveTopologyKey, [replicas(2, ANTI_AFFINITY)], 'pass'],
  ['anti-affinity terms without key fail', AntiAffinityTermsHaveTopologyKey, [replicas(2, { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: {} }] } } })], 'fail'],
  ['anti-affinity key check skips pods without it', AntiAffinityTermsHaveTopologyKey, [replicas(2)], 'not-applicable'],
  ['spread present passes', TopologySpreadPresent, [replicas(2)], 'pass'],
  ['spread present fails without constraints', TopologySpreadPresent, [replicas(2, { topologySpreadConstraints: [] })], 'fail'],
  ['spread constraints valid pass', TopologySpreadConstraintsValid, [replicas(2)], 'pass'],
  ['spread constraints with zero skew fail', TopologySpreadConstraintsValid, [replicas(2, { topologySpreadConstraints: [{ maxSkew: 0, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'DoNotSchedule', labelSelector: {} }] })], 'fail'],
  ['spread constraints check skips none', TopologySpreadConstraintsValid, [replicas(2, { topologySpreadConstraints: [] })], 'not-applicable'],
  ['spread schedule anyway fails on DoNotSchedule', TopologySpreadSchedulesAnyway, [replicas(2)], 'fail'],
  ['spread schedule anyway passes', TopologySpreadSchedulesAnyway, [replicas(2, { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'app' } } }] })], 'pass'],
  ['spread selecting own pods passes', TopologySpreadSelectsOwnPods, [replicas(2)], 'pass'],
  ['spread selecting other pods fails', TopologySpreadSelectsOwnPods, [replicas(2, { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'db' } } }] })], 'fail'],
  ['hostname and zone pass at three replicas', TopologySpreadHostnameAndZone, [replicas(3)], 'pass'],
  ['hostname and zone fail without zone', TopologySpreadHostnameAndZone, [replicas(3, { topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: {} }] })], 'fail'],
  ['hostname and zone skip two replicas', TopologySpreadHostnameAndZone, [replicas(2, { topologySpreadConstraints: [] })], 'not-applicable'],
  ['spread over nodes passes by constraint', ReplicasSpreadOverNodes, [replicas(2)], 'pass'],
  ['spread over nodes passes by anti-affinity', ReplicasSpreadOverNodes, [replicas(2, { ...ANTI_AFFINITY, topologySpreadConstraints: [] })], 'pass'],
  ['spread over nodes fails without either', ReplicasSpreadOverNodes, [replicas(2, { topologySpreadConstraints: [] })], 'fail'],
  ['selector matching template passes', SelectorMatchesTemplate, [replicas(2)], 'pass'],
  ['selector not matching template fails', DeploymentSelectorMatchesTemplate, [replicas(2, {}, { selector: { matchLabels: { app: 'other' } } })], 'fail'],
  ['headless service passes', StatefulSetHeadlessService, [statefulSet('app'), headless], 'pass'],
  ['non-headless service fails', StatefulSetHeadlessService, [statefulSet('app'), service()], 'fail'],
  ['missing serviceName fails', StatefulSetHeadlessService, [statefulSet()], 'fail'],
  ['rolling update passes behind a service', DeploymentRollingUpdate, [replicas(2), service()], 'pass'],
  ['recreate fails behind a service', DeploymentRollingUpdate, [replicas(2, {}, { strategy: { type: 'Recreate' } }), service()], 'fail'],
  ['strategy check skips deployments without service', DeploymentRollingUpdate, [replicas(2, {}, { strategy: { type: 'Recreate' } })], 'not-applicable'],
  ['replicas behind a service pass at two', DeploymentReplicasBehindService, [replicas(2), service()], 'pass'],
  ['replicas behind a service fail at one', DeploymentReplicasBehindService, [replicas(1), service()], 'fail'],
  ['replicas behind a service skip autoscaled', DeploymentReplicasBehindService, [replicas(1), service(), hpa()], 'not-applicable'],
  ['deployment replicas fail when unset', DeploymentReplicasAtLeastTwo, [replicas(undefined)], 'fail'],
  ['deployment replicas pass at two', DeploymentReplicasAtLeastTwo, [replicas(2)], 'pass'],
  ['deployment replicas skip configmaps', DeploymentReplicasAtLeastTwo, [configMap()], 'not-applicable'],
  ['rollout settings pass when explicit', RolloutSettingsExplicit, [replicas(2, {}, ROLLOUT)], 'pass'],
  ['rollout settings fail at defaults', RolloutSettingsExplicit, [replicas(2)], 'fail'],
  ['rollout settings skip statefulsets', RolloutSettingsExplicit, [statefulSet('app')], 'not-applicable'],
  ['recreate rollout passes without surge settings', RolloutSettingsExplicit, [replicas(2, {}, { ...ROLLOUT, strategy: { type: 'Recreate' } })], 'pass'],
];

describe('availability checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test('anti-affinity with a foreign selector fails', () => {
    const foreign = { affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { app: 'db' } } }] } } };
    expect(outcomeOf(HostAntiAffinity, [withPod(foreign)])).toBe('fail');
  });
});

describe('kind variants of availability checks', () => {
  test('deployment pdb variant fails alone', () => {
    expect(outcomeOf(DeploymentCoveredByPdb, [replicas(2)])).toBe('fail');
  });

  test('deployment pdb variant passes with a budget', () => {
    expect(outcomeOf(DeploymentCoveredByPdb, [replicas(2), pdb({ minAvailable: 1 })])).toBe('pass');
  });

  test('statefulset selector variant fails on mismatch', () => {
    const manifest = statefulSet('app');
    manifest.spec.selector = { matchLabels: { app: 'other' } };
    expect(outcomeOf(StatefulSetSelectorMatchesTemplate, [manifest])).toBe('fail');
  });

  test('statefulset selector variant skips deployments', () => {
    expect(outcomeOf(StatefulSetSelectorMatchesTemplate, [replicas(2)])).toBe('not-applicable');
  });
});
