import { WorkloadReplicasAtLeastTwo } from '../workload/WorkloadReplicasAtLeastTwo';
import { restrictKinds } from '../manifest-helpers';

/** Deployments run at least two replicas. */
export const DeploymentReplicasAtLeastTwo = restrictKinds(WorkloadReplicasAtLeastTwo, 'DeploymentReplicasAtLeastTwo', ['Deployment']);
