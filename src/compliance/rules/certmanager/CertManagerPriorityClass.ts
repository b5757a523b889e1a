import { certManagerComponentOf } from '../../private/cert-manager';
import { Check } from '../../rule';

const PRIORITY_CLASS = 'system-cluster-critical';

/**
 * All cert-manager Pods run with the `system-cluster-critical` priority class.
 */
export const CertManagerPriorityClass: Check = {
  name: 'CertManagerPriorityClass',
  title: `All cert-manager Pods use the \`${PRIORITY_CLASS}\` priority class.`,
  rationale: 'cert-manager issues the certificates that other workloads and the API server depend on, so it must not be preempted by ordinary workloads.',
  fix: `Set \`priorityClassName: ${PRIORITY_CLASS}\` on the pod spec of every cert-manager Deployment and Job.`,
  kinds: ['Deployment', 'Job'],
  check: (object) => {
    const found = certManagerComponentOf(object.manifest);
    if (!found) {
      return 'not-applicable';
    }
    const value = found.pod.spec.priorityClassName;
    if (value === PRIORITY_CLASS) {
      return 'pass';
    }
    return [{ fieldPath: `${found.pod.path}.priorityClassName`, message: `The cert-manager ${found.component} has priorityClassName ${value ?? 'unset'}. Set it to ${PRIORITY_CLASS}.` }];
  },
};
