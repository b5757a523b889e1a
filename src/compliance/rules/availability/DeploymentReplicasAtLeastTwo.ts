import { restrictKinds } from '../manifest-helpers';
import { WorkloadReplicasAtLeastTwo } from '../workload/WorkloadReplicasAtLeastTwo';

/** Deployments run at least two replicas. */
export const DeploymentReplicasAtLeastTwo = restrictKinds(WorkloadReplicasAtLeastTwo, 'DeploymentReplicasAtLeastTwo', ['Deployment']);
