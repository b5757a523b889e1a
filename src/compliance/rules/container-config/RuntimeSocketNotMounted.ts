import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';
import { RUNTIME_SOCKET_PATHS } from './runtime-sockets';

/** No hostPath volume points at a Docker, containerd or CRI-O socket. */
export const RuntimeSocketNotMounted: Check = {
  name: 'RuntimeSocketNotMounted',
  title: 'No container runtime sockets are mounted',
  rationale: 'A container runtime socket gives full control over every container on the node.',
  fix: 'Remove hostPath volumes that point at runtime sockets.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    return resultOf((pod.spec.volumes ?? []).flatMap((volume: any, index: number) => (RUNTIME_SOCKET_PATHS.includes(volume?.hostPath?.path)
      ? [{ fieldPath: `${pod.specPath}.volumes[${index}].hostPath.path`, message: `Volume "${volume.name}" mounts the runtime socket ${volume.hostPath.path}. Remove it.` }]
      : [])));
  },
};
