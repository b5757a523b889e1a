import { Case, configMap, outcomeOf, withContainer, withPod } from './outcome';
import { ContainerLinuxHardening } from '../../../src/compliance/rules/container-config/ContainerLinuxHardening';
import { ContainerNoDangerousCapabilities } from '../../../src/compliance/rules/container-config/ContainerNoDangerousCapabilities';
import { ContainerNoInsecureCapabilities } from '../../../src/compliance/rules/container-config/ContainerNoInsecureCapabilities';
import { ContainerPortsNamed } from '../../../src/compliance/rules/container-config/ContainerPortsNamed';
import { ContainerPortsWellFormed } from '../../../src/compliance/rules/container-config/ContainerPortsWellFormed';
import { DockerSocketNotMounted } from '../../../src/compliance/rules/container-config/DockerSocketNotMounted';
import { DockerSocketOptInLabel } from '../../../src/compliance/rules/container-config/DockerSocketOptInLabel';
import { EnvNamesUnique } from '../../../src/compliance/rules/container-config/EnvNamesUnique';
import { HostPathMountsReadOnly } from '../../../src/compliance/rules/container-config/HostPathMountsReadOnly';
import {
  ContainerGroupIdAtLeast10000,
  ContainerUserAndGroupIdsAtLeast10000,
  ContainerUserIdAtLeast10000,
} from '../../../src/compliance/rules/container-config/IdAtLeast10000';
import { NoSubPathMounts } from '../../../src/compliance/rules/container-config/NoSubPathMounts';
import { PodSeccompRuntimeDefault } from '../../../src/compliance/rules/container-config/PodSeccompRuntimeDefault';
import { RuntimeSocketNotMounted } from '../../../src/compliance/rules/container-config/RuntimeSocketNotMounted';
import { SecurityContextsSet } from '../../../src/compliance/rules/container-config/SecurityContextsSet';
import { imageFromAllowedRegistry, ImageFromCertManagerRegistry } from '../../../src/compliance/rules/image/ImageFromAllowedRegistry';
import { ImageNotFromFrozenRegistry } from '../../../src/compliance/rules/image/ImageNotFromFrozenRegistry';
import { ImageNotHelmTiller } from '../../../src/compliance/rules/image/ImageNotHelmTiller';
import { ImagePullPolicyEffectivelyAlways } from '../../../src/compliance/rules/image/ImagePullPolicyEffectivelyAlways';
import { ImagePullSecretsForPrivateRegistries } from '../../../src/compliance/rules/image/ImagePullSecretsForPrivateRegistries';
import { LatestImagePullPolicyAlways } from '../../../src/compliance/rules/image/LatestImagePullPolicyAlways';
import { parseImage } from '../../../src/compliance/rules/manifest-helpers';

const JETSTACK = 'quay.io/jetstack/cert-manager-controller:v1.21.1';
const socketVolume = (path: string) => ({ volumes: [{ name: 'sock', hostPath: { path } }] });
const caps = (add: string[], drop: string[] = ['ALL']) => ({ securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { add, drop } } });
const noSecurityContext = { securityContext: undefined };

const CASES: Case[] = [
  ['cert-manager registry passes', ImageFromCertManagerRegistry, [withContainer({ image: JETSTACK })], 'pass'],
  ['other registry fails', ImageFromCertManagerRegistry, [withContainer({ image: 'docker.io/library/nginx:1.27' })], 'fail'],
  ['registry check skips configmaps', ImageFromCertManagerRegistry, [configMap()], 'not-applicable'],
  ['custom allow list passes', imageFromAllowedRegistry('ImageFromExampleRegistry', ['registry.example.com/']), [withContainer({})], 'pass'],
  ['frozen registry fails', ImageNotFromFrozenRegistry, [withContainer({ image: 'k8s.gcr.io/pause:3.9' })], 'fail'],
  ['new registry passes', ImageNotFromFrozenRegistry, [withContainer({ image: 'registry.k8s.io/pause:3.9' })], 'pass'],
  ['tiller image fails', ImageNotHelmTiller, [withContainer({ image: 'gcr.io/kubernetes-helm/tiller:v2.17.0' })], 'fail'],
  ['other images pass tiller check', ImageNotHelmTiller, [withContainer({})], 'pass'],
  ['latest with IfNotPresent fails', LatestImagePullPolicyAlways, [withContainer({ image: 'app:latest', imagePullPolicy: 'IfNotPresent' })], 'fail'],
  ['latest with Always passes', LatestImagePullPolicyAlways, [withContainer({ image: 'app:latest', imagePullPolicy: 'Always' })], 'pass'],
  ['pinned with IfNotPresent passes latest check', LatestImagePullPolicyAlways, [withContainer({ image: JETSTACK, imagePullPolicy: 'IfNotPresent' })], 'pass'],
  ['explicit Always passes', ImagePullPolicyEffectivelyAlways, [withContainer({})], 'pass'],
  ['unset policy on latest passes', ImagePullPolicyEffectivelyAlways, [withContainer({ image: 'app', imagePullPolicy: undefined })], 'pass'],
  ['unset policy on a tag fails', ImagePullPolicyEffectivelyAlways, [withContainer({ image: JETSTACK, imagePullPolicy: undefined })], 'fail'],
  ['private registry with pull secret passes', ImagePullSecretsForPrivateRegistries, [withPod({ imagePullSecrets: [{ name: 'regcred' }] })], 'pass'],
  ['private registry without pull secret fails', ImagePullSecretsForPrivateRegistries, [withPod({})], 'fail'],
  ['public registry is not applicable', ImagePullSecretsForPrivateRegistries, [withContainer({ image: JETSTACK })], 'not-applicable'],
  ['well-formed ports pass', ContainerPortsWellFormed, [withContainer({})], 'pass'],
  ['long port name fails', ContainerPortsWellFormed, [withContainer({ ports: [{ containerPort: 80, name: 'a-very-long-port-name' }] })], 'fail'],
  ['duplicate port names fail', ContainerPortsWellFormed, [withContainer({ ports: [{ containerPort: 80, name: 'http' }, { containerPort: 81, name: 'http' }] })], 'fail'],
  ['named ports pass', ContainerPortsNamed, [withContainer({})], 'pass'],
  ['unnamed ports fail', ContainerPortsNamed, [withContainer({ ports: [{ containerPort: 80 }] })], 'fail'],
  ['unique env names pass', EnvNamesUnique, [withContainer({ env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] })], 'pass'],
  ['duplicate env names fail', EnvNamesUnique, [withContainer({ env: [{ name: 'A', value: '1' }, { name: 'A', value: '2' }] })], 'fail'],
  ['subPath mounts fail', NoSubPathMounts, [withContainer({ volumeMounts: [{ name: 'cfg', mountPath: '/etc/app.yaml', subPath: 'app.yaml' }] }, { volumes: [{ name: 'cfg', configMap: { name: 'cfg' } }] })], 'fail'],
  ['whole mounts pass', NoSubPathMounts, [withContainer({ volumeMounts: [{ name: 'cfg', mountPath: '/etc/app' }] }, { volumes: [{ name: 'cfg', configMap: { name: 'cfg' } }] })], 'pass'],
  ['docker socket volume fails', DockerSocketNotMounted, [withPod(socketVolume('/var/run/docker.sock'))], 'fail'],
  ['docker socket mount path fails', DockerSocketNotMounted, [withContainer({ volumeMounts: [{ name: 'x', mountPath: '/var/run/docker.sock' }] }, { volumes: [{ name: 'x', emptyDir: {} }] })], 'fail'],
  ['no socket passes', DockerSocketNotMounted, [withPod({})], 'pass'],
  ['containerd socket fails', RuntimeSocketNotMounted, [withPod(socketVolume('/run/containerd/containerd.sock'))], 'fail'],
  ['other host path passes runtime socket check', RuntimeSocketNotMounted, [withPod(socketVolume('/var/log'))], 'pass'],
  ['docker socket with label passes', DockerSocketOptInLabel, [(() => {
    const manifest = withPod(socketVolume('/var/run/docker.sock'));
    manifest.spec.template.metadata.labels['allow-docker'] = 'true';
    return manifest;
  })()], 'pass'],
  ['docker socket without label fails', DockerSocketOptInLabel, [withPod(socketVolume('/var/run/docker.sock'))], 'fail'],
  ['opt-in label skips pods without socket', DockerSocketOptInLabel, [withPod({})], 'not-applicable'],
  ['read-only host path mount passes', HostPathMountsReadOnly, [withContainer({ volumeMounts: [{ name: 'sock', mountPath: '/host', readOnly: true }] }, socketVolume('/var/log'))], 'pass'],
  ['writable host path mount fails', HostPathMountsReadOnly, [withContainer({ volumeMounts: [{ name: 'sock', mountPath: '/host' }] }, socketVolume('/var/log'))], 'fail'],
  ['pod security context passes', SecurityContextsSet, [withPod({})], 'pass'],
  ['missing security contexts fail', SecurityContextsSet, [withContainer(noSecurityContext, { securityContext: undefined })], 'fail'],
  ['container security context alone passes', SecurityContextsSet, [withContainer({}, { securityContext: undefined })], 'pass'],
  ['runtime default seccomp passes', PodSeccompRuntimeDefault, [withPod({})], 'pass'],
  ['localhost seccomp fails runtime default', PodSeccompRuntimeDefault, [withPod({ securityContext: { seccompProfile: { type: 'Localhost', localhostProfile: 'p.json' } } })], 'fail'],
  ['user id 20000 passes', ContainerUserIdAtLeast10000, [withPod({})], 'pass'],
  ['user id 1000 fails', ContainerUserIdAtLeast10000, [withContainer({ securityContext: { runAsUser: 1000 } })], 'fail'],
  ['group id unset fails', ContainerGroupIdAtLeast10000, [withPod({ securityContext: { runAsNonRoot: true, runAsUser: 20000 } })], 'fail'],
  ['group id 10000 passes', ContainerGroupIdAtLeast10000, [withPod({ securityContext: { runAsGroup: 10000 } })], 'pass'],
  ['user and group ids pass together', ContainerUserAndGroupIdsAtLeast10000, [withPod({})], 'pass'],
  ['user and group ids fail on low group', ContainerUserAndGroupIdsAtLeast10000, [withPod({ securityContext: { runAsUser: 20000, runAsGroup: 5 } })], 'fail'],
  ['sys admin fails dangerous check', ContainerNoDangerousCapabilities, [withContainer(caps(['SYS_ADMIN']))], 'fail'],
  ['net bind service passes dangerous check', ContainerNoDangerousCapabilities, [withContainer(caps(['NET_BIND_SERVICE']))], 'pass'],
  ['sys ptrace fails insecure check', ContainerNoInsecureCapabilities, [withContainer(caps(['sys_ptrace']))], 'fail'],
  ['chown passes insecure check', ContainerNoInsecureCapabilities, [withContainer(caps(['CHOWN']))], 'pass'],
  ['dropped capabilities harden', ContainerLinuxHardening, [withContainer({}, { securityContext: {} })], 'pass'],
  ['pod seccomp hardens', ContainerLinuxHardening, [withContainer(noSecurityContext)], 'pass'],
  ['nothing hardening fails', ContainerLinuxHardening, [withContainer(noSecurityContext, { securityContext: { seccompProfile: { type: 'Unconfined' } } })], 'fail'],
];

describe('image and container checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test.each([
    ['nginx', { registry: 'docker.io', path: 'library/nginx', tag: undefined, digest: undefined }],
    ['quay.io/jetstack/cert-manager-controller:v1.21.1', { registry: 'quay.io', path: 'jetstack/cert-manager-controller', tag: 'v1.21.1', digest: undefined }],
    ['localhost:5000/app@sha256:abc', { registry: 'localhost:5000', path: 'app', tag: undefined, digest: 'sha256:abc' }],
    ['team/app:1.0', { registry: 'docker.io', path: 'team/app', tag: '1.0', digest: undefined }],
  ])('image %s parses', (image, expected) => {
    expect(parseImage(image)).toEqual(expected);
  });
});
