import { selectedByService } from './availability-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Deployments behind a Service use the RollingUpdate strategy (the default when unset). */
export const DeploymentRollingUpdate: Check = {
  name: 'DeploymentRollingUpdate',
  title: 'Deployments behind a Service roll updates',
  rationale: 'The Recreate strategy stops every pod before starting new ones, so the Service has no endpoints during the rollout.',
  fix: 'Set spec.strategy.type to RollingUpdate, or remove it.',
  kinds: ['Deployment'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    if (!selectedByService(object, all)) return 'not-applicable';
    const type = object.manifest.spec?.strategy?.type;
    if (type === undefined || type === 'RollingUpdate') return 'pass';
    return [{ fieldPath: 'spec.strategy.type', message: `The strategy is ${type}, which leaves the Service without endpoints during rollouts. Use RollingUpdate.` }];
  },
};
