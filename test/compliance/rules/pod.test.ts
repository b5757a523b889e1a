import { Check } from '../../../src/compliance/rule';
import { PodAppArmorNotUnconfined } from '../../../src/compliance/rules/pod/PodAppArmorNotUnconfined';
import { PodDedicatedServiceAccount } from '../../../src/compliance/rules/pod/PodDedicatedServiceAccount';
import { PodHostAccessBlocked } from '../../../src/compliance/rules/pod/PodHostAccessBlocked';
import { PodHostIpcNotShared } from '../../../src/compliance/rules/pod/PodHostIpcNotShared';
import { PodHostNamespacesNotShared } from '../../../src/compliance/rules/pod/PodHostNamespacesNotShared';
import { PodHostNetworkAndPortsNotUsed } from '../../../src/compliance/rules/pod/PodHostNetworkAndPortsNotUsed';
import { PodHostNetworkNotShared } from '../../../src/compliance/rules/pod/PodHostNetworkNotShared';
import { PodHostPidAndIpcNotShared } from '../../../src/compliance/rules/pod/PodHostPidAndIpcNotShared';
import { PodHostPidNotShared } from '../../../src/compliance/rules/pod/PodHostPidNotShared';
import { PodIsolatedFromNeighbours } from '../../../src/compliance/rules/pod/PodIsolatedFromNeighbours';
import { PodMandatoryAccessControl } from '../../../src/compliance/rules/pod/PodMandatoryAccessControl';
import { PodNodePlacement } from '../../../src/compliance/rules/pod/PodNodePlacement';
import { PodNoHostPathVolumes } from '../../../src/compliance/rules/pod/PodNoHostPathVolumes';
import { PodNotDefaultServiceAccount } from '../../../src/compliance/rules/pod/PodNotDefaultServiceAccount';
import { PodPriorityClassSet } from '../../../src/compliance/rules/pod/PodPriorityClassSet';
import { PodSeccompNotUnconfined } from '../../../src/compliance/rules/pod/PodSeccompNotUnconfined';
import { PodSeccompProfile } from '../../../src/compliance/rules/pod/PodSeccompProfile';
import { PodSeLinuxOptionsBaseline } from '../../../src/compliance/rules/pod/PodSeLinuxOptionsBaseline';
import { PodServiceAccountLeastPrivilege } from '../../../src/compliance/rules/pod/PodServiceAccountLeastPrivilege';
import { PodServiceAccountTokenNotAutomounted } from '../../../src/compliance/rules/pod/PodServiceAccountTokenNotAutomounted';
import { PodSysctlsSafe } from '../../../src/compliance/rules/pod/PodSysctlsSafe';
import { PodVolumeTypesRestricted } from '../../../src/compliance/rules/pod/PodVolumeTypesRestricted';
import { PodWindowsHostProcessNotUsed } from '../../../src/compliance/rules/pod/PodWindowsHostProcessNotUsed';
import { DefaultServiceAccountTokenNotAutomounted } from '../../../src/compliance/rules/serviceaccount/DefaultServiceAccountTokenNotAutomounted';
import { ServiceAccountTokenNotAutomounted } from '../../../src/compliance/rules/serviceaccount/ServiceAccountTokenNotAutomounted';
import { TokenAutomountDisabled } from '../../../src/compliance/rules/serviceaccount/TokenAutomountDisabled';
import {
  deployment, deploymentWithContainer, deploymentWithPod, hardenedContainer, hardenedPodSpec, runCheck, service, synthesize,
  violationMessages, violationPaths,
} from '../manifests';

const P = 'spec.template.spec';
const hardenedSecurityContext = hardenedPodSpec().securityContext;

const CASES: [Check, Record<string, any>, string[]][] = [
  [PodSeccompProfile, deploymentWithPod({ securityContext: { ...hardenedSecurityContext, seccompProfile: undefined } }), [`${P}.containers[0].securityContext.seccompProfile.type`]],
  [PodSeccompNotUnconfined, deploymentWithPod({ securityContext: { ...hardenedSecurityContext, seccompProfile: { type: 'Unconfined' } } }), [`${P}.securityContext.seccompProfile.type`]],
  [PodHostNetworkNotShared, deploymentWithPod({ hostNetwork: true }), [`${P}.hostNetwork`]],
  [PodHostPidNotShared, deploymentWithPod({ hostPID: true }), [`${P}.hostPID`]],
  [PodHostIpcNotShared, deploymentWithPod({ hostIPC: true }), [`${P}.hostIPC`]],
  [PodHostNamespacesNotShared, deploymentWithPod({ hostNetwork: true, hostIPC: true }), [`${P}.hostNetwork`, `${P}.hostIPC`]],
  [PodHostPidAndIpcNotShared, deploymentWithPod({ hostPID: true, hostIPC: true }), [`${P}.hostPID`, `${P}.hostIPC`]],
  [PodHostNetworkAndPortsNotUsed,
    deploymentWithPod({ hostNetwork: true, containers: [hardenedContainer({ ports: [{ containerPort: 80, hostPort: 80 }] })] }),
    [`${P}.hostNetwork`, `${P}.containers[0].ports[0].hostPort`]],
  [PodNoHostPathVolumes, deploymentWithPod({ volumes: [{ name: 'tmp', emptyDir: {} }, { name: 'host', hostPath: { path: '/etc' } }] }), [`${P}.volumes[1].hostPath`]],
  [PodVolumeTypesRestricted, deploymentWithPod({ volumes: [{ name: 'tmp', emptyDir: {} }, { name: 'nfs', nfs: { server: 'nfs.example.com', path: '/' } }] }), [`${P}.volumes[1].nfs`]],
  [PodWindowsHostProcessNotUsed, deploymentWithPod({ securityContext: { ...hardenedSecurityContext, windowsOptions: { hostProcess: true } } }), [`${P}.securityContext.windowsOptions.hostProcess`]],
  [PodSeLinuxOptionsBaseline, deploymentWithPod({ securityContext: { ...hardenedSecurityContext, seLinuxOptions: { type: 'spc_t', user: 'root' } } }),
    [`${P}.securityContext.seLinuxOptions.type`, `${P}.securityContext.seLinuxOptions.user`]],
  [PodAppArmorNotUnconfined, deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, appArmorProfile: { type: 'Unconfined' } } }),
    [`${P}.containers[0].securityContext.appArmorProfile.type`]],
  [PodSysctlsSafe, deploymentWithPod({ securityContext: { ...hardenedSecurityContext, sysctls: [{ name: 'net.ipv4.tcp_syncookies', value: '1' }, { name: 'kernel.msgmax', value: '1' }] } }),
    [`${P}.securityContext.sysctls[1].name`]],
  [PodServiceAccountTokenNotAutomounted, deploymentWithPod({ automountServiceAccountToken: true }), [`${P}.automountServiceAccountToken`]],
  [PodNotDefaultServiceAccount, deploymentWithPod({ serviceAccountName: undefined }), [`${P}.serviceAccountName`]],
  [PodDedicatedServiceAccount, deploymentWithPod({ serviceAccountName: 'default' }), [`${P}.serviceAccountName`]],
  [PodServiceAccountLeastPrivilege, deploymentWithPod({ serviceAccountName: 'default', automountServiceAccountToken: undefined }),
    [`${P}.serviceAccountName`, `${P}.automountServiceAccountToken`]],
  [PodPriorityClassSet, deploymentWithPod({ priorityClassName: undefined }), [`${P}.priorityClassName`]],
  [PodNodePlacement, deploymentWithPod({ nodeSelector: undefined }), [`${P}.nodeSelector`]],
  [PodHostAccessBlocked, deploymentWithPod({ hostPID: true, securityContext: { ...hardenedSecurityContext, runAsUser: 0 } }),
    [`${P}.securityContext.runAsUser`, `${P}.hostPID`]],
  [PodIsolatedFromNeighbours, deploymentWithPod({ hostNetwork: true, containers: [hardenedContainer({ resources: {} })] }),
    [`${P}.hostNetwork`, `${P}.containers[0].resources.limits.cpu`, `${P}.containers[0].resources.limits.memory`]],
  [PodMandatoryAccessControl, deploymentWithPod({ securityContext: { runAsNonRoot: true, seLinuxOptions: { role: 'sysadm_r' } } }),
    [`${P}.containers[0].securityContext.seccompProfile.type`, `${P}.securityContext.seLinuxOptions.role`]],
];

describe('pod checks', () => {
  test.each(CASES.map(([check, failing, paths]) => [check.name, check, failing, paths] as const))('%s passes, fails and skips', (_name, check, failing, paths) => {
    const [hardened] = synthesize(deployment());
    const [bad] = synthesize(failing);
    const [other] = synthesize(service());

    expect(runCheck(check, hardened)).toBe('pass');
    expect(violationPaths(runCheck(check, bad))).toEqual(paths);
    expect(runCheck(check, other)).toBe('not-applicable');
  });

  test('token automount follows the ServiceAccount when the pod is silent', () => {
    // GIVEN a pod that does not set automountServiceAccountToken
    const pod = deploymentWithPod({ automountServiceAccountToken: undefined });
    const account = (automount?: boolean) => ({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app', namespace: 'apps' }, ...(automount === undefined ? {} : { automountServiceAccountToken: automount }) });

    // THEN the ServiceAccount decides
    const withOff = synthesize(pod, account(false));
    expect(runCheck(PodServiceAccountTokenNotAutomounted, withOff[0], withOff)).toBe('pass');
    const withOn = synthesize(pod, account());
    const result = runCheck(PodServiceAccountTokenNotAutomounted, withOn[0], withOn);
    expect(violationMessages(result)[0]).toContain('ServiceAccount app does not set it to false either');
    const missing = synthesize(pod);
    const missingResult = runCheck(PodServiceAccountTokenNotAutomounted, missing[0], missing);
    expect(violationMessages(missingResult)[0]).toContain('ServiceAccount app is not part of the app');
  });

  test('legacy AppArmor annotation unconfined fails', () => {
    const manifest = deployment();
    manifest.spec.template.metadata.annotations = { 'container.apparmor.security.beta.kubernetes.io/app': 'unconfined' };
    const [object] = synthesize(manifest);
    expect(violationPaths(runCheck(PodAppArmorNotUnconfined, object))).toEqual(['spec.template.metadata.annotations["container.apparmor.security.beta.kubernetes.io/app"]']);
  });

  test('node placement ignores the operating system label', () => {
    const [object] = synthesize(deploymentWithPod({ nodeSelector: { 'kubernetes.io/os': 'linux' } }));
    expect(violationPaths(runCheck(PodNodePlacement, object))).toEqual([`${P}.nodeSelector`]);
  });

  test('seccomp profile on every container passes', () => {
    const [object] = synthesize(deployment(hardenedPodSpec({
      securityContext: { runAsNonRoot: true },
      containers: [hardenedContainer({ securityContext: { ...hardenedContainer().securityContext, seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } })],
    })));
    expect(runCheck(PodSeccompProfile, object)).toBe('pass');
  });
});

describe('service account checks', () => {
  test('ServiceAccount automount passes, fails and skips', () => {
    const [off, on, other] = synthesize(
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'a', namespace: 'apps' }, automountServiceAccountToken: false },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'b', namespace: 'apps' } },
      service(),
    );
    expect(runCheck(ServiceAccountTokenNotAutomounted, off)).toBe('pass');
    expect(violationPaths(runCheck(ServiceAccountTokenNotAutomounted, on))).toEqual(['automountServiceAccountToken']);
    expect(runCheck(ServiceAccountTokenNotAutomounted, other)).toBe('not-applicable');
  });

  test('default ServiceAccount automount passes, fails and skips', () => {
    const account = (name: string, automount?: boolean) => ({
      apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'apps' }, ...(automount === undefined ? {} : { automountServiceAccountToken: automount }),
    });
    const [off, on, named] = synthesize(account('default', false), account('default'), account('app'));
    expect(runCheck(DefaultServiceAccountTokenNotAutomounted, off)).toBe('pass');
    expect(violationPaths(runCheck(DefaultServiceAccountTokenNotAutomounted, on))).toEqual(['automountServiceAccountToken']);
    expect(runCheck(DefaultServiceAccountTokenNotAutomounted, named)).toBe('not-applicable');
  });

  test('combined automount check reads pods and ServiceAccounts', () => {
    const objects = synthesize(
      deploymentWithPod({ automountServiceAccountToken: true }),
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'app', namespace: 'apps' } },
      service(),
    );
    expect(violationPaths(runCheck(TokenAutomountDisabled, objects[0], objects))).toEqual([`${P}.automountServiceAccountToken`]);
    expect(violationPaths(runCheck(TokenAutomountDisabled, objects[1], objects))).toEqual(['automountServiceAccountToken']);
    expect(runCheck(TokenAutomountDisabled, objects[2], objects)).toBe('not-applicable');
  });
});
