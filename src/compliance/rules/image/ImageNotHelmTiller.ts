import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** No container runs Helm v2's Tiller. */
export const ImageNotHelmTiller: Check = {
  name: 'ImageNotHelmTiller',
  title: 'No Helm v2 Tiller',
  rationale: 'Tiller runs with broad cluster rights and an unauthenticated gRPC endpoint by default.',
  fix: 'Remove Tiller and use Helm v3, which has no in-cluster component.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true, ephemeral: true }, (location) =>
      (String(location.container.image ?? '').includes('tiller')
        ? { fieldPath: `${location.path}.image`, message: `${containerName(location)} runs the Tiller image "${location.container.image}". Remove it and use Helm v3.` }
        : undefined));
  },
};
