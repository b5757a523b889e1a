import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** Every mount of a hostPath volume sets `readOnly: true`. */
export const HostPathMountsReadOnly: Check = {
  name: 'HostPathMountsReadOnly',
  title: 'hostPath volumes are mounted read-only',
  rationale: 'A writable host directory lets a container change node files, such as kubelet configuration or binaries.',
  fix: 'Set readOnly: true on every mount of a hostPath volume.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true, ephemeral: true }, (location, pod) => {
      const hostPathVolumes = new Set((pod.spec.volumes ?? []).filter((volume: any) => volume?.hostPath).map((volume: any) => volume.name));
      return (location.container.volumeMounts ?? [])
        .map((mount: any, index: number) => ({ mount, index }))
        .filter(({ mount }: { mount: any }) => hostPathVolumes.has(mount?.name) && mount.readOnly !== true)
        .map(({ mount, index }: { mount: any; index: number }) => ({
          fieldPath: `${location.path}.volumeMounts[${index}].readOnly`,
          message: `${containerName(location)} mounts hostPath volume "${mount.name}" writable. Set readOnly: true.`,
        }));
    });
  },
};
