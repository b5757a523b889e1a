import { KeyedLists, derivedFrom } from '../../private/lookup';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { mapSelectorMatches, namespaceOf, objectsOfKind, podSpecOf, sameNamespace } from '../manifest-helpers';

/** Services of the app by name and namespace (unset counts as ''), in app order. */
function indexServicesByName(all: readonly ManifestObject[]): KeyedLists<ManifestObject> {
  const index = new KeyedLists<ManifestObject>();
  for (const service of objectsOfKind(all as ManifestObject[], 'Service')) {
    index.add([service.manifest.metadata?.name, namespaceOf(service.manifest) ?? ''], service);
  }
  return index;
}

/**
 * A StatefulSet's `spec.serviceName` names a headless Service of the app that selects its pods.
 *
 * NOTE: a Service defined outside the app fails here and needs a suppression.
 */
export const StatefulSetHeadlessService: Check = {
  name: 'StatefulSetHeadlessService',
  title: 'StatefulSets name an existing headless Service',
  rationale: 'The headless Service gives each StatefulSet pod its stable DNS name.',
  fix: 'Set spec.serviceName to a Service with clusterIP None whose selector matches the pods.',
  kinds: ['StatefulSet'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const serviceName = object.manifest.spec?.serviceName;
    if (!serviceName) return [{ fieldPath: 'spec.serviceName', message: 'The StatefulSet sets no serviceName. Set it to a headless Service that selects the pods.' }];
    const labels = podSpecOf(object.manifest)?.podMetadata.labels ?? {};
    const candidates = derivedFrom(all, indexServicesByName).get([serviceName, namespaceOf(object.manifest) ?? '']);
    const service = candidates.find((candidate) =>
      candidate.manifest.metadata?.name === serviceName && sameNamespace(candidate.manifest, object.manifest));
    if (!service) return [{ fieldPath: 'spec.serviceName', message: `Service "${serviceName}" is not defined in the app. Add a headless Service of that name.` }];
    if (service.manifest.spec?.clusterIP !== 'None') {
      return [{ fieldPath: 'spec.serviceName', message: `Service "${serviceName}" is not headless. Set its spec.clusterIP to None.` }];
    }
    if (!mapSelectorMatches(service.manifest.spec?.selector, labels)) {
      return [{ fieldPath: 'spec.serviceName', message: `Service "${serviceName}" does not select the StatefulSet's pods. Make its selector match the pod labels.` }];
    }
    return 'pass';
  },
};
