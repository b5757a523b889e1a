import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName, parseImage } from '../manifest-helpers';

/** Containers whose image has no tag or the tag `latest` set `imagePullPolicy: Always`. */
export const LatestImagePullPolicyAlways: Check = {
  name: 'LatestImagePullPolicyAlways',
  title: 'Untagged and latest images are always pulled',
  rationale: 'With another policy, nodes keep whichever image they pulled first under the same name, so pods run different code.',
  fix: 'Pin a version tag, or set imagePullPolicy: Always.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const image = parseImage(String(location.container.image ?? ''));
      const floating = !image.digest && (!image.tag || image.tag === 'latest');
      const policy = location.container.imagePullPolicy;
      return floating && policy !== undefined && policy !== 'Always'
        ? { fieldPath: `${location.path}.imagePullPolicy`, message: `${containerName(location)} uses a floating image tag with imagePullPolicy ${policy}. Set Always or pin a version.` }
        : undefined;
    });
  },
};
