import { Check, Pack, PackEntry, RuleLevel } from '../rule';
import { ApiVersionCurrent } from '../rules/api/ApiVersionServed';
import { HpaMinReplicasAtLeastTwo } from '../rules/autoscaling/HpaMinReplicasAtLeastTwo';
import { HpaTargetExists } from '../rules/autoscaling/HpaTargetExists';
import { NoReplicasWhenAutoscaled } from '../rules/autoscaling/NoReplicasWhenAutoscaled';
import { DeploymentReplicasBehindService } from '../rules/availability/DeploymentReplicasBehindService';
import { DeploymentRollingUpdate } from '../rules/availability/DeploymentRollingUpdate';
import { DeploymentHostAntiAffinity, StatefulSetHostAntiAffinity } from '../rules/availability/HostAntiAffinity';
import { PdbSetsPolicy } from '../rules/availability/PdbSetsPolicy';
import { DeploymentSelectorMatchesTemplate, StatefulSetSelectorMatchesTemplate } from '../rules/availability/SelectorMatchesTemplate';
import { StatefulSetHeadlessService } from '../rules/availability/StatefulSetHeadlessService';
import { TopologySpreadConstraintsValid } from '../rules/availability/TopologySpreadConstraintsValid';
import { DeploymentCoveredByPdb, StatefulSetCoveredByPdb } from '../rules/availability/WorkloadCoveredByPdb';
import { ContainerImageTagPinned } from '../rules/container/ContainerImageTagPinned';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerReadOnlyRootFilesystem } from '../rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerResourcesSet } from '../rules/container/ContainerResourcesSet';
import { ContainerPortsWellFormed } from '../rules/container-config/ContainerPortsWellFormed';
import { EnvNamesUnique } from '../rules/container-config/EnvNamesUnique';
import { ContainerUserAndGroupIdsAtLeast10000 } from '../rules/container-config/IdAtLeast10000';
import { CronJobRestartPolicyValid } from '../rules/cronjob/CronJobRestartPolicyValid';
import { CronJobStartingDeadline } from '../rules/cronjob/CronJobStartingDeadline';
import { ImagePullPolicyEffectivelyAlways } from '../rules/image/ImagePullPolicyEffectivelyAlways';
import { IngressBackendServiceExists } from '../rules/ingress/IngressBackendServiceExists';
import { LabelValuesValid } from '../rules/metadata/LabelValuesValid';
import { NetworkPolicySelectsPods } from '../rules/network/NetworkPolicySelectsPods';
import { NetworkPolicyTargetsPods } from '../rules/network-policy/NetworkPolicyTargetsPods';
import { PodSeccompProfile } from '../rules/pod/PodSeccompProfile';
import { ContainerProbesDiffer } from '../rules/probe/ContainerProbesDiffer';
import { PodProbesBehindService } from '../rules/probe/PodProbesBehindService';
import {
  ContainerCpuRequestEqualsLimit,
  ContainerEphemeralStorageRequestEqualsLimit,
  ContainerMemoryRequestEqualsLimit,
  ContainerRequestsEqualLimits,
} from '../rules/resources/RequestsEqualLimits';
import { ContainerEphemeralStorageSet } from '../rules/resources/ResourcesSet';
import { ServiceNotNodePort } from '../rules/service/ServiceNotNodePort';
import { ServiceSelectsPods } from '../rules/service/ServiceSelectsPods';

function entry(controlId: string, title: string, level: RuleLevel, check: Check): PackEntry {
  return { controlId, title, level, check };
}

const { ERROR, WARNING, INFO } = RuleLevel;

/**
 * The 39 checks of kube-score (zegl/kube-score, commit 06dedc9, after v1.20.0).
 *
 * kube-score grades each finding critical or warning rather than each check, so levels follow the
 * topic: security settings are errors, reliability and efficiency settings are warnings, and the
 * six checks that kube-score runs only on request (optional) are info. kube-score reads only the
 * objects passed to one run, and the checks here that relate objects likewise read only the app's
 * objects.
 * Scope differences: kube-score's seccomp check accepts any profile, while PodSeccompProfile
 * requires RuntimeDefault or Localhost on every container.
 */
export const KUBE_SCORE_PACK: Pack = {
  name: 'kube-score',
  prefix: 'KUBESCORE',
  source: 'kube-score checks at commit 06dedc9 (after v1.20.0)',
  entries: [
    entry('container-resources', 'CPU and memory requests and limits on every container', WARNING, ContainerResourcesSet),
    entry('container-resource-requests-equal-limits', 'Requests equal limits for CPU and memory', INFO, ContainerRequestsEqualLimits),
    entry('container-cpu-requests-equal-limits', 'CPU request equals CPU limit', INFO, ContainerCpuRequestEqualsLimit),
    entry('container-memory-requests-equal-limits', 'Memory request equals memory limit', INFO, ContainerMemoryRequestEqualsLimit),
    entry('container-image-tag', 'Explicit image tag other than latest', WARNING, ContainerImageTagPinned),
    entry('container-image-pull-policy', 'Pull policy Always', WARNING, ImagePullPolicyEffectivelyAlways),
    entry('container-ephemeral-storage-request-and-limit', 'Ephemeral storage request and limit on every container', WARNING, ContainerEphemeralStorageSet),
    entry('container-ephemeral-storage-request-equals-limit', 'Ephemeral storage request equals its limit', INFO, ContainerEphemeralStorageRequestEqualsLimit),
    entry('container-ports-check', 'Well-formed container ports', INFO, ContainerPortsWellFormed),
    entry('environment-variable-key-duplication', 'No environment variable defined twice', WARNING, EnvNamesUnique),
    entry('container-security-context-user-group-id', 'High user and group ids', ERROR, ContainerUserAndGroupIdsAtLeast10000),
    entry('container-security-context-privileged', 'No privileged containers', ERROR, ContainerNotPrivileged),
    entry('container-security-context-readonlyrootfilesystem', 'Read-only root filesystem', ERROR, ContainerReadOnlyRootFilesystem),
    entry('container-seccomp-profile', 'A seccomp profile is set', INFO, PodSeccompProfile),
    entry('pod-probes', 'Readiness and liveness probes for pods behind a Service', WARNING, PodProbesBehindService),
    entry('pod-probes-identical', 'Readiness and liveness probes differ', WARNING, ContainerProbesDiffer),
    entry('pod-networkpolicy', 'Pods covered by NetworkPolicies for ingress and egress', ERROR, NetworkPolicySelectsPods),
    entry('pod-topology-spread-constraints', 'Valid topology spread constraints', WARNING, TopologySpreadConstraintsValid),
    entry('networkpolicy-targets-pod', 'NetworkPolicies select at least one pod', WARNING, NetworkPolicyTargetsPods),
    entry('deployment-strategy', 'RollingUpdate for Deployments behind a Service', WARNING, DeploymentRollingUpdate),
    entry('deployment-replicas', 'Enough replicas for Deployments behind a Service', WARNING, DeploymentReplicasBehindService),
    entry('deployment-has-host-podantiaffinity', 'Deployment replicas kept apart by pod anti-affinity', WARNING, DeploymentHostAntiAffinity),
    entry('statefulset-has-host-podantiaffinity', 'StatefulSet replicas kept apart by pod anti-affinity', WARNING, StatefulSetHostAntiAffinity),
    entry('deployment-targeted-by-hpa-does-not-have-replicas-configured', 'No fixed replicas when an HPA scales the Deployment', WARNING, NoReplicasWhenAutoscaled),
    entry('deployment-has-poddisruptionbudget', 'Deployments covered by a PodDisruptionBudget', WARNING, DeploymentCoveredByPdb),
    entry('statefulset-has-poddisruptionbudget', 'StatefulSets covered by a PodDisruptionBudget', WARNING, StatefulSetCoveredByPdb),
    entry('poddisruptionbudget-has-policy', 'PodDisruptionBudgets set a policy', WARNING, PdbSetsPolicy),
    entry('statefulset-has-servicename', 'StatefulSets name an existing headless Service', WARNING, StatefulSetHeadlessService),
    entry('deployment-pod-selector-labels-match-template-metadata-labels', 'Deployment selector matches its template labels', WARNING, DeploymentSelectorMatchesTemplate),
    entry('statefulset-pod-selector-labels-match-template-metadata-labels', 'StatefulSet selector matches its template labels', WARNING, StatefulSetSelectorMatchesTemplate),
    entry('cronjob-has-deadline', 'CronJobs set a starting deadline', WARNING, CronJobStartingDeadline),
    entry('cronjob-restartpolicy', 'CronJobs set a valid restart policy', WARNING, CronJobRestartPolicyValid),
    entry('horizontalpodautoscaler-has-target', 'HPAs target existing objects', WARNING, HpaTargetExists),
    entry('horizontalpodautoscaler-replicas', 'HPAs keep at least two replicas', WARNING, HpaMinReplicasAtLeastTwo),
    entry('ingress-targets-service', 'Ingress backends name existing Services', WARNING, IngressBackendServiceExists),
    entry('service-targets-pod', 'Service selectors match some pod', WARNING, ServiceSelectsPods),
    entry('service-type', 'No NodePort Services', WARNING, ServiceNotNodePort),
    entry('stable-version', 'No deprecated API versions', WARNING, ApiVersionCurrent),
    entry('label-values', 'Valid label values', WARNING, LabelValuesValid),
  ],
};
