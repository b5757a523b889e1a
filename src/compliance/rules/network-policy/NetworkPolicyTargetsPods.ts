import { labelSelectorRequirements } from '../../private/selector-index';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { namespaceOf, sameNamespace, selectorMatches, workloadCandidates } from '../manifest-helpers';

/**
 * A NetworkPolicy's `podSelector` matches the pods of some workload of the app in its namespace.
 *
 * NOTE: pods created outside the app are invisible, so a policy meant for them fails here and
 * needs a suppression.
 */
export const NetworkPolicyTargetsPods: Check = {
  name: 'NetworkPolicyTargetsPods',
  title: 'NetworkPolicies select some pods',
  rationale: 'A policy whose selector matches no pod protects nothing, which usually means a typo in its labels.',
  fix: 'Make spec.podSelector match the labels of the pods the policy is meant for.',
  kinds: ['NetworkPolicy'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const selector = object.manifest.spec?.podSelector ?? {};
    // An unset selector (false, for example) matches no pods.
    const requirements = labelSelectorRequirements(selector);
    const candidates = requirements ? workloadCandidates(all, namespaceOf(object.manifest), requirements) : [];
    const matched = candidates.some(({ object: workload, pod }) =>
      sameNamespace(workload.manifest, object.manifest) && selectorMatches(selector, pod.podMetadata.labels ?? {}));
    if (matched) return 'pass';
    return [{ fieldPath: 'spec.podSelector', message: 'The podSelector matches no pods of the app in this namespace. Correct the labels.' }];
  },
};
