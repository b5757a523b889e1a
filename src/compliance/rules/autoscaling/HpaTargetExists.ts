import { KeyedLists, derivedFrom } from '../../private/lookup';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { namespaceOf, sameNamespace } from '../manifest-helpers';

/** Objects of the app by kind, name and namespace (unset counts as ''), in app order. */
function indexByName(all: readonly ManifestObject[]): KeyedLists<ManifestObject> {
  const index = new KeyedLists<ManifestObject>();
  for (const object of all) {
    index.add([object.manifest.kind, object.manifest.metadata?.name, namespaceOf(object.manifest) ?? ''], object);
  }
  return index;
}

/**
 * An HPA's `scaleTargetRef` names an object of the app.
 *
 * NOTE: a target defined outside the app fails here and needs a suppression.
 */
export const HpaTargetExists: Check = {
  name: 'HpaTargetExists',
  title: 'HorizontalPodAutoscalers target existing objects',
  rationale: 'An autoscaler whose target does not exist scales nothing.',
  fix: 'Correct spec.scaleTargetRef to the kind and name of the workload.',
  kinds: ['HorizontalPodAutoscaler'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const target = object.manifest.spec?.scaleTargetRef ?? {};
    const candidates = derivedFrom(all, indexByName).get([target.kind, target.name, namespaceOf(object.manifest) ?? '']);
    const found = candidates.some((candidate) => candidate.manifest.metadata?.name === target.name
      && sameNamespace(candidate.manifest, object.manifest));
    if (found) return 'pass';
    return [{ fieldPath: 'spec.scaleTargetRef', message: `The target ${target.kind}/${target.name} is not defined in the app. Correct spec.scaleTargetRef.` }];
  },
};
