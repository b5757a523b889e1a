import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';
import { isArgo } from './argo-helpers';

/** Argo Workflow templates do not set an empty `retryStrategy`. */
export const ArgoWorkflowRetryStrategyNotEmpty: Check = {
  name: 'ArgoWorkflowRetryStrategyNotEmpty',
  title: 'Argo Workflow retry strategies are not empty',
  rationale: 'An empty retryStrategy retries without limit.',
  fix: 'Set retryStrategy.limit, or remove the empty retryStrategy.',
  kinds: ['Workflow'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Workflow'])) return 'not-applicable';
    return resultOf((object.manifest.spec?.templates ?? []).flatMap((template: any, index: number) =>
      (template?.retryStrategy && typeof template.retryStrategy === 'object' && Object.keys(template.retryStrategy).length === 0
        ? [{ fieldPath: `spec.templates[${index}].retryStrategy`, message: `Template "${template.name}" has an empty retryStrategy, which retries forever. Set a limit.` }]
        : [])));
  },
};
