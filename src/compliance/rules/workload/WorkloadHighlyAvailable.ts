import { WorkloadPodDisruptionBudget } from './WorkloadPodDisruptionBudget';
import { WorkloadReplicasAtLeastTwo } from './WorkloadReplicasAtLeastTwo';
import { WorkloadTopologySpread } from './WorkloadTopologySpread';
import { allOf } from '../../private/combine';

/**
 * Replicated workloads run several replicas spread over nodes and zones, protected by a
 * PodDisruptionBudget.
 */
export const WorkloadHighlyAvailable = allOf({
  name: 'WorkloadHighlyAvailable',
  title: 'Replicated workloads run two or more replicas, spread over nodes and zones, with a PodDisruptionBudget.',
  rationale: 'Only replicas in separate failure domains, protected from simultaneous eviction, survive the loss of a node or a zone.',
  fix: 'Set `spec.replicas` to 2 or more, add topology spread constraints on hostname and zone, and add a PodDisruptionBudget.',
  checks: [WorkloadReplicasAtLeastTwo, WorkloadTopologySpread, WorkloadPodDisruptionBudget],
});
