import { HpaMaxAboveMin } from '../../../src/compliance/rules/autoscaling/HpaMaxAboveMin';
import { HpaMaxReplicasSet } from '../../../src/compliance/rules/autoscaling/HpaMaxReplicasSet';
import { HpaMinReplicasAtLeastTwo } from '../../../src/compliance/rules/autoscaling/HpaMinReplicasAtLeastTwo';
import { HpaMinReplicasSet } from '../../../src/compliance/rules/autoscaling/HpaMinReplicasSet';
import { HpaScalingBoundsExplicit } from '../../../src/compliance/rules/autoscaling/HpaScalingBoundsExplicit';
import { HpaTargetExists } from '../../../src/compliance/rules/autoscaling/HpaTargetExists';
import { NoReplicasWhenAutoscaled } from '../../../src/compliance/rules/autoscaling/NoReplicasWhenAutoscaled';
import { NoVpaAutoMode } from '../../../src/compliance/rules/autoscaling/NoVpaAutoMode';
import { WorkloadHasHpa } from '../../../src/compliance/rules/autoscaling/WorkloadHasHpa';
import { deployment } from '../manifests';
import { Case, configMap, outcomeOf } from './outcome';

function hpa(spec: Record<string, any> = {}, target = 'app'): Record<string, any> {
  return {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'app', namespace: 'apps' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: target }, ...spec },
  };
}

function vpa(updateMode?: string): Record<string, any> {
  return {
    apiVersion: 'autoscaling.k8s.io/v1',
    kind: 'VerticalPodAutoscaler',
    metadata: { name: 'app', namespace: 'apps' },
    spec: { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'app' }, ...(updateMode ? { updatePolicy: { updateMode } } : {}) },
  };
}

function unscaled(): Record<string, any> {
  const manifest = deployment();
  delete manifest.spec.replicas;
  return manifest;
}

const CASES: Case[] = [
  ['min replicas set passes', HpaMinReplicasSet, [hpa({ minReplicas: 2, maxReplicas: 4 })], 'pass'],
  ['min replicas unset fails', HpaMinReplicasSet, [hpa({ maxReplicas: 4 })], 'fail'],
  ['min replicas check skips deployments', HpaMinReplicasSet, [deployment()], 'not-applicable'],
  ['max replicas set passes', HpaMaxReplicasSet, [hpa({ maxReplicas: 4 })], 'pass'],
  ['max replicas unset fails', HpaMaxReplicasSet, [hpa({ minReplicas: 2 })], 'fail'],
  ['min two passes', HpaMinReplicasAtLeastTwo, [hpa({ minReplicas: 2, maxReplicas: 4 })], 'pass'],
  ['min one fails', HpaMinReplicasAtLeastTwo, [hpa({ minReplicas: 1, maxReplicas: 4 })], 'fail'],
  ['min unset fails', HpaMinReplicasAtLeastTwo, [hpa({ maxReplicas: 4 })], 'fail'],
  ['max above min passes', HpaMaxAboveMin, [hpa({ minReplicas: 2, maxReplicas: 4 })], 'pass'],
  ['max equal to min fails', HpaMaxAboveMin, [hpa({ minReplicas: 3, maxReplicas: 3 })], 'fail'],
  ['existing target passes', HpaTargetExists, [hpa({ maxReplicas: 4 }), deployment()], 'pass'],
  ['missing target fails', HpaTargetExists, [hpa({ maxReplicas: 4 }, 'ghost'), deployment()], 'fail'],
  ['explicit bounds pass', HpaScalingBoundsExplicit, [hpa({ minReplicas: 2, maxReplicas: 4, behavior: { scaleDown: { stabilizationWindowSeconds: 300 } } })], 'pass'],
  ['missing scale-down window fails', HpaScalingBoundsExplicit, [hpa({ minReplicas: 2, maxReplicas: 4 })], 'fail'],
  ['workload with hpa passes', WorkloadHasHpa, [deployment(), hpa({ maxReplicas: 4 })], 'pass'],
  ['workload without hpa fails', WorkloadHasHpa, [deployment()], 'fail'],
  ['hpa check skips configmaps', WorkloadHasHpa, [configMap()], 'not-applicable'],
  ['autoscaled without replicas passes', NoReplicasWhenAutoscaled, [unscaled(), hpa({ maxReplicas: 4 })], 'pass'],
  ['autoscaled with replicas fails', NoReplicasWhenAutoscaled, [deployment(), hpa({ maxReplicas: 4 })], 'fail'],
  ['replicas check skips deployments without hpa', NoReplicasWhenAutoscaled, [deployment()], 'not-applicable'],
  ['vpa off passes', NoVpaAutoMode, [vpa('Off')], 'pass'],
  ['vpa auto fails', NoVpaAutoMode, [vpa('Auto')], 'fail'],
  ['vpa unset mode fails', NoVpaAutoMode, [vpa()], 'fail'],
];

describe('autoscaling checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });
});
