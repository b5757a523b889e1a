import { REPLICATED_KINDS, effectiveReplicas } from '../../private/workload';
import { Check } from '../../rule';

/**
 * The workload runs at least two replicas.
 */
export const WorkloadReplicasAtLeastTwo: Check = {
  name: 'WorkloadReplicasAtLeastTwo',
  title: 'Workloads run at least two replicas.',
  rationale: 'With one replica, every node drain, eviction or crash makes the service unavailable until a new Pod starts.',
  fix: 'Set `spec.replicas` to 2 or more, or let a HorizontalPodAutoscaler with `minReplicas` of 2 or more scale the workload.',
  kinds: REPLICATED_KINDS,
  check: (object, all) => {
    const replicas = effectiveReplicas(object, all);
    if (replicas >= 2) {
      return 'pass';
    }
    return [{ fieldPath: 'spec.replicas', message: `The workload runs ${replicas} replica${replicas === 1 ? '' : 's'}. Set spec.replicas to 2 or more.` }];
  },
};
