import { autoscalersTargeting, replicasOf, selectedByService } from './availability-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

/** Deployments behind a Service and not scaled by an HPA run at least two replicas. */
export const DeploymentReplicasBehindService: Check = {
  name: 'DeploymentReplicasBehindService',
  title: 'Deployments behind a Service run at least two replicas',
  rationale: 'With one replica the Service has no endpoint while that pod restarts or moves.',
  fix: 'Set spec.replicas to 2 or more, or scale the Deployment with a HorizontalPodAutoscaler.',
  kinds: ['Deployment'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    if (!selectedByService(object, all) || autoscalersTargeting(object, all).length > 0) return 'not-applicable';
    const replicas = replicasOf(object.manifest);
    if (replicas >= 2) return 'pass';
    return [{ fieldPath: 'spec.replicas', message: `The Deployment behind a Service runs ${replicas} replica. Set spec.replicas to 2 or more.` }];
  },
};
