import { Check } from '../../../src/compliance/rule';
import { ContainerCapabilitiesBaseline } from '../../../src/compliance/rules/container/ContainerCapabilitiesBaseline';
import { ContainerCapabilitiesDropAll } from '../../../src/compliance/rules/container/ContainerCapabilitiesDropAll';
import { ContainerCapabilitiesMinimal } from '../../../src/compliance/rules/container/ContainerCapabilitiesMinimal';
import { ContainerCapabilitiesRestricted } from '../../../src/compliance/rules/container/ContainerCapabilitiesRestricted';
import { ContainerCpuLimit } from '../../../src/compliance/rules/container/ContainerCpuLimit';
import { ContainerCpuRequest } from '../../../src/compliance/rules/container/ContainerCpuRequest';
import { ContainerDefaultProcMount } from '../../../src/compliance/rules/container/ContainerDefaultProcMount';
import { ContainerHealthProbes } from '../../../src/compliance/rules/container/ContainerHealthProbes';
import { ContainerImageDigest } from '../../../src/compliance/rules/container/ContainerImageDigest';
import { ContainerImagePullPolicyAlways } from '../../../src/compliance/rules/container/ContainerImagePullPolicyAlways';
import { ContainerImageTagPinned } from '../../../src/compliance/rules/container/ContainerImageTagPinned';
import { ContainerLivenessProbe } from '../../../src/compliance/rules/container/ContainerLivenessProbe';
import { ContainerMemoryLimit } from '../../../src/compliance/rules/container/ContainerMemoryLimit';
import { ContainerMemoryRequest } from '../../../src/compliance/rules/container/ContainerMemoryRequest';
import { ContainerNoAddedCapabilities } from '../../../src/compliance/rules/container/ContainerNoAddedCapabilities';
import { ContainerNoHostPort } from '../../../src/compliance/rules/container/ContainerNoHostPort';
import { ContainerNoLiteralCredentials } from '../../../src/compliance/rules/container/ContainerNoLiteralCredentials';
import { ContainerNoNetRaw } from '../../../src/compliance/rules/container/ContainerNoNetRaw';
import { ContainerNonRootGroup } from '../../../src/compliance/rules/container/ContainerNonRootGroup';
import { ContainerNonZeroUserId } from '../../../src/compliance/rules/container/ContainerNonZeroUserId';
import { ContainerNoPrivilegeEscalation } from '../../../src/compliance/rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNoRemoteShellPort } from '../../../src/compliance/rules/container/ContainerNoRemoteShellPort';
import { ContainerNoSecretsInEnv } from '../../../src/compliance/rules/container/ContainerNoSecretsInEnv';
import { ContainerNotPrivileged } from '../../../src/compliance/rules/container/ContainerNotPrivileged';
import { ContainerReadinessProbe } from '../../../src/compliance/rules/container/ContainerReadinessProbe';
import { ContainerReadOnlyRootFilesystem } from '../../../src/compliance/rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerResourcesSet } from '../../../src/compliance/rules/container/ContainerResourcesSet';
import { ContainerRunsAsNonRoot } from '../../../src/compliance/rules/container/ContainerRunsAsNonRoot';
import { ContainerSecurityContextHardened } from '../../../src/compliance/rules/container/ContainerSecurityContextHardened';
import { ContainerUnprivileged } from '../../../src/compliance/rules/container/ContainerUnprivileged';
import { ContainerUserAndGroupIdAbove10000 } from '../../../src/compliance/rules/container/ContainerUserAndGroupIdAbove10000';
import {
  deployment, deploymentWithContainer, deploymentWithPod, hardenedContainer, hardenedPodSpec, runCheck, service, synthesize,
  violationMessages, violationPaths,
} from '../manifests';

const C = 'spec.template.spec.containers[0]';
const SC = `${C}.securityContext`;
const POD_SC = 'spec.template.spec.securityContext';

/** Each check with a failing manifest and the field paths its violations must name. */
const CASES: [Check, Record<string, any>, string[]][] = [
  [ContainerReadOnlyRootFilesystem, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, readOnlyRootFilesystem: false } }), [`${SC}.readOnlyRootFilesystem`]],
  [ContainerNoPrivilegeEscalation, deploymentWithContainer({ securityContext: { readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } } }), [`${SC}.allowPrivilegeEscalation`]],
  [ContainerNotPrivileged, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, privileged: true } }), [`${SC}.privileged`]],
  [ContainerRunsAsNonRoot, deploymentWithPod({ securityContext: { runAsUser: 0 } }), [`${SC}.runAsNonRoot`, `${POD_SC}.runAsUser`]],
  [ContainerNonZeroUserId, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, runAsUser: 0 } }), [`${SC}.runAsUser`]],
  [ContainerUserAndGroupIdAbove10000, deploymentWithPod({ securityContext: { runAsNonRoot: true, runAsUser: 1000 } }), [`${POD_SC}.runAsUser`, `${SC}.runAsGroup`]],
  [ContainerNonRootGroup, deploymentWithPod({ securityContext: { runAsNonRoot: true, runAsGroup: 0, fsGroup: 0, supplementalGroups: [0] } }),
    [`${POD_SC}.runAsGroup`, `${POD_SC}.fsGroup`, `${POD_SC}.supplementalGroups`]],
  [ContainerCapabilitiesDropAll, deploymentWithContainer({ securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['NET_RAW'] } } }), [`${SC}.capabilities.drop`]],
  [ContainerNoAddedCapabilities, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, capabilities: { drop: ['ALL'], add: ['CHOWN'] } } }), [`${SC}.capabilities.add`]],
  [ContainerCapabilitiesBaseline, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, capabilities: { add: ['CHOWN', 'SYS_ADMIN'] } } }), [`${SC}.capabilities.add`]],
  [ContainerCapabilitiesRestricted, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, capabilities: { add: ['CHOWN'] } } }),
    [`${SC}.capabilities.drop`, `${SC}.capabilities.add`]],
  [ContainerCapabilitiesMinimal, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, capabilities: { add: ['CHOWN'] } } }),
    [`${SC}.capabilities.drop`, `${SC}.capabilities.add`]],
  [ContainerNoNetRaw, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, capabilities: { drop: ['CHOWN'] } } }), [`${SC}.capabilities.drop`]],
  [ContainerCpuRequest, deploymentWithContainer({ resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { memory: '1Gi' } } }), [`${C}.resources.requests.cpu`]],
  [ContainerMemoryRequest, deploymentWithContainer({ resources: { limits: { cpu: '1', memory: '1Gi' }, requests: { cpu: '1' } } }), [`${C}.resources.requests.memory`]],
  [ContainerCpuLimit, deploymentWithContainer({ resources: { limits: { memory: '1Gi' }, requests: { cpu: '1', memory: '1Gi' } } }), [`${C}.resources.limits.cpu`]],
  [ContainerMemoryLimit, deploymentWithContainer({ resources: { limits: { cpu: '1' }, requests: { cpu: '1', memory: '1Gi' } } }), [`${C}.resources.limits.memory`]],
  [ContainerResourcesSet, deploymentWithContainer({ resources: { requests: { cpu: '1' } } }),
    [`${C}.resources.requests.memory`, `${C}.resources.limits.cpu`, `${C}.resources.limits.memory`]],
  [ContainerLivenessProbe, deploymentWithContainer({ livenessProbe: undefined }), [`${C}.livenessProbe`]],
  [ContainerReadinessProbe, deploymentWithContainer({ readinessProbe: undefined }), [`${C}.readinessProbe`]],
  [ContainerHealthProbes, deploymentWithContainer({ readinessProbe: undefined, livenessProbe: undefined }), [`${C}.livenessProbe`, `${C}.readinessProbe`]],
  [ContainerImageTagPinned, deploymentWithContainer({ image: 'registry.example.com/app:latest' }), [`${C}.image`]],
  [ContainerImageDigest, deploymentWithContainer({ image: 'registry.example.com/app:v1.2.3' }), [`${C}.image`]],
  [ContainerImagePullPolicyAlways, deploymentWithContainer({ imagePullPolicy: 'IfNotPresent' }), [`${C}.imagePullPolicy`]],
  [ContainerNoHostPort, deploymentWithContainer({ ports: [{ containerPort: 8080, hostPort: 8080 }] }), [`${C}.ports[0].hostPort`]],
  [ContainerNoRemoteShellPort, deploymentWithContainer({ ports: [{ containerPort: 8080 }, { containerPort: 22 }] }), [`${C}.ports[1].containerPort`]],
  [ContainerDefaultProcMount, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, procMount: 'Unmasked' } }), [`${SC}.procMount`]],
  [ContainerNoSecretsInEnv, deploymentWithContainer({ env: [{ name: 'TOKEN', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }], envFrom: [{ secretRef: { name: 's' } }] }),
    [`${C}.env[0].valueFrom.secretKeyRef`, `${C}.envFrom[0].secretRef`]],
  [ContainerNoLiteralCredentials, deploymentWithContainer({ env: [{ name: 'LOG_LEVEL', value: 'debug' }, { name: 'DB_PASSWORD', value: 'hunter2' }] }), [`${C}.env[1].value`]],
  [ContainerUnprivileged, deploymentWithContainer({ securityContext: { privileged: true } }),
    [`${SC}.privileged`, `${SC}.allowPrivilegeEscalation`]],
  [ContainerSecurityContextHardened, deploymentWithContainer({ securityContext: {} }),
    [`${SC}.readOnlyRootFilesystem`, `${SC}.allowPrivilegeEscalation`, `${SC}.capabilities.drop`]],
];

describe('container checks', () => {
  test.each(CASES.map(([check, failing, paths]) => [check.name, check, failing, paths] as const))('%s passes, fails and skips', (_name, check, failing, paths) => {
    // GIVEN a hardened Deployment, the failing variant and a Service
    const [hardened] = synthesize(deployment());
    const [bad] = synthesize(failing);
    const [other] = synthesize(service());

    // THEN
    expect(runCheck(check, hardened)).toBe('pass');
    expect(violationPaths(runCheck(check, bad))).toEqual(paths);
    expect(runCheck(check, other)).toBe('not-applicable');
  });

  test('failure messages name the container and the fix', () => {
    const [bad] = synthesize(deploymentWithContainer({ securityContext: {} }));
    const result = runCheck(ContainerReadOnlyRootFilesystem, bad);
    expect(violationMessages(result)[0]).toMatch(/Container 'app' does not set securityContext.readOnlyRootFilesystem to true. Set it/);
  });

  test('init and ephemeral containers are checked', () => {
    const [bad] = synthesize(deploymentWithPod({ initContainers: [{ name: 'setup', image: 'busybox:1.36', securityContext: { privileged: true } }] }));
    const result = runCheck(ContainerNotPrivileged, bad);
    expect(violationPaths(result)).toEqual(['spec.template.spec.initContainers[0].securityContext.privileged']);
    expect(violationMessages(result)[0]).toMatch(/^Init container 'setup'/);
  });

  test('resource checks skip init containers', () => {
    const [object] = synthesize(deploymentWithPod({ initContainers: [{ name: 'setup', image: 'busybox:1.36' }] }));
    expect(runCheck(ContainerResourcesSet, object)).toBe('pass');
  });

  test.each([
    ['CronJob', { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'c', namespace: 'apps' }, spec: { schedule: '* * * * *', jobTemplate: { spec: { template: { spec: { containers: [{ name: 'c', image: 'x:1', securityContext: { privileged: true } }] } } } } } },
      'spec.jobTemplate.spec.template.spec.containers[0].securityContext.privileged'],
    ['Pod', { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'apps' }, spec: { containers: [{ name: 'c', image: 'x:1', securityContext: { privileged: true } }] } },
      'spec.containers[0].securityContext.privileged'],
    ['StatefulSet', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 's', namespace: 'apps' }, spec: { serviceName: 's', selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'x:1', securityContext: { privileged: true } }] } } } },
      'spec.template.spec.containers[0].securityContext.privileged'],
  ])('privileged check reads %s pod specs', (_kind, manifest, path) => {
    const [object] = synthesize(manifest);
    expect(violationPaths(runCheck(ContainerNotPrivileged, object))).toEqual([path]);
  });

  test('probe checks do not apply to jobs', () => {
    const [job] = synthesize({ apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'j', namespace: 'apps' }, spec: { template: { spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x:1' }] } } } });
    expect(runCheck(ContainerLivenessProbe, job)).toBe('not-applicable');
    expect(runCheck(ContainerReadinessProbe, job)).toBe('not-applicable');
  });

  test('runAsNonRoot at container level overrides the pod', () => {
    const [object] = synthesize(deployment(hardenedPodSpec({
      securityContext: { runAsNonRoot: false },
      containers: [hardenedContainer({ securityContext: { ...hardenedContainer().securityContext, runAsNonRoot: true } })],
    })));
    expect(runCheck(ContainerRunsAsNonRoot, object)).toBe('pass');
  });

  test.each([
    ['registry.example.com/app', 'without a tag'],
    ['app', 'without a tag'],
    ['localhost:5000/app', 'without a tag'],
    ['app:latest', 'tagged latest'],
  ])('image tag check fails on %s', (image, text) => {
    const [object] = synthesize(deploymentWithContainer({ image }));
    const result = runCheck(ContainerImageTagPinned, object);
    expect(violationMessages(result)[0]).toContain(text);
  });

  test('image tag check accepts a digest without a tag', () => {
    const [object] = synthesize(deploymentWithContainer({ image: 'app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' }));
    expect(runCheck(ContainerImageTagPinned, object)).toBe('pass');
  });

  test('restricted capabilities allow NET_BIND_SERVICE', () => {
    const [object] = synthesize(deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] } } }));
    expect(runCheck(ContainerCapabilitiesRestricted, object)).toBe('pass');
    expect(violationPaths(runCheck(ContainerNoAddedCapabilities, object))).toEqual([`${SC}.capabilities.add`]);
  });

  test('NET_RAW check fails when a container adds it back', () => {
    const [object] = synthesize(deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, capabilities: { drop: ['ALL'], add: ['NET_RAW'] } } }));
    expect(violationPaths(runCheck(ContainerNoNetRaw, object))).toEqual([`${SC}.capabilities.add`]);
  });
});
