import { indexedObjectsOfKind } from '../../private/object-index';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { sameNamespace } from '../manifest-helpers';

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
    const found = indexedObjectsOfKind(all, [target.kind]).some((candidate) => candidate.manifest.metadata?.name === target.name
      && sameNamespace(candidate.manifest, object.manifest));
    if (found) return 'pass';
    return [{ fieldPath: 'spec.scaleTargetRef', message: `The target ${target.kind}/${target.name} is not defined in the app. Correct spec.scaleTargetRef.` }];
  },
};
