import { Check, ManifestObject, RuleResult } from '../../rule';

/** Controllers carry `app.kubernetes.io/instance` equal to their own name. */
export const InstanceLabelMatchesName: Check = {
  name: 'InstanceLabelMatchesName',
  title: 'The instance label equals the controller name',
  rationale: 'Tools that group objects by the instance label attribute a controller to the wrong instance when the label and the name differ.',
  fix: 'Set the label app.kubernetes.io/instance to metadata.name.',
  kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'],
  check(object: ManifestObject): RuleResult {
    const name = object.manifest.metadata?.name;
    const instance = object.manifest.metadata?.labels?.['app.kubernetes.io/instance'];
    if (instance === name) return 'pass';
    const received = instance === undefined ? 'is missing' : `is "${instance}"`;
    return [{
      fieldPath: 'metadata.labels["app.kubernetes.io/instance"]',
      message: `Label app.kubernetes.io/instance ${received}, but the name is "${name}". Set the label to the name.`,
    }];
  },
};
