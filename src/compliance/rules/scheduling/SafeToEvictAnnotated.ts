import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf } from '../manifest-helpers';

const ANNOTATION = 'cluster-autoscaler.kubernetes.io/safe-to-evict';

/** Pods with emptyDir or hostPath volumes carry `cluster-autoscaler.kubernetes.io/safe-to-evict: "true"`. */
export const SafeToEvictAnnotated: Check = {
  name: 'SafeToEvictAnnotated',
  title: 'Pods with local volumes are marked safe to evict',
  rationale: 'The cluster autoscaler will not remove a node that runs pods with local volumes unless they are marked safe to evict, so the node stays up and costs money.',
  fix: `Add the pod annotation ${ANNOTATION}: "true" when the local data may be lost.`,
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const local = (pod.spec.volumes ?? []).some((volume: any) => volume?.emptyDir || volume?.hostPath);
    if (!local) return 'not-applicable';
    if (pod.podMetadata.annotations?.[ANNOTATION] === 'true') return 'pass';
    return [{ fieldPath: `${pod.podMetadataPath}.annotations`, message: `The pods use emptyDir or hostPath volumes without the annotation ${ANNOTATION}: "true". Add it if the data may be lost.` }];
  },
};
