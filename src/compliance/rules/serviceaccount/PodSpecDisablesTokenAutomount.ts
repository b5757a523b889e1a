import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, podSpecOf } from '../manifest-helpers';

/** The pod spec itself sets `automountServiceAccountToken: false`, whatever its ServiceAccount says. */
export const PodSpecDisablesTokenAutomount: Check = {
  name: 'PodSpecDisablesTokenAutomount',
  title: 'Pod specs turn token automounting off',
  rationale: 'Setting the field on the pod keeps the token out even when the ServiceAccount allows automounting.',
  fix: 'Set spec.automountServiceAccountToken: false and mount a projected token only where the pod calls the API.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    const pod = podSpecOf(object.manifest);
    if (!pod) return 'not-applicable';
    if (pod.spec.automountServiceAccountToken === false) return 'pass';
    return [{ fieldPath: `${pod.specPath}.automountServiceAccountToken`, message: `automountServiceAccountToken is ${pod.spec.automountServiceAccountToken ?? 'unset'}. Set it to false in the pod spec.` }];
  },
};
