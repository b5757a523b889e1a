import { Check, ManifestObject, RuleResult } from '../../rule';

/** Deployments, ReplicaSets, DaemonSets and ReplicationControllers leave `restartPolicy` at Always. */
export const RestartPolicyAlwaysForControllers: Check = {
  name: 'RestartPolicyAlwaysForControllers',
  title: 'Long-running controllers use restart policy Always',
  rationale: 'These controllers only accept restartPolicy Always; any other value is rejected by the API server.',
  fix: 'Remove spec.template.spec.restartPolicy or set it to Always.',
  kinds: ['Deployment', 'ReplicaSet', 'DaemonSet', 'ReplicationController'],
  check(object: ManifestObject): RuleResult {
    const policy = object.manifest.spec?.template?.spec?.restartPolicy;
    if (policy === undefined || policy === 'Always') return 'pass';
    return [{ fieldPath: 'spec.template.spec.restartPolicy', message: `restartPolicy is "${policy}", which ${object.manifest.kind} does not accept. Set it to Always.` }];
  },
};
