import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf } from '../manifest-helpers';
import { DOCKER_SOCKET_PATH } from './runtime-sockets';

/** A pod that mounts the Docker socket carries the opt-in label `allow-docker: "true"`. */
export const DockerSocketOptInLabel: Check = {
  name: 'DockerSocketOptInLabel',
  title: 'Mounting the Docker socket requires an opt-in label',
  rationale: 'An explicit label makes the rare pod that needs the Docker socket visible and reviewable.',
  fix: 'Remove the Docker socket volume, or label the pods allow-docker: "true" after review.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const mounts = (pod.spec.volumes ?? []).some((volume: any) => volume?.hostPath?.path === DOCKER_SOCKET_PATH);
    if (!mounts) return 'not-applicable';
    if (pod.podMetadata.labels?.['allow-docker'] === 'true') return 'pass';
    return [{ fieldPath: `${pod.podMetadataPath}.labels`, message: 'The pods mount the Docker socket without the label allow-docker: "true". Remove the volume or add the label after review.' }];
  },
};
