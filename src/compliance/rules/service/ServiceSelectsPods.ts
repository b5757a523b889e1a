import { mapSelectorRequirements } from '../../private/selector-index';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { mapSelectorMatches, namespaceOf, sameNamespace, workloadCandidates } from '../manifest-helpers';

/**
 * A Service's selector matches the pods of some workload of the app in its namespace.
 *
 * NOTE: pods created outside the app are invisible, so a Service that fronts them fails here and
 * needs a suppression. A Service without a selector (endpoints managed by hand) is not applicable.
 */
export const ServiceSelectsPods: Check = {
  name: 'ServiceSelectsPods',
  title: 'Service selectors match pods',
  rationale: 'A Service whose selector matches no pods has no endpoints, so its clients fail.',
  fix: 'Make spec.selector equal to labels of the pod template that should serve the Service.',
  kinds: ['Service'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const selector = object.manifest.spec?.selector;
    if (!selector || Object.keys(selector).length === 0 || object.manifest.spec?.type === 'ExternalName') return 'not-applicable';
    const candidates = workloadCandidates(all, namespaceOf(object.manifest), mapSelectorRequirements(selector) ?? []);
    const matched = candidates.some(({ object: workload, pod }) =>
      sameNamespace(workload.manifest, object.manifest) && mapSelectorMatches(selector, pod.podMetadata.labels));
    if (matched) return 'pass';
    return [{
      fieldPath: 'spec.selector',
      message: `The selector ${JSON.stringify(selector)} matches no pod template in the namespace. Change spec.selector to the labels of the pods that serve the Service.`,
    }];
  },
};
