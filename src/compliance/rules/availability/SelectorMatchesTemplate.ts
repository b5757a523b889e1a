import { Check, ManifestObject, RuleResult } from '../../rule';
import { podSpecOf, restrictKinds, selectorMatches } from '../manifest-helpers';

/** A controller's `spec.selector` matches its own pod template labels. */
export const SelectorMatchesTemplate: Check = {
  name: 'SelectorMatchesTemplate',
  title: 'Controller selectors match their pod template labels',
  rationale: 'The API server rejects a Deployment or StatefulSet whose selector does not match its template.',
  fix: 'Make spec.selector match spec.template.metadata.labels.',
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'],
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    if (selectorMatches(object.manifest.spec?.selector, pod.podMetadata.labels ?? {})) return 'pass';
    return [{ fieldPath: 'spec.selector', message: 'spec.selector does not match spec.template.metadata.labels. Make the selector match the template labels.' }];
  },
};

/** Deployment selectors match their pod template labels. */
export const DeploymentSelectorMatchesTemplate = restrictKinds(SelectorMatchesTemplate, 'DeploymentSelectorMatchesTemplate', ['Deployment']);
/** StatefulSet selectors match their pod template labels. */
export const StatefulSetSelectorMatchesTemplate = restrictKinds(SelectorMatchesTemplate, 'StatefulSetSelectorMatchesTemplate', ['StatefulSet']);
