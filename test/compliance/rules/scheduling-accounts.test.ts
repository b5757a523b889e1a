import { NoControlPlaneTolerations } from '../../../src/compliance/rules/scheduling/NoControlPlaneTolerations';
import { NoDirectNodeSelection } from '../../../src/compliance/rules/scheduling/NoDirectNodeSelection';
import { NoEphemeralContainers } from '../../../src/compliance/rules/scheduling/NoEphemeralContainers';
import { RunAsUserUniquePerWorkload } from '../../../src/compliance/rules/scheduling/RunAsUserUniquePerWorkload';
import { SafeToEvictAnnotated } from '../../../src/compliance/rules/scheduling/SafeToEvictAnnotated';
import { ServiceDiscoveryDisabled } from '../../../src/compliance/rules/scheduling/ServiceDiscoveryDisabled';
import { SysctlValuesPlain } from '../../../src/compliance/rules/scheduling/SysctlValuesPlain';
import { DefaultServiceAccountTokenNotAutomounted } from '../../../src/compliance/rules/serviceaccount/DefaultServiceAccountTokenNotAutomounted';
import { NoLegacyTokenSecrets } from '../../../src/compliance/rules/serviceaccount/NoLegacyTokenSecrets';
import { PodSpecDisablesTokenAutomount } from '../../../src/compliance/rules/serviceaccount/PodSpecDisablesTokenAutomount';
import { ServiceAccountListsNoSecrets } from '../../../src/compliance/rules/serviceaccount/ServiceAccountListsNoSecrets';
import { ServiceAccountNotShared } from '../../../src/compliance/rules/serviceaccount/ServiceAccountNotShared';
import { ServiceAccountTokenNotAutomounted } from '../../../src/compliance/rules/serviceaccount/ServiceAccountTokenNotAutomounted';
import { TokenAutomountOffEverywhere } from '../../../src/compliance/rules/serviceaccount/TokenAutomountOffEverywhere';
import { deployment, hardenedPodSpec } from '../manifests';
import { Case, configMap, outcomeOf, withPod } from './outcome';

function pod(spec: Record<string, any>): Record<string, any> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'apps' }, spec: hardenedPodSpec(spec) };
}

function account(name: string, extra: Record<string, any> = {}): Record<string, any> {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: 'apps' }, ...extra };
}

function named(name: string, podSpec: Record<string, any>): Record<string, any> {
  const manifest = deployment(hardenedPodSpec(podSpec));
  manifest.metadata.name = name;
  return manifest;
}

const CASES: Case[] = [
  ['control plane toleration fails', NoControlPlaneTolerations, [withPod({ tolerations: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] })], 'fail'],
  ['other tolerations pass', NoControlPlaneTolerations, [withPod({ tolerations: [{ key: 'dedicated', value: 'infra', effect: 'NoSchedule' }] })], 'pass'],
  ['node selector fails direct selection', NoDirectNodeSelection, [withPod({})], 'fail'],
  ['no node selector passes', NoDirectNodeSelection, [withPod({ nodeSelector: undefined })], 'pass'],
  ['node name fails', NoDirectNodeSelection, [withPod({ nodeSelector: undefined, nodeName: 'node-1' })], 'fail'],
  ['ephemeral containers fail', NoEphemeralContainers, [pod({ ephemeralContainers: [{ name: 'debug', image: 'busybox:1.36' }] })], 'fail'],
  ['pods without ephemeral containers pass', NoEphemeralContainers, [pod({})], 'pass'],
  ['ephemeral check skips deployments', NoEphemeralContainers, [deployment()], 'not-applicable'],
  ['plain sysctl values pass', SysctlValuesPlain, [withPod({ securityContext: { sysctls: [{ name: 'net.ipv4.tcp_syncookies', value: '1' }] } })], 'pass'],
  ['sysctl values with plus fail', SysctlValuesPlain, [withPod({ securityContext: { sysctls: [{ name: 'kernel.shm_rmid_forced', value: '1+kernel.core_pattern=|/x' }] } })], 'fail'],
  ['local volume with annotation passes', SafeToEvictAnnotated, [(() => {
    const manifest = withPod({ volumes: [{ name: 'tmp', emptyDir: {} }] });
    manifest.spec.template.metadata.annotations = { 'cluster-autoscaler.kubernetes.io/safe-to-evict': 'true' };
    return manifest;
  })()], 'pass'],
  ['local volume without annotation fails', SafeToEvictAnnotated, [withPod({ volumes: [{ name: 'tmp', emptyDir: {} }] })], 'fail'],
  ['pods without local volumes are not applicable', SafeToEvictAnnotated, [withPod({})], 'not-applicable'],
  ['distinct user ids pass', RunAsUserUniquePerWorkload, [named('a', {}), named('b', { securityContext: { runAsUser: 20001 } })], 'pass'],
  ['shared user ids fail', RunAsUserUniquePerWorkload, [named('a', {}), named('b', {})], 'fail'],
  ['service discovery off passes', ServiceDiscoveryDisabled, [withPod({ enableServiceLinks: false, dnsPolicy: 'Default' })], 'pass'],
  ['service links on fail', ServiceDiscoveryDisabled, [withPod({ dnsPolicy: 'Default' })], 'fail'],
  ['token secret fails', NoLegacyTokenSecrets, [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 't', namespace: 'apps' }, type: 'kubernetes.io/service-account-token' }], 'fail'],
  ['opaque secret passes', NoLegacyTokenSecrets, [{ apiVersion: 'v1', kind: 'Secret', metadata: { name: 't', namespace: 'apps' }, type: 'Opaque' }], 'pass'],
  ['account with secrets fails', ServiceAccountListsNoSecrets, [account('app', { secrets: [{ name: 'app-token' }] })], 'fail'],
  ['account without secrets passes', ServiceAccountListsNoSecrets, [account('app')], 'pass'],
  ['account automount false passes', ServiceAccountTokenNotAutomounted, [account('app', { automountServiceAccountToken: false })], 'pass'],
  ['account automount unset fails', ServiceAccountTokenNotAutomounted, [account('app')], 'fail'],
  ['default account automount false passes', DefaultServiceAccountTokenNotAutomounted, [account('default', { automountServiceAccountToken: false })], 'pass'],
  ['default account automount unset fails', DefaultServiceAccountTokenNotAutomounted, [account('default')], 'fail'],
  ['other accounts skip default check', DefaultServiceAccountTokenNotAutomounted, [account('app')], 'not-applicable'],
  ['pod spec automount false passes', PodSpecDisablesTokenAutomount, [withPod({})], 'pass'],
  ['pod spec automount unset fails', PodSpecDisablesTokenAutomount, [withPod({ automountServiceAccountToken: undefined })], 'fail'],
  ['token automount everywhere passes on accounts', TokenAutomountOffEverywhere, [account('app', { automountServiceAccountToken: false })], 'pass'],
  ['token automount everywhere fails on pods', TokenAutomountOffEverywhere, [withPod({ automountServiceAccountToken: true })], 'fail'],
  ['own service accounts pass', ServiceAccountNotShared, [named('a', { serviceAccountName: 'a' }), named('b', { serviceAccountName: 'b' })], 'pass'],
  ['shared service account fails', ServiceAccountNotShared, [named('a', {}), named('b', {})], 'fail'],
  ['account sharing skips configmaps', ServiceAccountNotShared, [configMap()], 'not-applicable'],
];

describe('scheduling and ServiceAccount checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });
});
