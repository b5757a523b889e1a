import { Check, ManifestObject, RuleResult } from '../../rule';
import { resultOf } from '../manifest-helpers';
import { isArgo } from './argo-helpers';

/** Argo Workflow DAG templates do not turn `failFast` off. */
export const ArgoWorkflowDagFailFast: Check = {
  name: 'ArgoWorkflowDagFailFast',
  title: 'Argo Workflow DAGs fail fast',
  rationale: 'With failFast off, a DAG keeps scheduling tasks after one failed, which wastes resources and hides the failure.',
  fix: 'Remove dag.failFast or set it to true.',
  kinds: ['Workflow'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Workflow'])) return 'not-applicable';
    return resultOf((object.manifest.spec?.templates ?? []).flatMap((template: any, index: number) => (template?.dag?.failFast === false
      ? [{ fieldPath: `spec.templates[${index}].dag.failFast`, message: `Template "${template.name}" turns failFast off. Set it to true.` }]
      : [])));
  },
};
