import { POD_KINDS, checkPod, namespaceOf } from '../../private/manifest';
import { indexedObjectsIn } from '../../private/object-index';
import { Check } from '../../rule';

/**
 * The workload's namespace has a ResourceQuota in the app.
 */
export const NamespaceResourceQuota: Check = {
  name: 'NamespaceResourceQuota',
  title: 'Every namespace with workloads has a ResourceQuota.',
  rationale: 'A ResourceQuota caps what a namespace may consume, so one tenant cannot exhaust the cluster.',
  fix: 'Add a ResourceQuota to each namespace that holds workloads.',
  kinds: POD_KINDS,
  check: checkPod((_pod, object, all) => {
    const namespace = namespaceOf(object.manifest);
    if (indexedObjectsIn(all, ['ResourceQuota'], namespace).length > 0) {
      return [];
    }
    return [{ fieldPath: 'metadata.namespace', message: `Namespace ${namespace ?? '(unset)'} has no ResourceQuota in the app. Add one.` }];
  }),
};
