import { parseImage } from '../../private/image';
import { POD_KINDS, checkContainers, describeContainer } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * Every container image names a fixed version: a digest, or a tag other than `latest`.
 */
export const ContainerImageTagPinned: Check = {
  name: 'ContainerImageTagPinned',
  title: 'Container images name a fixed version, not `latest` or no tag.',
  rationale: 'An image without a tag or tagged `latest` changes under the same name, so nodes run different code and rollbacks are impossible.',
  fix: 'Reference every image by a version tag (`:v1.21.1`) or by digest (`@sha256:...`).',
  kinds: POD_KINDS,
  check: checkContainers((c) => {
    const image = c.container.image;
    if (typeof image !== 'string' || image === '') {
      return [{ fieldPath: `${c.path}.image`, message: `${describeContainer(c)} has no image. Set image to a reference with a version tag or digest.` }];
    }
    const reference = parseImage(image);
    if (reference.digest || (reference.tag && reference.tag !== 'latest')) {
      return [];
    }
    return [{
      fieldPath: `${c.path}.image`,
      message: `${describeContainer(c)} uses image '${image}' ${reference.tag ? 'tagged latest' : 'without a tag'}. Pin a version tag or a digest.`,
    }];
  }),
};
