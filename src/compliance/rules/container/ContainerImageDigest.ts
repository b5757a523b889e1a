import { parseImage } from '../../private/image';
import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container image is referenced by digest.
 */
export const ContainerImageDigest: Check = {
  name: 'ContainerImageDigest',
  title: 'Container images are referenced by digest.',
  rationale: 'A tag can be moved to other content in the registry. Only a digest pins the exact image that was reviewed.',
  fix: 'Append the image digest to every image reference (`image: repo:tag@sha256:...`).',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const image = c.container.image;
    if (typeof image === 'string' && parseImage(image).digest) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.image`,
      message: `${describeContainer(c)} uses image '${image ?? ''}' without a digest. Append @sha256:<digest> to pin its content.`,
    }];
  }),
};
