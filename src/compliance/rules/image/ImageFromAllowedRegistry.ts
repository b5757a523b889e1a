import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/**
 * Builds a check that every container image starts with one of the given prefixes, for example
 * `quay.io/jetstack/`.
 */
export function imageFromAllowedRegistry(name: string, prefixes: string[]): Check {
  const list = prefixes.map((prefix) => `"${prefix}"`).join(', ');
  return {
    name,
    title: `Images come from ${list}`,
    rationale: 'Pulling only from known registries keeps unreviewed or typo-squatted images off the cluster.',
    fix: `Pull the images from ${list}, or mirror them there.`,
    kinds: POD_KINDS,
    check(object: ManifestObject): RuleResult {
      return checkContainers(object, { init: true, ephemeral: true }, (location) => {
        const image = String(location.container.image ?? '');
        return prefixes.some((prefix) => image.startsWith(prefix))
          ? undefined
          : { fieldPath: `${location.path}.image`, message: `${containerName(location)} uses image "${image}", which is not from ${list}. Pull it from an allowed registry.` };
      });
    },
  };
}

/** The registry path where the cert-manager project publishes its images. */
export const CERT_MANAGER_IMAGE_PREFIX = 'quay.io/jetstack/';

/** Images come from the cert-manager project's registry path. */
export const ImageFromCertManagerRegistry = imageFromAllowedRegistry('ImageFromCertManagerRegistry', [CERT_MANAGER_IMAGE_PREFIX]);
