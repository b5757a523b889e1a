import { POD_KINDS, checkPod, namespaceOf } from '../../private/manifest';
import { indexedObjectsIn } from '../../private/object-index';
import { Check } from '../../rule';

/**
 * The workload's namespace has a LimitRange in the app.
 */
export const NamespaceLimitRange: Check = {
  name: 'NamespaceLimitRange',
  title: 'Every namespace with workloads has a LimitRange.',
  rationale: 'A LimitRange gives containers default requests and limits and caps what one container may ask for, so a container without resources cannot starve the node.',
  fix: 'Add a LimitRange to each namespace that holds workloads.',
  kinds: POD_KINDS,
  check: checkPod((_pod, object, all) => {
    const namespace = namespaceOf(object.manifest);
    if (indexedObjectsIn(all, ['LimitRange'], namespace).length > 0) {
      return [];
    }
    return [{ fieldPath: 'metadata.namespace', message: `Namespace ${namespace ?? '(unset)'} has no LimitRange in the app. Add one.` }];
  }),
};
