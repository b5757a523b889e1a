import { certManagerComponentOf } from '../../private/cert-manager';
import { effectiveReplicas } from '../../private/workload';
import { Check } from '../../rule';

/** Minimum replicas per component, from cert-manager's Best Practice page. */
const MINIMUM_REPLICAS: Record<string, number> = { controller: 2, cainjector: 2, webhook: 3 };

/**
 * The cert-manager Deployments run the replica counts that the Best Practice page recommends.
 */
export const CertManagerReplicas: Check = {
  name: 'CertManagerReplicas',
  title: 'cert-manager runs at least 2 controller, 2 cainjector and 3 webhook replicas.',
  rationale: 'A second controller and cainjector take over quickly when the leader fails. Three webhook replicas keep admission of cert-manager resources available during node drains.',
  fix: 'Set `spec.replicas` of the controller and cainjector Deployments to 2 and of the webhook Deployment to 3 or more.',
  kinds: ['Deployment'],
  check: (object, all) => {
    const found = certManagerComponentOf(object.manifest);
    const minimum = found ? MINIMUM_REPLICAS[found.component] : undefined;
    if (!found || minimum === undefined) {
      return 'not-applicable';
    }
    const replicas = effectiveReplicas(object, all);
    if (replicas >= minimum) {
      return 'pass';
    }
    return [{ fieldPath: 'spec.replicas', message: `The cert-manager ${found.component} runs ${replicas} replica(s). Set spec.replicas to ${minimum} or more.` }];
  },
};
