import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

/** No image comes from `k8s.gcr.io`, which the Kubernetes project froze in 2023. */
export const ImageNotFromFrozenRegistry: Check = {
  name: 'ImageNotFromFrozenRegistry',
  title: 'Images do not come from the frozen k8s.gcr.io registry',
  rationale: 'k8s.gcr.io receives no new images or patches; registry.k8s.io replaced it.',
  fix: 'Replace the k8s.gcr.io prefix with registry.k8s.io.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true, ephemeral: true }, (location) =>
      (String(location.container.image ?? '').startsWith('k8s.gcr.io/')
        ? { fieldPath: `${location.path}.image`, message: `${containerName(location)} pulls from k8s.gcr.io, which gets no updates. Use registry.k8s.io.` }
        : undefined));
  },
};
