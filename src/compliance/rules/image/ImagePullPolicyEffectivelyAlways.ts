import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName, parseImage } from '../manifest-helpers';

/**
 * Every container ends up with pull policy Always: set explicitly, or left unset on an image
 * without a tag or with `latest`, which Kubernetes defaults to Always.
 */
export const ImagePullPolicyEffectivelyAlways: Check = {
  name: 'ImagePullPolicyEffectivelyAlways',
  title: 'Images are pulled on every start',
  rationale: 'Pulling on every start makes the kubelet check registry credentials, so a pod cannot reuse a private image another tenant pulled onto the node.',
  fix: 'Set imagePullPolicy: Always.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const policy = location.container.imagePullPolicy;
      const image = parseImage(String(location.container.image ?? ''));
      const defaultsToAlways = !image.digest && (!image.tag || image.tag === 'latest');
      if (policy === 'Always' || (policy === undefined && defaultsToAlways)) return undefined;
      return { fieldPath: `${location.path}.imagePullPolicy`, message: `${containerName(location)} has imagePullPolicy ${policy ?? 'unset (IfNotPresent for a tagged image)'}. Set it to Always.` };
    });
  },
};
