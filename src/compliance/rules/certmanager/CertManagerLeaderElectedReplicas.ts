import { certManagerComponentOf } from '../../private/cert-manager';
import { Check } from '../../rule';

/**
 * The leader-elected cert-manager components run no more than 2 replicas.
 */
export const CertManagerLeaderElectedReplicas: Check = {
  name: 'CertManagerLeaderElectedReplicas',
  title: 'The cert-manager controller and cainjector run no more than 2 replicas.',
  rationale: 'Only the leader of the controller and of the cainjector does work, so replicas beyond a standby cost resources and add nothing.',
  fix: 'Set `spec.replicas` of the controller and cainjector Deployments to 2.',
  kinds: ['Deployment'],
  check: (object) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found || (found.component !== 'controller' && found.component !== 'cainjector')) {
      return 'not-applicable';
    }
    const replicas = object.manifest.spec?.replicas ?? 1;
    if (replicas <= 2) {
      return 'pass';
    }
    return [{ fieldPath: 'spec.replicas', message: `The cert-manager ${found.component} runs ${replicas} replicas, but only the leader works. Set spec.replicas to 2.` }];
  },
};
