import { Check, ManifestObject, RuleResult } from '../../rule';

/** PodDisruptionBudgets set `minAvailable` or `maxUnavailable`. */
export const PdbSetsPolicy: Check = {
  name: 'PdbSetsPolicy',
  title: 'PodDisruptionBudgets set a policy',
  rationale: 'A budget without minAvailable or maxUnavailable does not say how many pods must stay up.',
  fix: 'Set spec.minAvailable or spec.maxUnavailable.',
  kinds: ['PodDisruptionBudget'],
  check(object: ManifestObject): RuleResult {
    const spec = object.manifest.spec ?? {};
    if (spec.minAvailable !== undefined || spec.maxUnavailable !== undefined) return 'pass';
    return [{ fieldPath: 'spec', message: 'The PodDisruptionBudget sets neither minAvailable nor maxUnavailable. Set one of them.' }];
  },
};
