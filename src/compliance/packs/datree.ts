import { Check, Pack, PackEntry, RuleLevel } from '../rule';
import {
  ApiVersionNotDeprecatedIn1_16,
  ApiVersionNotDeprecatedIn1_17,
  ApiVersionNotDeprecatedIn1_19,
  ApiVersionNotDeprecatedIn1_21,
  ApiVersionNotDeprecatedIn1_22,
  ApiVersionNotDeprecatedIn1_23,
  ApiVersionNotDeprecatedIn1_24,
  ApiVersionNotRemovedIn1_22,
  ApiVersionNotRemovedIn1_23,
  ApiVersionNotRemovedIn1_24,
  ApiVersionNotRemovedIn1_25,
  ApiVersionNotRemovedIn1_26,
  ApiVersionNotRemovedIn1_27,
} from '../rules/api/ApiVersionServed';
import { ArgoAppInArgoCdNamespace } from '../rules/argo/ArgoAppInArgoCdNamespace';
import { ArgoCdConfigMapPartOfLabel } from '../rules/argo/ArgoCdConfigMapPartOfLabel';
import { ArgoRolloutPauseDuration } from '../rules/argo/ArgoRolloutPauseDuration';
import { ArgoRolloutProgressDeadlineAbort } from '../rules/argo/ArgoRolloutProgressDeadlineAbort';
import { ArgoRolloutRevisionHistory } from '../rules/argo/ArgoRolloutRevisionHistory';
import { ArgoRolloutScaleDownDelay } from '../rules/argo/ArgoRolloutScaleDownDelay';
import { ArgoWorkflowDagFailFast } from '../rules/argo/ArgoWorkflowDagFailFast';
import { ArgoWorkflowRetryOnErrors } from '../rules/argo/ArgoWorkflowRetryOnErrors';
import { ArgoWorkflowRetryStrategyNotEmpty } from '../rules/argo/ArgoWorkflowRetryStrategyNotEmpty';
import { ArgoWorkflowServiceAccount } from '../rules/argo/ArgoWorkflowServiceAccount';
import { HpaMaxReplicasSet } from '../rules/autoscaling/HpaMaxReplicasSet';
import { HpaMinReplicasSet } from '../rules/autoscaling/HpaMinReplicasSet';
import { AntiAffinityTermsHaveTopologyKey } from '../rules/availability/AntiAffinityTermsHaveTopologyKey';
import { DeploymentReplicasAtLeastTwo } from '../rules/availability/DeploymentReplicasAtLeastTwo';
import { TopologySpreadSchedulesAnyway } from '../rules/availability/TopologySpreadSchedulesAnyway';
import { NginxConfigMapDisallowsSnippets } from '../rules/configmap/NginxConfigMapDisallowsSnippets';
import { ContainerCapabilitiesBaseline } from '../rules/container/ContainerCapabilitiesBaseline';
import { ContainerCpuLimit } from '../rules/container/ContainerCpuLimit';
import { ContainerCpuRequest } from '../rules/container/ContainerCpuRequest';
import { ContainerImageDigest } from '../rules/container/ContainerImageDigest';
import { ContainerImageTagPinned } from '../rules/container/ContainerImageTagPinned';
import { ContainerLivenessProbe } from '../rules/container/ContainerLivenessProbe';
import { ContainerMemoryLimit } from '../rules/container/ContainerMemoryLimit';
import { ContainerMemoryRequest } from '../rules/container/ContainerMemoryRequest';
import { ContainerNoHostPort } from '../rules/container/ContainerNoHostPort';
import { ContainerNoNetRaw } from '../rules/container/ContainerNoNetRaw';
import { ContainerNoPrivilegeEscalation } from '../rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNoSecretsInEnv } from '../rules/container/ContainerNoSecretsInEnv';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerReadinessProbe } from '../rules/container/ContainerReadinessProbe';
import { ContainerReadOnlyRootFilesystem } from '../rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerRunsAsNonRoot } from '../rules/container/ContainerRunsAsNonRoot';
import { ContainerNoInsecureCapabilities } from '../rules/container-config/ContainerNoInsecureCapabilities';
import { DockerSocketNotMounted } from '../rules/container-config/DockerSocketNotMounted';
import { ContainerGroupIdAtLeast10000, ContainerUserIdAtLeast10000 } from '../rules/container-config/IdAtLeast10000';
import { NoSubPathMounts } from '../rules/container-config/NoSubPathMounts';
import { PodSeccompRuntimeDefault } from '../rules/container-config/PodSeccompRuntimeDefault';
import { SecurityContextsSet } from '../rules/container-config/SecurityContextsSet';
import { CronJobConcurrencyForbidden } from '../rules/cronjob/CronJobConcurrencyForbidden';
import { CronJobScheduleValid } from '../rules/cronjob/CronJobScheduleValid';
import { CronJobStartingDeadline } from '../rules/cronjob/CronJobStartingDeadline';
import { EndpointSliceNoLocalAddresses } from '../rules/endpointslice/EndpointSliceNoLocalAddresses';
import { IngressHostNotWildcard } from '../rules/ingress/IngressHostNotWildcard';
import { IngressNoServerSnippet } from '../rules/ingress/IngressNoServerSnippet';
import { DeploymentEnvLabelPresent, WorkloadOwnerLabelPresent } from '../rules/metadata/LabelConventions';
import { LabelValuesValid } from '../rules/metadata/LabelValuesValid';
import { NotInDefaultNamespace } from '../rules/metadata/NotInDefaultNamespace';
import { ObjectHasValidName } from '../rules/metadata/ObjectHasValidName';
import { PodHostIpcNotShared } from '../rules/pod/PodHostIpcNotShared';
import { PodHostNetworkNotShared } from '../rules/pod/PodHostNetworkNotShared';
import { PodHostPidNotShared } from '../rules/pod/PodHostPidNotShared';
import { PodNoHostPathVolumes } from '../rules/pod/PodNoHostPathVolumes';
import { PodSeccompProfile } from '../rules/pod/PodSeccompProfile';
import { PodSeLinuxOptionsBaseline } from '../rules/pod/PodSeLinuxOptionsBaseline';
import { PodWindowsHostProcessNotUsed } from '../rules/pod/PodWindowsHostProcessNotUsed';
import { ContainerPreStopHook } from '../rules/probe/ContainerPreStopHook';
import {
  ProbeFailureThresholdExplicit,
  ProbeInitialDelaySecondsExplicit,
  ProbePeriodSecondsExplicit,
  ProbeSuccessThresholdExplicit,
  ProbeTimeoutSecondsExplicit,
} from '../rules/probe/ProbeFieldExplicit';
import { RbacNoClusterAdminBinding } from '../rules/rbac/RbacNoClusterAdminBinding';
import { RbacNoEscalateBindImpersonate } from '../rules/rbac/RbacNoEscalateBindImpersonate';
import { RbacNoPodExec } from '../rules/rbac/RbacNoPodExec';
import { RbacNoSecretReadAccess } from '../rules/rbac/RbacNoSecretReadAccess';
import { RbacNoSystemMastersBinding } from '../rules/rbac/RbacNoSystemMastersBinding';
import { RbacNoWildcards } from '../rules/rbac/RbacNoWildcards';
import { ContainerNoCpuLimit } from '../rules/resources/ContainerNoCpuLimit';
import {
  NoExposedAwsSecret,
  NoExposedBitbucketSecret,
  NoExposedDatadogSecret,
  NoExposedGcpSecret,
  NoExposedGitHubSecret,
  NoExposedGitLabSecret,
  NoExposedHerokuSecret,
  NoExposedJwtSecret,
  NoExposedLaunchDarklySecret,
  NoExposedNewRelicSecret,
  NoExposedNpmSecret,
  NoExposedOktaSecret,
  NoExposedPrivateKeySecret,
  NoExposedStripeSecret,
  NoExposedSumoLogicSecret,
  NoExposedTerraformSecret,
  NoExposedTwilioSecret,
  NoExposedVaultSecret,
} from '../rules/secret/NoExposedSecret';
import { ServiceNotNodePort } from '../rules/service/ServiceNotNodePort';
import { DefaultServiceAccountTokenNotAutomounted } from '../rules/serviceaccount/DefaultServiceAccountTokenNotAutomounted';
import { TokenAutomountOffEverywhere } from '../rules/serviceaccount/TokenAutomountOffEverywhere';
import { NoBarePods } from '../rules/workload-config/NoBarePods';
import { RestartPolicyAlwaysForControllers } from '../rules/workload-config/RestartPolicyAlwaysForControllers';

function entry(controlId: string, title: string, level: RuleLevel, check: Check): PackEntry {
  return { controlId, title, level, check };
}

function notEvaluated(controlId: string, title: string, level: RuleLevel, reason: string): PackEntry {
  return { controlId, title, level, notEvaluatedReason: reason };
}

function goExtensionReason(keyword: string): string {
  return `Datree decides this rule in Go code behind its ${keyword} schema keyword, not in the published rule data, so its exact logic cannot be reproduced from manifests and rule data.`;
}

const { ERROR, WARNING, INFO } = RuleLevel;

/**
 * The 111 built-in rules of Datree (datreeio/datree, tag 1.9.22-rc), cited by their
 * `uniqueName`.
 *
 * Datree gives no severity per rule, so levels follow each rule's topic. Rules about container
 * isolation, RBAC, credentials and known CVEs (Datree's CIS, NSA, CVE, Secrets and EKS security
 * categories) are errors, and so are rules about API versions that Kubernetes no longer serves.
 * Rules about resources, probes, scheduling, deprecated but still served APIs, validity and Argo
 * settings are warnings. The owner and env label conventions are info.
 *
 * Three rules (81, 89 and 101) rely on Go extensions of Datree's validator and are not evaluated.
 * Scope differences: Datree passes a Deployment without `spec.replicas`, which fails here because
 * the API defaults it to 1. Datree's exec rule (48) also flags any role rule whose verbs are only
 * `create`, while RbacNoPodExec checks the rule's stated intent, exec into pods.
 * Datree's probe rules (11, 12) also cover Jobs and CronJobs, whose pods run to completion, while
 * the probe checks here cover long-running workloads only.
 */
export const DATREE_PACK: Pack = {
  name: 'datree',
  prefix: 'DATREE',
  source: 'Datree built-in rules (defaultRules.yaml) at tag 1.9.22-rc',
  entries: [
    entry('CONTAINERS_MISSING_IMAGE_VALUE_VERSION', 'Images are pinned to a version', WARNING, ContainerImageTagPinned),
    entry('CONTAINERS_MISSING_MEMORY_REQUEST_KEY', 'Containers set a memory request', WARNING, ContainerMemoryRequest),
    entry('CONTAINERS_MISSING_CPU_REQUEST_KEY', 'Containers set a CPU request', WARNING, ContainerCpuRequest),
    entry('CONTAINERS_MISSING_MEMORY_LIMIT_KEY', 'Containers set a memory limit', WARNING, ContainerMemoryLimit),
    entry('CONTAINERS_MISSING_CPU_LIMIT_KEY', 'Containers set a CPU limit', WARNING, ContainerCpuLimit),
    entry('INGRESS_INCORRECT_HOST_VALUE_PERMISSIVE', 'Ingress rules do not use the host *', WARNING, IngressHostNotWildcard),
    entry('SERVICE_INCORRECT_TYPE_VALUE_NODEPORT', 'Services do not open node ports', WARNING, ServiceNotNodePort),
    entry('CRONJOB_INVALID_SCHEDULE_VALUE', 'CronJob schedules are valid', WARNING, CronJobScheduleValid),
    entry('WORKLOAD_INVALID_LABELS_VALUE', 'Label values are valid', WARNING, LabelValuesValid),
    entry('WORKLOAD_INCORRECT_RESTARTPOLICY_VALUE_ALWAYS', 'Long-running controllers use restart policy Always', WARNING, RestartPolicyAlwaysForControllers),
    entry('CONTAINERS_MISSING_LIVENESSPROBE_KEY', 'Containers have a liveness probe', WARNING, ContainerLivenessProbe),
    entry('CONTAINERS_MISSING_READINESSPROBE_KEY', 'Containers have a readiness probe', WARNING, ContainerReadinessProbe),
    entry('HPA_MISSING_MINREPLICAS_KEY', 'HPAs set minReplicas', WARNING, HpaMinReplicasSet),
    entry('HPA_MISSING_MAXREPLICAS_KEY', 'HPAs set maxReplicas', WARNING, HpaMaxReplicasSet),
    entry('WORKLOAD_INCORRECT_NAMESPACE_VALUE_DEFAULT', 'Workloads stay out of the default namespace', ERROR, NotInDefaultNamespace),
    entry('DEPLOYMENT_INCORRECT_REPLICAS_VALUE', 'Deployments run two or more replicas', WARNING, DeploymentReplicasAtLeastTwo),
    entry('CRONJOB_MISSING_STARTINGDEADLINESECOND_KEY', 'CronJobs set a starting deadline', WARNING, CronJobStartingDeadline),
    entry('K8S_DEPRECATED_APIVERSION_1.16', 'No API versions deprecated in Kubernetes 1.16', WARNING, ApiVersionNotDeprecatedIn1_16),
    entry('K8S_DEPRECATED_APIVERSION_1.17', 'No API versions deprecated in Kubernetes 1.17', WARNING, ApiVersionNotDeprecatedIn1_17),
    entry('CONTAINERS_INCORRECT_PRIVILEGED_VALUE_TRUE', 'Containers are not privileged', ERROR, ContainerNotPrivileged),
    entry('WORKLOAD_MISSING_LABEL_OWNER_VALUE', 'Workloads carry an owner label', INFO, WorkloadOwnerLabelPresent),
    entry('DEPLOYMENT_MISSING_LABEL_ENV_VALUE', 'Deployments carry an env label', INFO, DeploymentEnvLabelPresent),
    entry('CONTAINERS_MISSING_IMAGE_VALUE_DIGEST', 'Images are referenced by digest', WARNING, ContainerImageDigest),
    entry('CRONJOB_MISSING_CONCURRENCYPOLICY_KEY', 'CronJob runs do not overlap', WARNING, CronJobConcurrencyForbidden),
    entry('K8S_INCORRECT_KIND_VALUE_POD', 'No bare Pods', WARNING, NoBarePods),
    entry('CONTAINERS_INCORRECT_HOSTPID_VALUE_TRUE', 'Pods do not share the host PID namespace', ERROR, PodHostPidNotShared),
    entry('CONTAINERS_INCORRECT_HOSTIPC_VALUE_TRUE', 'Pods do not share the host IPC namespace', ERROR, PodHostIpcNotShared),
    entry('CONTAINERS_INCORRECT_HOSTNETWORK_VALUE_TRUE', 'Pods do not share the host network namespace', ERROR, PodHostNetworkNotShared),
    entry('CONTAINERS_INCORRECT_RUNASUSER_VALUE_LOWUID', 'Containers run with a user id of 10000 or more', ERROR, ContainerUserIdAtLeast10000),
    entry('CONTAINERS_INCORRECT_PATH_VALUE_DOCKERSOCKET', 'The Docker socket is not mounted', ERROR, DockerSocketNotMounted),
    entry('CONFIGMAP_CVE2021_25742_INCORRECT_SNIPPET_ANNOTATIONS_VALUE', 'ingress-nginx configuration turns snippet annotations off (CVE-2021-25742)', ERROR, NginxConfigMapDisallowsSnippets),
    entry('INGRESS_CVE2021_25742_INCORRECT_SERVER_SNIPPET_KEY', 'Ingresses carry no server-snippet annotations (CVE-2021-25742)', ERROR, IngressNoServerSnippet),
    entry('CONTAINER_CVE2021_25741_INCORRECT_SUBPATH_KEY', 'Volume mounts use no subPath (CVE-2021-25741)', ERROR, NoSubPathMounts),
    entry('ENDPOINTSLICE_CVE2021_25373_INCORRECT_ADDRESSES_VALUE', 'EndpointSlices contain no loopback or link-local addresses (CVE-2021-25737)', ERROR, EndpointSliceNoLocalAddresses),
    entry('ARGO_WORKFLOW_INCORRECT_FAILFAST_VALUE_FALSE', 'Argo Workflow DAGs fail fast', WARNING, ArgoWorkflowDagFailFast),
    entry('ARGO_WORKFLOW_INCORRECT_SERVICE_ACCOUNT_NAME_VALUE_DEFAULT', 'Argo Workflows run as a dedicated ServiceAccount', WARNING, ArgoWorkflowServiceAccount),
    entry('ARGO_CONFIGMAP_MISSING_PART_OF_LABEL_VALUE_ARGOCD', 'Argo CD ConfigMaps carry the part-of label', WARNING, ArgoCdConfigMapPartOfLabel),
    entry('ARGO_ROLLOUT_MISSING_PAUSE_DURATION', 'Argo Rollout pause steps set a duration', WARNING, ArgoRolloutPauseDuration),
    entry('ARGO_APP_PROJECT_INCORRECT_NAMESPACE_VALUE', 'Argo CD Applications live in the argocd namespace', WARNING, ArgoAppInArgoCdNamespace),
    entry('ARGO_WORKFLOW_INCORRECT_RETRY_STRATEGY_VALUE_EMPTY', 'Argo Workflow retry strategies are not empty', WARNING, ArgoWorkflowRetryStrategyNotEmpty),
    entry('ARGO_WORKFLOW_INCORRECT_REVISION_HISTORY_LIMIT_VALUE_0', 'Argo Rollouts keep revision history', WARNING, ArgoRolloutRevisionHistory),
    entry('ARGO_ROLLOUT_INCORRECT_SCALE_DOWN_DELAY_VALUE_BELOW_30', 'Blue-green Rollouts delay scale-down by 30 seconds or more', WARNING, ArgoRolloutScaleDownDelay),
    entry('ARGO_ROLLOUT_INCORRECT_PROGRESS_DEADLINE_ABORT_VALUE_FALSE', 'Rollouts abort when they miss their progress deadline', WARNING, ArgoRolloutProgressDeadlineAbort),
    entry('ARGO_WORKFLOW_ENSURE_RETRY_ON_BOTH_ERROR_AND_TRANSIENT_ERROR', 'Workflow retries with policy Always are limited by an expression', WARNING, ArgoWorkflowRetryOnErrors),
    entry('CONTAINERS_INCORRECT_READONLYROOTFILESYSTEM_VALUE', 'Containers have a read-only root filesystem', ERROR, ContainerReadOnlyRootFilesystem),
    entry('CONTAINERS_INCORRECT_KEY_HOSTPATH', 'Pods mount no hostPath volumes', ERROR, PodNoHostPathVolumes),
    entry('CONTAINERS_MISSING_KEY_ALLOWPRIVILEGEESCALATION', 'Containers cannot escalate privileges', ERROR, ContainerNoPrivilegeEscalation),
    entry('CONTAINERS_INCORRECT_RESOURCES_VERBS_VALUE', 'Roles allow no exec into pods', ERROR, RbacNoPodExec),
    entry('CONTAINERS_INVALID_CAPABILITIES_VALUE', 'Containers add no insecure capabilities', ERROR, ContainerNoInsecureCapabilities),
    entry('CONTAINERS_INCORRECT_KEY_HOSTPORT', 'Containers bind no host ports', ERROR, ContainerNoHostPort),
    entry('CONTAINERS_INCORRECT_RUNASGROUP_VALUE_LOWGID', 'Containers run with a group id of 10000 or more', ERROR, ContainerGroupIdAtLeast10000),
    entry('CONTAINERS_INCORRECT_RUNASNONROOT_VALUE', 'Containers must run as non-root', ERROR, ContainerRunsAsNonRoot),
    entry('SRVACC_INCORRECT_AUTOMOUNTSERVICEACCOUNTTOKEN_VALUE', 'Pods and ServiceAccounts turn token automounting off', ERROR, TokenAutomountOffEverywhere),
    entry('RESOURCE_MISSING_NAME', 'Objects have a valid name', WARNING, ObjectHasValidName),
    entry('CONTAINERS_INCORRECT_INITIALDELAYSECONDS_VALUE', 'Probes set initialDelaySeconds', WARNING, ProbeInitialDelaySecondsExplicit),
    entry('CONTAINERS_INCORRECT_PERIODSECONDS_VALUE', 'Probes set periodSeconds', WARNING, ProbePeriodSecondsExplicit),
    entry('CONTAINERS_INCORRECT_TIMEOUTSECONDS_VALUE', 'Probes set timeoutSeconds', WARNING, ProbeTimeoutSecondsExplicit),
    entry('CONTAINERS_INCORRECT_SUCCESSTHRESHOLD_VALUE', 'Probes set successThreshold', WARNING, ProbeSuccessThresholdExplicit),
    entry('CONTAINERS_INCORRECT_FAILURETHRESHOLD_VALUE', 'Probes set failureThreshold', WARNING, ProbeFailureThresholdExplicit),
    entry('CONTAINERS_MISSING_PRESTOP_KEY', 'Containers have a preStop hook', WARNING, ContainerPreStopHook),
    entry('CONTAINERS_INCORRECT_SECCOMP_PROFILE', 'Containers run under an explicit seccomp profile', ERROR, PodSeccompProfile),
    entry('ALL_EXPOSED_SECRET_BITBUCKET', 'No Bitbucket credentials in manifests', ERROR, NoExposedBitbucketSecret),
    entry('ALL_EXPOSED_SECRET_DATADOG', 'No Datadog credentials in manifests', ERROR, NoExposedDatadogSecret),
    entry('ALL_EXPOSED_SECRET_GCP', 'No GCP credentials in manifests', ERROR, NoExposedGcpSecret),
    entry('ALL_EXPOSED_SECRET_AWS', 'No AWS credentials in manifests', ERROR, NoExposedAwsSecret),
    entry('ALL_EXPOSED_SECRET_GITHUB', 'No GitHub credentials in manifests', ERROR, NoExposedGitHubSecret),
    entry('ALL_EXPOSED_SECRET_GITLAB', 'No GitLab credentials in manifests', ERROR, NoExposedGitLabSecret),
    entry('ALL_EXPOSED_SECRET_TERRAFORM', 'No Terraform credentials in manifests', ERROR, NoExposedTerraformSecret),
    entry('ALL_EXPOSED_SECRET_HEROKU', 'No Heroku credentials in manifests', ERROR, NoExposedHerokuSecret),
    entry('ALL_EXPOSED_SECRET_JWT', 'No JWT credentials in manifests', ERROR, NoExposedJwtSecret),
    entry('ALL_EXPOSED_SECRET_LAUNCHDARKLY', 'No LaunchDarkly credentials in manifests', ERROR, NoExposedLaunchDarklySecret),
    entry('ALL_EXPOSED_SECRET_NEWRELIC', 'No New Relic credentials in manifests', ERROR, NoExposedNewRelicSecret),
    entry('ALL_EXPOSED_SECRET_NPM', 'No npm credentials in manifests', ERROR, NoExposedNpmSecret),
    entry('ALL_EXPOSED_SECRET_OKTA', 'No Okta credentials in manifests', ERROR, NoExposedOktaSecret),
    entry('ALL_EXPOSED_SECRET_STRIPE', 'No Stripe credentials in manifests', ERROR, NoExposedStripeSecret),
    entry('ALL_EXPOSED_SECRET_SUMOLOGIC', 'No Sumo Logic credentials in manifests', ERROR, NoExposedSumoLogicSecret),
    entry('ALL_EXPOSED_SECRET_TWILIO', 'No Twilio credentials in manifests', ERROR, NoExposedTwilioSecret),
    entry('ALL_EXPOSED_SECRET_VAULT', 'No Vault credentials in manifests', ERROR, NoExposedVaultSecret),
    entry('ALL_EXPOSED_SECRET_PRIVATEKEY', 'No private key credentials in manifests', ERROR, NoExposedPrivateKeySecret),
    entry('EKS_INVALID_CPU_LIMIT', 'Containers set no CPU limit', WARNING, ContainerNoCpuLimit),
    notEvaluated('EKS_INVALID_MEMORY_REQUEST_LIMIT', 'Memory requests equal memory limits', WARNING, goExtensionReason('customKeyRule81')),
    entry('EKS_INVALID_CAPABILITIES_EKS', 'Containers add only capabilities from the baseline list', ERROR, ContainerCapabilitiesBaseline),
    entry('EKS_MISSING_KEY_TOPOLOGYKEY', 'Pod anti-affinity terms name a topology key', WARNING, AntiAffinityTermsHaveTopologyKey),
    entry('EKS_INVALID_VALUE_DONOOTSCHEDULE', 'Topology spread constraints do not block scheduling', WARNING, TopologySpreadSchedulesAnyway),
    entry('EKS_INVALID_HOSTPROCESS_VALUE', 'No Windows HostProcess containers', ERROR, PodWindowsHostProcessNotUsed),
    entry('EKS_INVALID_SELINUXOPTIONS_TYPE_VALUE', 'SELinux types stay within the container types', ERROR, PodSeLinuxOptionsBaseline),
    entry('EKS_INVALID_SELINUXOPTIONS_USER_VALUE', 'No custom SELinux user', ERROR, PodSeLinuxOptionsBaseline),
    entry('EKS_INVALID_SELINUXOPTIONS_ROLE_VALUE', 'No custom SELinux role', ERROR, PodSeLinuxOptionsBaseline),
    notEvaluated('EKS_INVALID_HOSTPATH_MOUNT_READONLY_VALUE', 'hostPath volumes are mounted read-only', ERROR, goExtensionReason('customKeyRule89')),
    entry('K8S_DEPRECATED_APIVERSION_1.19', 'No API versions deprecated in Kubernetes 1.19', WARNING, ApiVersionNotDeprecatedIn1_19),
    entry('K8S_DEPRECATED_APIVERSION_1.21', 'No API versions deprecated in Kubernetes 1.21', WARNING, ApiVersionNotDeprecatedIn1_21),
    entry('K8S_DEPRECATED_APIVERSION_1.22', 'No API versions deprecated in Kubernetes 1.22', WARNING, ApiVersionNotDeprecatedIn1_22),
    entry('K8S_DEPRECATED_APIVERSION_1.23', 'No API versions deprecated in Kubernetes 1.23', WARNING, ApiVersionNotDeprecatedIn1_23),
    entry('K8S_DEPRECATED_APIVERSION_1.24', 'No API versions deprecated in Kubernetes 1.24', WARNING, ApiVersionNotDeprecatedIn1_24),
    entry('CIS_INVALID_ROLE_CLUSTER_ADMIN', 'Bindings do not grant cluster-admin', ERROR, RbacNoClusterAdminBinding),
    entry('CIS_INVALID_VERB_SECRETS', 'Roles do not read Secrets', ERROR, RbacNoSecretReadAccess),
    entry('CIS_INVALID_WILDCARD_ROLE', 'Roles use no wildcards', ERROR, RbacNoWildcards),
    entry('CIS_INVALID_KEY_SECRETKEYREF_SECRETREF', 'Secrets are mounted as files, not environment variables', ERROR, ContainerNoSecretsInEnv),
    entry('CIS_INVALID_VALUE_SECCOMP_PROFILE', 'Pods use the runtime default seccomp profile', ERROR, PodSeccompRuntimeDefault),
    entry('CIS_MISSING_KEY_SECURITYCONTEXT', 'Pods or containers set a security context', ERROR, SecurityContextsSet),
    notEvaluated('CIS_INVALID_VALUE_CREATE_POD', 'Roles do not grant pod creation', ERROR, goExtensionReason('customKeyRule101')),
    entry('CIS_INVALID_VALUE_AUTOMOUNTSERVICEACCOUNTTOKEN', 'The default ServiceAccount does not auto-mount its token', ERROR, DefaultServiceAccountTokenNotAutomounted),
    entry('CIS_MISSING_VALUE_DROP_NET_RAW', 'Containers drop NET_RAW', ERROR, ContainerNoNetRaw),
    entry('CIS_INVALID_VALUE_SYSTEM_MASTERS', 'Bindings do not name system:masters', ERROR, RbacNoSystemMastersBinding),
    entry('CIS_INVALID_VALUE_BIND_IMPERSONATE_ESCALATE', 'Roles do not grant bind, impersonate or escalate', ERROR, RbacNoEscalateBindImpersonate),
    entry('K8S_REMOVED_APIVERSION_1.22', 'No API versions removed in Kubernetes 1.22', ERROR, ApiVersionNotRemovedIn1_22),
    entry('K8S_REMOVED_APIVERSION_1.23', 'No API versions removed in Kubernetes 1.23', ERROR, ApiVersionNotRemovedIn1_23),
    entry('K8S_REMOVED_APIVERSION_1.24', 'No API versions removed in Kubernetes 1.24', ERROR, ApiVersionNotRemovedIn1_24),
    entry('K8S_REMOVED_APIVERSION_1.25', 'No API versions removed in Kubernetes 1.25', ERROR, ApiVersionNotRemovedIn1_25),
    entry('K8S_REMOVED_APIVERSION_1.26', 'No API versions removed in Kubernetes 1.26', ERROR, ApiVersionNotRemovedIn1_26),
    entry('K8S_REMOVED_APIVERSION_1.27', 'No API versions removed in Kubernetes 1.27', ERROR, ApiVersionNotRemovedIn1_27),
  ],
};
