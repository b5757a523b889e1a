import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * The pod runs as a dedicated ServiceAccount, not the namespace's `default` one.
 */
export const PodNotDefaultServiceAccount: Check = {
  name: 'PodNotDefaultServiceAccount',
  title: 'Pods run as a dedicated ServiceAccount, not `default`.',
  rationale: 'Every Pod of a namespace without its own ServiceAccount shares `default`, so rights granted to one workload reach all of them.',
  fix: 'Create a ServiceAccount for the workload and set `serviceAccountName` on the pod spec.',
  kinds: POD_KINDS,
  check: checkPod((pod) => {
    const name = pod.spec.serviceAccountName || pod.spec.serviceAccount;
    if (name && name !== 'default') {
      return [];
    }
    return [{
      fieldPath: `${pod.path}.serviceAccountName`,
      message: `The pod runs as the ${name ? 'explicitly named' : 'implicit'} default ServiceAccount. Create a dedicated ServiceAccount and set serviceAccountName.`,
    }];
  }),
};
