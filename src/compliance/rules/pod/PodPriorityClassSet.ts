import { POD_KINDS, checkPod } from '../../private/manifest';
import { Check } from '../../rule';

/**
 * The pod names a priority class.
 */
export const PodPriorityClassSet: Check = {
  name: 'PodPriorityClassSet',
  title: 'Pods name a priority class.',
  rationale: 'Without a priority class the Pod has the default priority and may be preempted or left pending in favour of less important Pods.',
  fix: 'Set `priorityClassName` on the pod spec to a PriorityClass that reflects the workload\'s importance.',
  kinds: POD_KINDS,
  check: checkPod((pod) => pod.spec.priorityClassName
    ? []
    : [{ fieldPath: `${pod.path}.priorityClassName`, message: 'The pod sets no priorityClassName. Set one that reflects the workload\'s importance.' }]),
};
