import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { POD_KINDS, containersOf, podSpecOf, resultOf } from '../manifest-helpers';
import { DOCKER_SOCKET_PATH } from './runtime-sockets';

/** No hostPath volume points at, and no container mounts anything at, `/var/run/docker.sock`. */
export const DockerSocketNotMounted: Check = {
  name: 'DockerSocketNotMounted',
  title: 'The Docker socket is not mounted',
  rationale: 'Access to the Docker socket lets a container start privileged containers on the node and so escape.',
  fix: 'Remove the volume and the mount of /var/run/docker.sock.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const violations: RuleViolation[] = [];
    (pod.spec.volumes ?? []).forEach((volume: any, index: number) => {
      if (volume?.hostPath?.path === DOCKER_SOCKET_PATH) {
        violations.push({ fieldPath: `${pod.specPath}.volumes[${index}].hostPath.path`, message: `Volume "${volume.name}" mounts the Docker socket from the host. Remove it.` });
      }
    });
    for (const location of containersOf(pod, { init: true })) {
      (location.container.volumeMounts ?? []).forEach((mount: any, index: number) => {
        if (mount?.mountPath === DOCKER_SOCKET_PATH) {
          violations.push({ fieldPath: `${location.path}.volumeMounts[${index}].mountPath`, message: `A volume is mounted at ${DOCKER_SOCKET_PATH}. Remove the mount.` });
        }
      });
    }
    return resultOf(violations);
  },
};
