import { isArgo } from './argo-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Argo Workflows and WorkflowTemplates name a ServiceAccount other than `default`. */
export const ArgoWorkflowServiceAccount: Check = {
  name: 'ArgoWorkflowServiceAccount',
  title: 'Argo Workflows run as a dedicated ServiceAccount',
  rationale: 'Workflow pods running as default share its rights with every other pod of the namespace.',
  fix: 'Set spec.serviceAccountName to a ServiceAccount made for the workflow.',
  kinds: ['Workflow', 'WorkflowTemplate'],
  check(object: ManifestObject): RuleResult {
    if (!isArgo(object.manifest, ['Workflow', 'WorkflowTemplate'])) return 'not-applicable';
    const name = object.manifest.spec?.serviceAccountName;
    if (typeof name === 'string' && name !== 'default') return 'pass';
    return [{ fieldPath: 'spec.serviceAccountName', message: `serviceAccountName is ${name ?? 'unset'}. Set it to a dedicated ServiceAccount.` }];
  },
};
