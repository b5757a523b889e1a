import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** No volume mount uses `subPath` (CVE-2021-25741). */
export const NoSubPathMounts: Check = {
  name: 'NoSubPathMounts',
  title: 'Volume mounts use no subPath',
  rationale: 'On unpatched kubelets a symlink in a subPath mount gives access to files outside the volume (CVE-2021-25741); subPath mounts also never see updates of ConfigMaps and Secrets.',
  fix: 'Mount the whole volume, or project single keys with items.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => (location.container.volumeMounts ?? [])
      .map((mount: any, index: number) => ({ mount, index }))
      .filter(({ mount }: { mount: any }) => mount?.subPath !== undefined || mount?.subPathExpr !== undefined)
      .map(({ mount, index }: { mount: any; index: number }) => ({
        fieldPath: `${location.path}.volumeMounts[${index}]`,
        message: `${containerName(location)} mounts volume "${mount.name}" with a subPath. Mount the whole volume or use items.`,
      })));
  },
};
