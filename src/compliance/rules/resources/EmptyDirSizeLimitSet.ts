import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf, resultOf } from '../manifest-helpers';
import { isSet } from './resource-helpers';

/** Every `emptyDir` volume sets `sizeLimit`. */
export const EmptyDirSizeLimitSet: Check = {
  name: 'EmptyDirSizeLimitSet',
  title: 'emptyDir volumes set a size limit',
  rationale: 'The kubelet evicts a pod whose emptyDir passes its sizeLimit, before the volume fills the node\'s disk.',
  fix: 'Set emptyDir.sizeLimit on every emptyDir volume.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    const volumes: any[] = (pod.spec.volumes ?? [])
      .map((volume: any, index: number) => ({ volume, index }))
      .filter(({ volume }: any) => volume?.emptyDir);
    if (volumes.length === 0) return 'not-applicable';
    return resultOf(volumes.filter(({ volume }) => !isSet(volume.emptyDir.sizeLimit)).map(({ volume, index }) => ({
      fieldPath: `${pod.specPath}.volumes[${index}].emptyDir.sizeLimit`,
      message: `emptyDir volume "${volume.name}" has no sizeLimit. Set one.`,
    })));
  },
};
