import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';
import { isSet, resourceValue } from './resource-helpers';

/**
 * A container that mounts an `emptyDir` without `sizeLimit` sets an ephemeral-storage request and
 * limit, so the volume's disk use is bounded.
 */
export const EmptyDirStorageBounded: Check = {
  name: 'EmptyDirStorageBounded',
  title: 'emptyDir volumes have bounded disk use',
  rationale: 'An emptyDir without a size limit can fill the node\'s disk and get other pods evicted.',
  fix: 'Set sizeLimit on the emptyDir, or ephemeral-storage requests and limits on the containers that mount it.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location, pod) => {
      const unbounded = new Set<string>((pod.spec.volumes ?? [])
        .filter((volume: any) => volume?.emptyDir && !isSet(volume.emptyDir.sizeLimit))
        .map((volume: any) => volume.name));
      const mounted = (location.container.volumeMounts ?? []).filter((mount: any) => unbounded.has(mount?.name));
      if (mounted.length === 0) return undefined;
      if (isSet(resourceValue(location, 'requests', 'ephemeral-storage')) && isSet(resourceValue(location, 'limits', 'ephemeral-storage'))) return undefined;
      return {
        fieldPath: `${location.path}.resources`,
        message: `${containerName(location)} mounts emptyDir "${mounted[0].name}" without sizeLimit and sets no ephemeral-storage request and limit. Set sizeLimit or both.`,
      };
    });
  },
};
