import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';
import { isArgo } from './argo-helpers';

/** Argo Workflow templates with `retryPolicy: Always` limit retries by an expression on the last retry's status. */
export const ArgoWorkflowRetryOnErrors: Check = {
  name: 'ArgoWorkflowRetryOnErrors',
  title: 'Workflow retries with policy Always are limited by an expression',
  rationale: 'retryPolicy Always also retries failures that will fail again, such as a step exiting with a real error.',
  fix: 'Add retryStrategy.expression that retries only on errors and on failures with a non-zero exit code.',
  kinds: ['Workflow'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Workflow'])) return 'not-applicable';
    const templates: any[] = object.manifest.spec?.templates ?? [];
    if (!templates.some((template) => template?.retryStrategy?.retryPolicy === 'Always')) return 'not-applicable';
    return resultOf(templates.flatMap((template, index) => (template?.retryStrategy?.retryPolicy === 'Always' && typeof template.retryStrategy.expression !== 'string'
      ? [{ fieldPath: `spec.templates[${index}].retryStrategy.expression`, message: `Template "${template.name}" retries always without an expression. Add retryStrategy.expression.` }]
      : [])));
  },
};
