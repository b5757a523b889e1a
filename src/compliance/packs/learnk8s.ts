import { Check, Pack, PackEntry, RuleLevel } from '../rule';
import { ApiVersionCurrent } from '../rules/api/ApiVersionServed';
import { ApiVersionStable } from '../rules/api/ApiVersionStable';
import { HpaScalingBoundsExplicit } from '../rules/autoscaling/HpaScalingBoundsExplicit';
import { NoVpaAutoMode } from '../rules/autoscaling/NoVpaAutoMode';
import { WorkloadHasHpa } from '../rules/autoscaling/WorkloadHasHpa';
import { ReplicasSpreadOverNodes } from '../rules/availability/ReplicasSpreadOverNodes';
import { RolloutSettingsExplicit } from '../rules/availability/RolloutSettingsExplicit';
import { TopologySpreadSelectsOwnPods } from '../rules/availability/TopologySpreadSelectsOwnPods';
import { WorkloadCoveredByPdb } from '../rules/availability/WorkloadCoveredByPdb';
import {
  ContainerHardenedRuntime,
  ControllerWithReplicas,
  DefaultTokenNotMounted,
  WorkloadIdentityIsolated,
} from '../rules/checklist/ChecklistComposites';
import { WorkloadMonitored } from '../rules/checklist/WorkloadMonitored';
import { ContainerCapabilitiesMinimal } from '../rules/container/ContainerCapabilitiesMinimal';
import { ContainerImageTagPinned } from '../rules/container/ContainerImageTagPinned';
import { ContainerLivenessProbe } from '../rules/container/ContainerLivenessProbe';
import { ContainerNoPrivilegeEscalation } from '../rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNoSecretsInEnv } from '../rules/container/ContainerNoSecretsInEnv';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerReadinessProbe } from '../rules/container/ContainerReadinessProbe';
import { ContainerReadOnlyRootFilesystem } from '../rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerRunsAsNonRoot } from '../rules/container/ContainerRunsAsNonRoot';
import { ImageFromCertManagerRegistry } from '../rules/image/ImageFromAllowedRegistry';
import { IngressHostsUnique } from '../rules/ingress/IngressHostsUnique';
import { RecommendedLabelsPresent } from '../rules/metadata/LabelConventions';
import { NamespaceLimitRange } from '../rules/namespace/NamespaceLimitRange';
import { NamespacePodSecurityEnforced } from '../rules/namespace/NamespacePodSecurityEnforced';
import { NamespaceResourceQuota } from '../rules/namespace/NamespaceResourceQuota';
import { NetworkPolicyBlocksMetadataService } from '../rules/network/NetworkPolicyBlocksMetadataService';
import { NetworkPolicyInNamespace } from '../rules/network/NetworkPolicyInNamespace';
import { NetworkPolicyIsolation } from '../rules/network/NetworkPolicyIsolation';
import { PodPriorityClassSet } from '../rules/pod/PodPriorityClassSet';
import { ContainerPreStopHook } from '../rules/probe/ContainerPreStopHook';
import { ContainerProbesDiffer } from '../rules/probe/ContainerProbesDiffer';
import { ProbesWithDeliberateTimings } from '../rules/probe/ProbesWithDeliberateTimings';
import { RbacLeastPrivilege } from '../rules/rbac/RbacLeastPrivilege';
import { ContainerCpuRequestAtMostOne } from '../rules/resources/ContainerCpuRequestAtMostOne';
import { ContainerNoCpuLimit } from '../rules/resources/ContainerNoCpuLimit';
import { EmptyDirStorageBounded } from '../rules/resources/EmptyDirStorageBounded';
import { ContainerMemoryRequestAndLimitSet, ContainerRequestsAndMemoryLimitSet } from '../rules/resources/ResourcesSet';
import { ConfigMapNoSensitiveContent } from '../rules/secret/ConfigMapNoSensitiveContent';
import { ServiceAccountNotShared } from '../rules/serviceaccount/ServiceAccountNotShared';
import { WorkloadPodDisruptionBudget } from '../rules/workload/WorkloadPodDisruptionBudget';

function entry(controlId: string, title: string, level: RuleLevel, check: Check): PackEntry {
  return { controlId, title, level, check };
}

function notEvaluated(controlId: string, title: string, level: RuleLevel, reason: string): PackEntry {
  return { controlId, title, level, notEvaluatedReason: reason };
}

const { ERROR, WARNING, INFO } = RuleLevel;

/**
 * The Learnk8s production best practices checklist (learnk8s/kubernetes-production-best-practices),
 * both the classic edition of 2022-03-13 and the 2026 rewrite. The checklist numbers nothing, so
 * the ids `LK8S-<section>-<n>` follow the section headings and item order of each edition.
 *
 * The checklist gives no severity, so levels follow the topic: isolation, RBAC, network policy and
 * credential handling are errors; availability, resources, probes and API versions are warnings;
 * conventions and choices that depend on the workload (labels, CPU limits, autoscaling, priority
 * classes, rollout settings) are info. Items about application code, images, the cluster or a
 * process are not evaluated. The registry items check images against quay.io/jetstack/, where
 * the cert-manager project publishes its images. LK8S-METADATA-2 is checked for the
 * `app.kubernetes.io/*` labels only, because the owner, environment and cost centre keys are each
 * organisation's choice.
 */
export const LEARNK8S_PACK: Pack = {
  name: 'learnk8s',
  prefix: 'LEARNK8S',
  source: 'Learnk8s production best practices checklist, classic edition (2022-03-13) and 2026 edition (2026-05-11)',
  entries: [
    entry('LK8S-HEALTH-1', 'Give containers a readiness probe', WARNING, ContainerReadinessProbe),
    notEvaluated('LK8S-HEALTH-2', 'Let the process exit on unrecoverable errors instead of failing its liveness probe', INFO, 'The item concerns application code, which manifests do not show.'),
    entry('LK8S-HEALTH-3', 'Use a passive liveness probe that only shows the process still responds', INFO, ContainerLivenessProbe),
    entry('LK8S-HEALTH-4', 'Do not point liveness and readiness probes at the same check', WARNING, ContainerProbesDiffer),
    notEvaluated('LK8S-INDEP-1', 'Keep readiness independent of databases, APIs and other dependencies', INFO, 'Whether readiness depends on other services is decided by the probe endpoint\'s code, which manifests do not show.'),
    notEvaluated('LK8S-INDEP-2', 'Retry connections to dependencies instead of crashing at start-up', INFO, 'The item concerns application code, which manifests do not show.'),
    notEvaluated('LK8S-SHUTDOWN-1', 'On SIGTERM, keep running while connections drain', INFO, 'The item concerns application code, which manifests do not show.'),
    entry('LK8S-SHUTDOWN-2', 'Keep serving requests during the grace period (a preStop hook can help)', INFO, ContainerPreStopHook),
    notEvaluated('LK8S-SHUTDOWN-3', 'Make the image\'s command pass SIGTERM to the application process', INFO, 'The item concerns the content of the container image, which manifests do not show.'),
    notEvaluated('LK8S-SHUTDOWN-4', 'Close idle keep-alive connections before exiting', INFO, 'The item concerns application code, which manifests do not show.'),
    entry('LK8S-FAULT-1', 'Run workloads through a controller with more than one replica', WARNING, ControllerWithReplicas),
    entry('LK8S-FAULT-2', 'Keep replicas off a single node with anti-affinity', WARNING, ReplicasSpreadOverNodes),
    entry('LK8S-FAULT-3', 'Protect replicated workloads with a PodDisruptionBudget', WARNING, WorkloadCoveredByPdb),
    entry('LK8S-RESOURCES-1', 'Set memory requests and limits on every container', WARNING, ContainerMemoryRequestAndLimitSet),
    entry('LK8S-RESOURCES-2', 'Keep CPU requests at one CPU or less unless the job is compute-heavy', INFO, ContainerCpuRequestAtMostOne),
    entry('LK8S-RESOURCES-3', 'Leave CPU limits off unless there is a reason', INFO, ContainerNoCpuLimit),
    entry('LK8S-RESOURCES-4', 'Give the namespace a LimitRange', WARNING, NamespaceLimitRange),
    notEvaluated('LK8S-RESOURCES-5', 'Choose the Quality of Service class deliberately', INFO, 'Manifests show the QoS class that requests and limits give, but whether it is the right class for the workload is a judgement.'),
    entry('LK8S-LABELS-1', 'Label resources with technical labels', INFO, RecommendedLabelsPresent),
    notEvaluated('LK8S-LABELS-2', 'Label resources with business labels', INFO, 'The business label keys (owner, project, business unit) are each organisation\'s choice; the checklist gives examples only.'),
    notEvaluated('LK8S-LABELS-3', 'Label resources with security labels', INFO, 'The security label keys (confidentiality, compliance) are each organisation\'s choice; the checklist gives examples only.'),
    notEvaluated('LK8S-LOGGING-1', 'Log to stdout and stderr', INFO, 'The item concerns application code, which manifests do not show.'),
    notEvaluated('LK8S-LOGGING-2', 'Avoid logging sidecars where the app can emit the right format itself', INFO, 'A logging sidecar can be told from other containers only by its name or image, which is guesswork.'),
    notEvaluated('LK8S-SCALING-1', 'Keep no state in the container\'s local filesystem', INFO, 'The item concerns application code, which manifests do not show.'),
    entry('LK8S-SCALING-2', 'Use a HorizontalPodAutoscaler for variable load', INFO, WorkloadHasHpa),
    entry('LK8S-SCALING-3', 'Do not run the Vertical Pod Autoscaler while it is beta', INFO, NoVpaAutoMode),
    notEvaluated('LK8S-SCALING-4', 'Use the Cluster Autoscaler for highly variable workloads', INFO, 'The item concerns the cluster\'s own configuration, which the app\'s manifests do not show.'),
    notEvaluated('LK8S-CONFIG-1', 'Keep configuration outside the code, in ConfigMaps and Secrets', INFO, 'The item concerns application code, which manifests do not show.'),
    entry('LK8S-CONFIG-2', 'Mount Secrets as volumes, not environment variables', ERROR, ContainerNoSecretsInEnv),
    entry('LK8S-NSLIMITS-1', 'Give each namespace a LimitRange', WARNING, NamespaceLimitRange),
    entry('LK8S-NSLIMITS-2', 'Give each namespace a ResourceQuota', WARNING, NamespaceResourceQuota),
    entry('LK8S-PODSEC-1', 'Turn on pod security admission policies', ERROR, NamespacePodSecurityEnforced),
    entry('LK8S-PODSEC-2', 'Do not run privileged containers', ERROR, ContainerNotPrivileged),
    entry('LK8S-PODSEC-3', 'Use a read-only root filesystem', ERROR, ContainerReadOnlyRootFilesystem),
    entry('LK8S-PODSEC-4', 'Do not run containers as root', ERROR, ContainerRunsAsNonRoot),
    entry('LK8S-PODSEC-5', 'Grant only the Linux capabilities the container needs', ERROR, ContainerCapabilitiesMinimal),
    entry('LK8S-PODSEC-6', 'Turn off privilege escalation', ERROR, ContainerNoPrivilegeEscalation),
    notEvaluated('LK8S-NETPOL-1', 'Turn on network policies', ERROR, 'Whether the CNI plugin enforces NetworkPolicy is cluster configuration, which manifests do not show.'),
    entry('LK8S-NETPOL-2', 'Put a conservative NetworkPolicy in every namespace', ERROR, NetworkPolicyInNamespace),
    entry('LK8S-RBAC-1', 'Stop the default ServiceAccount token from being mounted automatically', ERROR, DefaultTokenNotMounted),
    entry('LK8S-RBAC-2', 'Give RBAC roles the least privilege needed', ERROR, RbacLeastPrivilege),
    entry('LK8S-RBAC-3', 'Make roles granular and do not share them between workloads', WARNING, ServiceAccountNotShared),
    entry('LK8S-CUSTOM-1', 'Deploy images only from known registries', WARNING, ImageFromCertManagerRegistry),
    entry('LK8S-CUSTOM-2', 'Keep Ingress hostnames unique', WARNING, IngressHostsUnique),
    notEvaluated('LK8S-CUSTOM-3', 'Use only approved domains in Ingress hostnames', WARNING, 'The approved Ingress domains are each organisation\'s list, which the checklist does not give.'),
    notEvaluated('LK8S-CLUSTERCFG-1', 'Make the cluster pass the CIS benchmark', ERROR, 'The CIS benchmark mostly covers nodes and the control plane; its workload part is the CIS pack.'),
    entry('LK8S-CLUSTERCFG-2', 'Block Pods from the cloud provider\'s metadata API', ERROR, NetworkPolicyBlocksMetadataService),
    entry('LK8S-CLUSTERCFG-3', 'Limit the use of alpha and beta features', INFO, ApiVersionStable),
    notEvaluated('LK8S-AUTHN-1', 'Authenticate users through OpenID Connect', ERROR, 'The item concerns the cluster\'s own configuration, which the app\'s manifests do not show.'),
    notEvaluated('LK8S-CLUSTERRBAC-1', 'Reserve ServiceAccount tokens for applications and controllers, not people', WARNING, 'The item concerns an operational process, which manifests do not show.'),
    notEvaluated('LK8S-LOGSETUP-1', 'Define log retention and archiving (30 to 45 days)', INFO, 'The item concerns the cluster\'s own configuration, which the app\'s manifests do not show.'),
    notEvaluated('LK8S-LOGSETUP-2', 'Collect logs from nodes, the control plane and the audit log', INFO, 'The item concerns the cluster\'s own configuration, which the app\'s manifests do not show.'),
    notEvaluated('LK8S-LOGSETUP-3', 'Collect logs with a per-node daemon rather than sidecars', INFO, 'The item concerns the cluster\'s own configuration, which the app\'s manifests do not show.'),
    notEvaluated('LK8S-LOGSETUP-4', 'Run a log aggregation system', INFO, 'The item concerns the cluster\'s own configuration, which the app\'s manifests do not show.'),
    notEvaluated('LK8S-APP-1', 'Log structured events to stdout and stderr', INFO, 'The item concerns application code, which manifests do not show.'),
    entry('LK8S-APP-2', 'Read configuration from environment variables or mounted files, keeping sensitive values out of ConfigMaps', ERROR, ConfigMapNoSensitiveContent),
    notEvaluated('LK8S-APP-3', 'Handle SIGTERM and finish before the grace period ends', INFO, 'Signal handling is application code; the preStop part is checked by LK8S-SHUTDOWN-2.'),
    notEvaluated('LK8S-APP-4', 'Expose health endpoints for the probes to check', INFO, 'Whether the application serves the probed endpoints is decided by its code, which manifests do not show.'),
    notEvaluated('LK8S-APP-5', 'Keep durable state off the container\'s local disk', INFO, 'The item concerns application code, which manifests do not show.'),
    notEvaluated('LK8S-APP-6', 'Handle long-lived connections: reconnecting clients, draining servers', INFO, 'The item concerns application code, which manifests do not show.'),
    notEvaluated('LK8S-IMAGE-1', 'Ship only what the application needs in the image', INFO, 'The item concerns the content of the container image, which manifests do not show.'),
    entry('LK8S-IMAGE-2', 'Use stable image tags, never latest, or digests', WARNING, ContainerImageTagPinned),
    entry('LK8S-RUNTIME-1', 'Define readiness, liveness and startup probes with deliberate timings', WARNING, ProbesWithDeliberateTimings),
    entry('LK8S-RUNTIME-2', 'Set CPU and memory requests and a memory limit on every container', WARNING, ContainerRequestsAndMemoryLimitSet),
    entry('LK8S-RUNTIME-3', 'Bound ephemeral storage use', WARNING, EmptyDirStorageBounded),
    entry('LK8S-ROLLOUT-1', 'Make rolling update settings explicit', INFO, RolloutSettingsExplicit),
    notEvaluated('LK8S-ROLLOUT-2', 'Make sure old and new versions can run side by side, or choose Recreate', INFO, 'Manifests show the strategy, but whether two versions can run side by side depends on the application.'),
    notEvaluated('LK8S-ROLLOUT-3', 'Decide how ConfigMap and Secret changes reach running Pods', INFO, 'How configuration changes reach pods is a design choice with several valid forms (immutable objects, versioned names, checksum annotations), none of which manifests alone can require.'),
    entry('LK8S-PLACEMENT-1', 'Run as non-root with a read-only root filesystem, no privilege escalation, all capabilities dropped and the runtime\'s default seccomp profile', ERROR, ContainerHardenedRuntime),
    entry('LK8S-PLACEMENT-2', 'Define a PodDisruptionBudget that still lets nodes drain', WARNING, WorkloadPodDisruptionBudget),
    entry('LK8S-PLACEMENT-3', 'Spread replicas across nodes and zones', WARNING, TopologySpreadSelectsOwnPods),
    entry('LK8S-METADATA-1', 'Mount Secrets as files, not environment variables', ERROR, ContainerNoSecretsInEnv),
    entry('LK8S-METADATA-2', 'Apply the recommended app.kubernetes.io/* labels, plus owner, environment or cost centre labels', INFO, RecommendedLabelsPresent),
    entry('LK8S-METADATA-3', 'Use API versions that the target Kubernetes versions still serve', WARNING, ApiVersionCurrent),
    entry('LK8S-ACCESS-1', 'Enforce a Pod Security Standards level per namespace', ERROR, NamespacePodSecurityEnforced),
    entry('LK8S-ACCESS-2', 'Give each workload its own ServiceAccount with minimal RBAC and no automatic token when unused', ERROR, WorkloadIdentityIsolated),
    entry('LK8S-ACCESS-3', 'Restrict ingress and egress with NetworkPolicy, starting from default deny', ERROR, NetworkPolicyIsolation),
    entry('LK8S-SUPPLY-1', 'Scan images and pull them only from trusted registries', WARNING, ImageFromCertManagerRegistry),
    notEvaluated('LK8S-SUPPLY-2', 'Validate every manifest with admission policies', WARNING, 'Admission policies usually live at cluster level, outside the app, so their absence from the app shows nothing.'),
    notEvaluated('LK8S-CLOUD-1', 'Reach cloud APIs through workload identity, not static keys', WARNING, 'Workload identity depends on the cloud provider and the cluster\'s setup, which manifests show only in part.'),
    notEvaluated('LK8S-CLOUD-2', 'Keep secrets in an external store and sync or mount them', WARNING, 'Whether secrets come from an external store depends on the cluster\'s secret tooling, which manifests show only in part.'),
    entry('LK8S-SCALEMODEL-1', 'Make the application scale horizontally', INFO, WorkloadHasHpa),
    entry('LK8S-SCALEMODEL-2', 'Set autoscaler bounds and scale-down behaviour explicitly', WARNING, HpaScalingBoundsExplicit),
    notEvaluated('LK8S-SCALEMODEL-3', 'Treat vertical scaling as an option, not a default', INFO, 'Whether vertical scaling is used as an option or a default is a judgement about the workload.'),
    notEvaluated('LK8S-PRESSURE-1', 'Base requests on measured usage, including peaks', INFO, 'Sizing requests from measured usage needs metrics, which manifests do not hold.'),
    entry('LK8S-PRESSURE-2', 'Use PriorityClasses to say what survives resource pressure', INFO, PodPriorityClassSet),
    notEvaluated('LK8S-TRAFFIC-1', 'Drain traffic cleanly on scale-down', INFO, 'Draining traffic is application behaviour; the preStop part is checked by LK8S-SHUTDOWN-2.'),
    notEvaluated('LK8S-TRAFFIC-2', 'Load-test the scaling path', INFO, 'The item concerns an operational process, which manifests do not show.'),
    entry('LK8S-VISIBILITY-1', 'Make the application\'s current health visible (metrics, logs, traces)', INFO, WorkloadMonitored),
    notEvaluated('LK8S-VISIBILITY-2', 'Collect Kubernetes Events for the workload', INFO, 'The item concerns the cluster\'s own configuration, which the app\'s manifests do not show.'),
    notEvaluated('LK8S-RECOVERY-1', 'Decide between rollback and roll-forward', INFO, 'The item concerns an operational process, which manifests do not show.'),
    notEvaluated('LK8S-RECOVERY-2', 'Know what happens when a Pod crashes or a node dies', INFO, 'The item concerns an operational process, which manifests do not show.'),
    notEvaluated('LK8S-RUNBOOK-1', 'Write a troubleshooting runbook', INFO, 'The item concerns an operational process, which manifests do not show.'),
    notEvaluated('LK8S-RUNBOOK-2', 'Review cost and right-size the workload', INFO, 'Right-sizing needs usage data, which manifests do not hold.'),
  ],
};
