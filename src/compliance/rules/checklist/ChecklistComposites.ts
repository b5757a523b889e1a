import { allOf } from '../../private/combine';
import { ContainerCapabilitiesDropAll } from '../container/ContainerCapabilitiesDropAll';
import { ContainerNoPrivilegeEscalation } from '../container/ContainerNoPrivilegeEscalation';
import { ContainerReadOnlyRootFilesystem } from '../container/ContainerReadOnlyRootFilesystem';
import { ContainerRunsAsNonRoot } from '../container/ContainerRunsAsNonRoot';
import { PodNotDefaultServiceAccount } from '../pod/PodNotDefaultServiceAccount';
import { PodSeccompProfile } from '../pod/PodSeccompProfile';
import { PodServiceAccountTokenNotAutomounted } from '../pod/PodServiceAccountTokenNotAutomounted';
import { DefaultServiceAccountTokenNotAutomounted } from '../serviceaccount/DefaultServiceAccountTokenNotAutomounted';
import { ServiceAccountNotShared } from '../serviceaccount/ServiceAccountNotShared';
import { WorkloadReplicasAtLeastTwo } from '../workload/WorkloadReplicasAtLeastTwo';
import { NoBarePods } from '../workload-config/NoBarePods';

/** Pods run through controllers, and replicated controllers run at least two replicas. */
export const ControllerWithReplicas = allOf({
  name: 'ControllerWithReplicas',
  title: 'Workloads run through a controller with more than one replica',
  rationale: 'A bare pod is not replaced when its node fails, and a single replica leaves the service down while it restarts.',
  fix: 'Run pods through a Deployment or StatefulSet with spec.replicas of 2 or more.',
  checks: [NoBarePods, WorkloadReplicasAtLeastTwo],
});

/** The default ServiceAccount and every pod turn token automounting off. */
export const DefaultTokenNotMounted = allOf({
  name: 'DefaultTokenNotMounted',
  title: 'Pods get no automatically mounted token',
  rationale: 'Pods that never call the API should hold no API token.',
  fix: 'Set automountServiceAccountToken: false on the default ServiceAccount and on pod specs.',
  checks: [DefaultServiceAccountTokenNotAutomounted, PodServiceAccountTokenNotAutomounted],
});

/** Containers run non-root, read-only, without privilege escalation, with all capabilities dropped and a seccomp profile. */
export const ContainerHardenedRuntime = allOf({
  name: 'ContainerHardenedRuntime',
  title: 'Containers run non-root, read-only, without escalation or capabilities, under seccomp',
  rationale: 'Together these settings take away the usual steps from a compromised process to the node.',
  fix: 'Set runAsNonRoot: true, readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities.drop: ["ALL"] and seccompProfile.type: RuntimeDefault.',
  checks: [ContainerRunsAsNonRoot, ContainerReadOnlyRootFilesystem, ContainerNoPrivilegeEscalation, ContainerCapabilitiesDropAll, PodSeccompProfile],
});

/** Each workload has its own ServiceAccount, not default, with no automatic token. */
export const WorkloadIdentityIsolated = allOf({
  name: 'WorkloadIdentityIsolated',
  title: 'Each workload has its own ServiceAccount without an automatic token',
  rationale: 'Separate accounts keep each workload\'s RBAC rights apart, and an unmounted token cannot be stolen.',
  fix: 'Give each workload its own ServiceAccount and set automountServiceAccountToken: false.',
  checks: [PodNotDefaultServiceAccount, ServiceAccountNotShared, PodServiceAccountTokenNotAutomounted],
});
