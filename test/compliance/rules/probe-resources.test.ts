import { Case, configMap, outcomeOf, withContainer } from './outcome';
import { ContainerHasProbe } from '../../../src/compliance/rules/probe/ContainerHasProbe';
import { ContainerPreStopHook } from '../../../src/compliance/rules/probe/ContainerPreStopHook';
import { ContainerProbesDiffer } from '../../../src/compliance/rules/probe/ContainerProbesDiffer';
import { ExecProbeNoDiagnosticTools } from '../../../src/compliance/rules/probe/ExecProbeNoDiagnosticTools';
import { PodProbesBehindService } from '../../../src/compliance/rules/probe/PodProbesBehindService';
import {
  ProbeFailureThresholdExplicit,
  ProbeInitialDelaySecondsExplicit,
  ProbePeriodSecondsExplicit,
  ProbeSuccessThresholdExplicit,
  ProbeTimeoutSecondsExplicit,
} from '../../../src/compliance/rules/probe/ProbeFieldExplicit';
import { ProbesWithDeliberateTimings } from '../../../src/compliance/rules/probe/ProbesWithDeliberateTimings';
import { ContainerCpuRequestAtMostOne } from '../../../src/compliance/rules/resources/ContainerCpuRequestAtMostOne';
import { ContainerNoCpuLimit } from '../../../src/compliance/rules/resources/ContainerNoCpuLimit';
import { EmptyDirSizeLimitSet } from '../../../src/compliance/rules/resources/EmptyDirSizeLimitSet';
import { EmptyDirStorageBounded } from '../../../src/compliance/rules/resources/EmptyDirStorageBounded';
import { MemoryLimitWithinRatio } from '../../../src/compliance/rules/resources/MemoryLimitWithinRatio';
import { PodQosBurstable, PodQosGuaranteed, qosClassOf } from '../../../src/compliance/rules/resources/PodQosClass';
import {
  ContainerCpuRequestEqualsLimit,
  ContainerEphemeralStorageRequestEqualsLimit,
  ContainerMemoryRequestEqualsLimit,
  ContainerRequestsEqualLimits,
} from '../../../src/compliance/rules/resources/RequestsEqualLimits';
import {
  ContainerEphemeralStorageSet,
  ContainerMemoryRequestAndLimitSet,
  ContainerRequestsAndMemoryLimitSet,
} from '../../../src/compliance/rules/resources/ResourcesSet';
import { service } from '../manifests';

const TIMED = { initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 2, successThreshold: 1, failureThreshold: 3 };
const timedProbes = {
  livenessProbe: { httpGet: { path: '/livez', port: 'http' }, ...TIMED },
  readinessProbe: { httpGet: { path: '/readyz', port: 'http' }, ...TIMED },
};
const sameProbes = { livenessProbe: { httpGet: { path: '/healthz', port: 'http' } }, readinessProbe: { httpGet: { path: '/healthz', port: 'http' } } };
const noProbes = { livenessProbe: undefined, readinessProbe: undefined };

function resources(requests: Record<string, string>, limits: Record<string, string>): Record<string, any> {
  return withContainer({ resources: { requests, limits } });
}

const emptyDirPod = (sizeLimit?: string) => ({ volumes: [{ name: 'tmp', emptyDir: sizeLimit ? { sizeLimit } : {} }] });
const tmpMount = { volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }] };

const CASES: Case[] = [
  ['different probes pass', ContainerProbesDiffer, [withContainer({})], 'pass'],
  ['identical probes fail', ContainerProbesDiffer, [withContainer(sameProbes)], 'fail'],
  ['probe comparison skips configmaps', ContainerProbesDiffer, [configMap()], 'not-applicable'],
  ['one probe is enough', ContainerHasProbe, [withContainer({ livenessProbe: undefined })], 'pass'],
  ['no probe fails', ContainerHasProbe, [withContainer(noProbes)], 'fail'],
  ['initial delay set passes', ProbeInitialDelaySecondsExplicit, [withContainer(timedProbes)], 'pass'],
  ['initial delay unset fails', ProbeInitialDelaySecondsExplicit, [withContainer({})], 'fail'],
  ['period set passes', ProbePeriodSecondsExplicit, [withContainer(timedProbes)], 'pass'],
  ['period zero fails', ProbePeriodSecondsExplicit, [withContainer({ livenessProbe: { ...timedProbes.livenessProbe, periodSeconds: 0 } })], 'fail'],
  ['timeout set passes', ProbeTimeoutSecondsExplicit, [withContainer(timedProbes)], 'pass'],
  ['timeout unset fails', ProbeTimeoutSecondsExplicit, [withContainer({})], 'fail'],
  ['success threshold 1 passes', ProbeSuccessThresholdExplicit, [withContainer(timedProbes)], 'pass'],
  ['liveness success threshold 2 fails', ProbeSuccessThresholdExplicit, [withContainer({ livenessProbe: { ...timedProbes.livenessProbe, successThreshold: 2 } })], 'fail'],
  ['failure threshold set passes', ProbeFailureThresholdExplicit, [withContainer(timedProbes)], 'pass'],
  ['failure threshold unset fails', ProbeFailureThresholdExplicit, [withContainer({})], 'fail'],
  ['probe fields skip containers without probes', ProbeFailureThresholdExplicit, [withContainer(noProbes)], 'pass'],
  ['deliberate timings pass', ProbesWithDeliberateTimings, [withContainer(timedProbes)], 'pass'],
  ['default timings fail', ProbesWithDeliberateTimings, [withContainer({})], 'fail'],
  ['missing readiness fails timings', ProbesWithDeliberateTimings, [withContainer({ ...timedProbes, readinessProbe: undefined })], 'fail'],
  ['prestop hook passes', ContainerPreStopHook, [withContainer({ lifecycle: { preStop: { sleep: { seconds: 5 } } } })], 'pass'],
  ['missing prestop hook fails', ContainerPreStopHook, [withContainer({})], 'fail'],
  ['exec probe with ps fails', ExecProbeNoDiagnosticTools, [withContainer({ livenessProbe: { exec: { command: ['sh', '-c', 'ps aux | grep app'] } } })], 'fail'],
  ['exec probe with own binary passes', ExecProbeNoDiagnosticTools, [withContainer({ livenessProbe: { exec: { command: ['/app', 'health'] } } })], 'pass'],
  ['probes behind a service pass', PodProbesBehindService, [withContainer({}), service()], 'pass'],
  ['missing readiness behind a service fails', PodProbesBehindService, [withContainer({ readinessProbe: undefined }), service()], 'fail'],
  ['probe check skips pods without service', PodProbesBehindService, [withContainer(noProbes)], 'not-applicable'],
  ['cpu limit fails forbid check', ContainerNoCpuLimit, [withContainer({})], 'fail'],
  ['no cpu limit passes', ContainerNoCpuLimit, [resources({ cpu: '10m', memory: '32Mi' }, { memory: '64Mi' })], 'pass'],
  ['cpu limit check skips configmaps', ContainerNoCpuLimit, [configMap()], 'not-applicable'],
  ['memory request equal to limit passes', ContainerMemoryRequestEqualsLimit, [resources({ memory: '64Mi' }, { memory: '64Mi' })], 'pass'],
  ['memory request equal in other units passes', ContainerMemoryRequestEqualsLimit, [resources({ memory: '1Gi' }, { memory: '1024Mi' })], 'pass'],
  ['memory limit alone passes as request defaults to it', ContainerMemoryRequestEqualsLimit, [resources({}, { memory: '64Mi' })], 'pass'],
  ['memory request below limit fails', ContainerMemoryRequestEqualsLimit, [resources({ memory: '32Mi' }, { memory: '64Mi' })], 'fail'],
  ['cpu request equal to limit passes', ContainerCpuRequestEqualsLimit, [resources({ cpu: '0.1' }, { cpu: '100m' })], 'pass'],
  ['cpu request below limit fails', ContainerCpuRequestEqualsLimit, [withContainer({})], 'fail'],
  ['all requests equal limits pass', ContainerRequestsEqualLimits, [resources({ cpu: '1', memory: '1Gi' }, { cpu: '1', memory: '1Gi' })], 'pass'],
  ['missing cpu limit fails equality', ContainerRequestsEqualLimits, [resources({ cpu: '1', memory: '1Gi' }, { memory: '1Gi' })], 'fail'],
  ['ephemeral equal passes', ContainerEphemeralStorageRequestEqualsLimit, [resources({ 'ephemeral-storage': '1Gi' }, { 'ephemeral-storage': '1Gi' })], 'pass'],
  ['ephemeral unequal fails', ContainerEphemeralStorageRequestEqualsLimit, [resources({ 'ephemeral-storage': '1Gi' }, { 'ephemeral-storage': '2Gi' })], 'fail'],
  ['requests and memory limit pass', ContainerRequestsAndMemoryLimitSet, [withContainer({})], 'pass'],
  ['missing cpu request fails', ContainerRequestsAndMemoryLimitSet, [resources({ memory: '32Mi' }, { memory: '64Mi' })], 'fail'],
  ['memory request and limit pass', ContainerMemoryRequestAndLimitSet, [withContainer({})], 'pass'],
  ['missing memory request fails', ContainerMemoryRequestAndLimitSet, [resources({ cpu: '10m' }, { memory: '64Mi' })], 'fail'],
  ['ephemeral storage set passes', ContainerEphemeralStorageSet, [resources({ 'ephemeral-storage': '1Gi' }, { 'ephemeral-storage': '2Gi' })], 'pass'],
  ['ephemeral storage unset fails', ContainerEphemeralStorageSet, [withContainer({})], 'fail'],
  ['cpu request of one passes', ContainerCpuRequestAtMostOne, [resources({ cpu: '1000m' }, {})], 'pass'],
  ['cpu request of two fails', ContainerCpuRequestAtMostOne, [resources({ cpu: '2' }, {})], 'fail'],
  ['memory ratio of two passes', MemoryLimitWithinRatio, [withContainer({})], 'pass'],
  ['memory ratio of four fails', MemoryLimitWithinRatio, [resources({ memory: '16Mi' }, { memory: '64Mi' })], 'fail'],
  ['guaranteed qos passes', PodQosGuaranteed, [resources({ cpu: '1', memory: '1Gi' }, { cpu: '1', memory: '1Gi' })], 'pass'],
  ['burstable pod fails guaranteed', PodQosGuaranteed, [withContainer({})], 'fail'],
  ['burstable qos passes', PodQosBurstable, [withContainer({})], 'pass'],
  ['best effort pod fails burstable', PodQosBurstable, [withContainer({ resources: {} })], 'fail'],
  ['bounded emptyDir passes', EmptyDirStorageBounded, [withContainer(tmpMount, emptyDirPod('64Mi'))], 'pass'],
  ['unbounded emptyDir fails', EmptyDirStorageBounded, [withContainer(tmpMount, emptyDirPod())], 'fail'],
  ['emptyDir with ephemeral limits passes', EmptyDirStorageBounded, [withContainer({ ...tmpMount, resources: { requests: { 'ephemeral-storage': '1Gi' }, limits: { 'ephemeral-storage': '1Gi' } } }, emptyDirPod())], 'pass'],
  ['size limit set passes', EmptyDirSizeLimitSet, [withContainer(tmpMount, emptyDirPod('64Mi'))], 'pass'],
  ['size limit unset fails', EmptyDirSizeLimitSet, [withContainer(tmpMount, emptyDirPod())], 'fail'],
  ['size limit skips pods without emptyDir', EmptyDirSizeLimitSet, [withContainer({})], 'not-applicable'],
];

describe('probe and resource checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test('qos class follows requests and limits', () => {
    expect(qosClassOf({ containers: [{ resources: { limits: { cpu: '1', memory: '1Gi' } } }] })).toBe('Guaranteed');
    expect(qosClassOf({ containers: [{ resources: { requests: { cpu: '1' } } }] })).toBe('Burstable');
    expect(qosClassOf({ containers: [{}] })).toBe('BestEffort');
  });
});
