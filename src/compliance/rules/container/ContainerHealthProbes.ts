import { ContainerLivenessProbe } from './ContainerLivenessProbe';
import { ContainerReadinessProbe } from './ContainerReadinessProbe';
import { allOf } from '../../private/combine';

/**
 * Containers of long-running workloads have liveness and readiness probes.
 */
export const ContainerHealthProbes = allOf({
  name: 'ContainerHealthProbes',
  title: 'Containers of long-running workloads have liveness and readiness probes.',
  rationale: 'Health checks let Kubernetes restart hung containers and keep unready ones out of Service endpoints.',
  fix: 'Add a `livenessProbe` and a `readinessProbe` to every container of Deployments, StatefulSets, DaemonSets and bare Pods.',
  checks: [ContainerLivenessProbe, ContainerReadinessProbe],
});
