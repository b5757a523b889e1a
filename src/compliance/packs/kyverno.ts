import { Check, Pack, PackEntry, RuleLevel } from '../rule';
import { ApiVersionCurrent } from '../rules/api/ApiVersionServed';
import { WorkloadHasHpa } from '../rules/autoscaling/WorkloadHasHpa';
import { DeploymentReplicasAtLeastTwo } from '../rules/availability/DeploymentReplicasAtLeastTwo';
import { DeploymentHostAntiAffinity } from '../rules/availability/HostAntiAffinity';
import { PdbAllowsEviction } from '../rules/availability/PdbAllowsEviction';
import { PdbMinAvailableBelowReplicas } from '../rules/availability/PdbMinAvailableBelowReplicas';
import { PdbPercentagesLeaveRoom } from '../rules/availability/PdbPercentagesLeaveRoom';
import { TopologySpreadHostnameAndZone } from '../rules/availability/TopologySpreadHostnameAndZone';
import { TopologySpreadSelectsOwnPods } from '../rules/availability/TopologySpreadSelectsOwnPods';
import { DeploymentCoveredByPdb, WorkloadCoveredByPdb } from '../rules/availability/WorkloadCoveredByPdb';
import { CertificateDurationAtMost100Days } from '../rules/certificate/CertificateDurationAtMost100Days';
import { CertificateSingleDnsName } from '../rules/certificate/CertificateSingleDnsName';
import { ContainerCapabilitiesBaseline } from '../rules/container/ContainerCapabilitiesBaseline';
import { ContainerCapabilitiesDropAll } from '../rules/container/ContainerCapabilitiesDropAll';
import { ContainerCapabilitiesRestricted } from '../rules/container/ContainerCapabilitiesRestricted';
import { ContainerCpuLimit } from '../rules/container/ContainerCpuLimit';
import { ContainerDefaultProcMount } from '../rules/container/ContainerDefaultProcMount';
import { ContainerImageDigest } from '../rules/container/ContainerImageDigest';
import { ContainerImageTagPinned } from '../rules/container/ContainerImageTagPinned';
import { ContainerNoHostPort } from '../rules/container/ContainerNoHostPort';
import { ContainerNoNetRaw } from '../rules/container/ContainerNoNetRaw';
import { ContainerNonRootGroup } from '../rules/container/ContainerNonRootGroup';
import { ContainerNonZeroUserId } from '../rules/container/ContainerNonZeroUserId';
import { ContainerNoPrivilegeEscalation } from '../rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNoSecretsInEnv } from '../rules/container/ContainerNoSecretsInEnv';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerReadOnlyRootFilesystem } from '../rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerRunsAsNonRoot } from '../rules/container/ContainerRunsAsNonRoot';
import { ContainerPortsNamed } from '../rules/container-config/ContainerPortsNamed';
import { DockerSocketOptInLabel } from '../rules/container-config/DockerSocketOptInLabel';
import { HostPathMountsReadOnly } from '../rules/container-config/HostPathMountsReadOnly';
import { RuntimeSocketNotMounted } from '../rules/container-config/RuntimeSocketNotMounted';
import { ImageFromCertManagerRegistry } from '../rules/image/ImageFromAllowedRegistry';
import { ImageNotFromFrozenRegistry } from '../rules/image/ImageNotFromFrozenRegistry';
import { ImageNotHelmTiller } from '../rules/image/ImageNotHelmTiller';
import { ImagePullSecretsForPrivateRegistries } from '../rules/image/ImagePullSecretsForPrivateRegistries';
import { LatestImagePullPolicyAlways } from '../rules/image/LatestImagePullPolicyAlways';
import { IngressRulesHaveHost } from '../rules/ingress/IngressRulesHaveHost';
import { PodNameLabelPresent } from '../rules/metadata/LabelConventions';
import { NotInDefaultNamespace } from '../rules/metadata/NotInDefaultNamespace';
import { NamespaceQuotaAndLimitRange } from '../rules/namespace-defaults/NamespaceQuotaAndLimitRange';
import { NetworkPolicyDefaultDeny } from '../rules/network/NetworkPolicyDefaultDeny';
import { NetworkPolicySelectsPods } from '../rules/network/NetworkPolicySelectsPods';
import { EmptyPodSelectorDeniesAll } from '../rules/network-policy/EmptyPodSelectorDeniesAll';
import { NamespaceAllowsDnsEgress } from '../rules/network-policy/NamespaceAllowsDnsEgress';
import { PodAppArmorNotUnconfined } from '../rules/pod/PodAppArmorNotUnconfined';
import { PodHostNamespacesNotShared } from '../rules/pod/PodHostNamespacesNotShared';
import { PodNoHostPathVolumes } from '../rules/pod/PodNoHostPathVolumes';
import { PodPriorityClassSet } from '../rules/pod/PodPriorityClassSet';
import { PodSeccompNotUnconfined } from '../rules/pod/PodSeccompNotUnconfined';
import { PodSeccompProfile } from '../rules/pod/PodSeccompProfile';
import { PodSeLinuxOptionsBaseline } from '../rules/pod/PodSeLinuxOptionsBaseline';
import { PodServiceAccountTokenNotAutomounted } from '../rules/pod/PodServiceAccountTokenNotAutomounted';
import { PodSysctlsSafe } from '../rules/pod/PodSysctlsSafe';
import { PodVolumeTypesRestricted } from '../rules/pod/PodVolumeTypesRestricted';
import { PodWindowsHostProcessNotUsed } from '../rules/pod/PodWindowsHostProcessNotUsed';
import { PodSecurityContextDefaultsSet } from '../rules/pod-security-level/PodSecurityContextDefaultsSet';
import { PodSecurityBaseline, PodSecurityRestricted } from '../rules/pod-security-level/PodSecurityLevels';
import { ContainerHasProbe } from '../rules/probe/ContainerHasProbe';
import { ContainerProbesDiffer } from '../rules/probe/ContainerProbesDiffer';
import { ExecProbeNoDiagnosticTools } from '../rules/probe/ExecProbeNoDiagnosticTools';
import { RbacNoClusterAdminBinding } from '../rules/rbac/RbacNoClusterAdminBinding';
import { RbacNoCsrApproval } from '../rules/rbac/RbacNoCsrApproval';
import { RbacNoEscalateBindImpersonate } from '../rules/rbac/RbacNoEscalateBindImpersonate';
import { RbacNoNodeProxy } from '../rules/rbac/RbacNoNodeProxy';
import { RbacNoSecretReadAccess } from '../rules/rbac/RbacNoSecretReadAccess';
import { RbacNoWebhookConfigurationWrite } from '../rules/rbac/RbacNoWebhookConfigurationWrite';
import { BindingNoSystemGroups } from '../rules/rbac-binding/BindingNoSystemGroups';
import { RoleNoWildcardResources } from '../rules/rbac-binding/RoleNoWildcardResources';
import { RoleNoWildcardVerbs } from '../rules/rbac-binding/RoleNoWildcardVerbs';
import { ContainerNoCpuLimit } from '../rules/resources/ContainerNoCpuLimit';
import { EmptyDirSizeLimitSet } from '../rules/resources/EmptyDirSizeLimitSet';
import { EmptyDirStorageBounded } from '../rules/resources/EmptyDirStorageBounded';
import { MemoryLimitWithinRatio } from '../rules/resources/MemoryLimitWithinRatio';
import { PodQosBurstable, PodQosGuaranteed } from '../rules/resources/PodQosClass';
import { ContainerMemoryRequestEqualsLimit } from '../rules/resources/RequestsEqualLimits';
import { ContainerRequestsAndMemoryLimitSet } from '../rules/resources/ResourcesSet';
import { NoControlPlaneTolerations } from '../rules/scheduling/NoControlPlaneTolerations';
import { NoDirectNodeSelection } from '../rules/scheduling/NoDirectNodeSelection';
import { NoEphemeralContainers } from '../rules/scheduling/NoEphemeralContainers';
import { RunAsUserUniquePerWorkload } from '../rules/scheduling/RunAsUserUniquePerWorkload';
import { SafeToEvictAnnotated } from '../rules/scheduling/SafeToEvictAnnotated';
import { ServiceDiscoveryDisabled } from '../rules/scheduling/ServiceDiscoveryDisabled';
import { SysctlValuesPlain } from '../rules/scheduling/SysctlValuesPlain';
import { PodUsesNoSecrets } from '../rules/secret/PodUsesNoSecrets';
import { ServiceNoExternalIps } from '../rules/service/ServiceNoExternalIps';
import { ServiceNotNodePort } from '../rules/service/ServiceNotNodePort';
import { DefaultServiceAccountTokenNotAutomounted } from '../rules/serviceaccount/DefaultServiceAccountTokenNotAutomounted';
import { NoLegacyTokenSecrets } from '../rules/serviceaccount/NoLegacyTokenSecrets';
import { PodSpecDisablesTokenAutomount } from '../rules/serviceaccount/PodSpecDisablesTokenAutomount';
import { ServiceAccountListsNoSecrets } from '../rules/serviceaccount/ServiceAccountListsNoSecrets';
import { ServiceAccountTokenNotAutomounted } from '../rules/serviceaccount/ServiceAccountTokenNotAutomounted';
import { ContainerCountLimit } from '../rules/workload-config/ContainerCountLimit';
import { JobOwnedByCronJob } from '../rules/workload-config/JobOwnedByCronJob';
import { NoBarePods } from '../rules/workload-config/NoBarePods';

function entry(controlId: string, title: string, level: RuleLevel, check: Check): PackEntry {
  return { controlId, title, level, check };
}

function notEvaluated(controlId: string, title: string, level: RuleLevel, reason: string): PackEntry {
  return { controlId, title, level, notEvaluatedReason: reason };
}

const { ERROR, WARNING, INFO } = RuleLevel;

/**
 * The Kyverno sample policies for workloads, ServiceAccounts and RBAC (kyverno/policies, commit
 * b9c4317 of 2026-03-06), cited by folder path: all of pod-security/, best-practices/ and
 * cert-manager/, and the relevant part of other/.
 *
 * Levels follow each policy's `policies.kyverno.io/severity` annotation: high is an error, medium
 * a warning and low info. Policies without the annotation are warnings when they validate, and
 * info when they mutate or generate objects, whose check equivalent is a recommended default.
 *
 * Mutate and generate policies map onto the check of the state they produce (for example
 * add-ns-quota onto a ResourceQuota and a LimitRange in each namespace). Policies whose sample
 * values are placeholders without a sensible value for this app are not evaluated: port ranges,
 * name prefixes, annotation keys, directories and ids. The registry allow lists are checked
 * against quay.io/jetstack/, where the cert-manager project publishes its images.
 * Scope differences: require-pdb applies to every Deployment and StatefulSet, not only those with
 * three or more replicas. The restricted-exclude-* subrules are checked as the full restricted
 * level, because their sample image exemptions match no image of the app. ensure-probes-different
 * compares the probes' handlers, so two absent probes pass. pdb-maxunavailable also fails a
 * `minAvailable` of 100%, which allows no eviction either. spread-pods-across-topology, which
 * mutates only Deployments labelled `distributed=required`, is checked on every Deployment.
 */
export const KYVERNO_PACK: Pack = {
  name: 'kyverno',
  prefix: 'KYVERNO',
  source: 'Kyverno policies (kyverno/policies at commit b9c4317, 2026-03-06)',
  entries: [
    entry('pod-security/baseline/disallow-capabilities', 'Add only capabilities from the baseline list', WARNING, ContainerCapabilitiesBaseline),
    entry('pod-security/baseline/disallow-host-namespaces', 'No host PID, IPC or network namespace', WARNING, PodHostNamespacesNotShared),
    entry('pod-security/baseline/disallow-host-path', 'No hostPath volumes', WARNING, PodNoHostPathVolumes),
    entry('pod-security/baseline/disallow-host-ports', 'No host ports', WARNING, ContainerNoHostPort),
    notEvaluated('pod-security/baseline/disallow-host-ports-range', 'Host ports only inside an allowed range', WARNING, 'The policy compares against sample values that each organisation replaces (the allowed port range 5000-6000); without the real values no object can be judged.'),
    entry('pod-security/baseline/disallow-host-process', 'No Windows HostProcess containers', WARNING, PodWindowsHostProcessNotUsed),
    entry('pod-security/baseline/disallow-privileged-containers', 'No privileged containers', WARNING, ContainerNotPrivileged),
    entry('pod-security/baseline/disallow-proc-mount', 'Keep the default /proc mask', WARNING, ContainerDefaultProcMount),
    entry('pod-security/baseline/disallow-selinux', 'No custom SELinux user, role or type', WARNING, PodSeLinuxOptionsBaseline),
    entry('pod-security/baseline/restrict-apparmor-profiles', 'AppArmor only runtime/default or a local profile', WARNING, PodAppArmorNotUnconfined),
    entry('pod-security/baseline/restrict-seccomp', 'Never turn seccomp off', WARNING, PodSeccompNotUnconfined),
    entry('pod-security/baseline/restrict-sysctls', 'Only the safe sysctls', WARNING, PodSysctlsSafe),
    entry('pod-security/restricted/disallow-capabilities-strict', 'Drop ALL capabilities, add back at most NET_BIND_SERVICE', WARNING, ContainerCapabilitiesRestricted),
    entry('pod-security/restricted/disallow-privilege-escalation', 'Forbid privilege escalation explicitly', WARNING, ContainerNoPrivilegeEscalation),
    entry('pod-security/restricted/require-run-as-non-root-user', 'No container runs as UID 0', WARNING, ContainerNonZeroUserId),
    entry('pod-security/restricted/require-run-as-nonroot', 'Require runAsNonRoot: true', WARNING, ContainerRunsAsNonRoot),
    entry('pod-security/restricted/restrict-seccomp-strict', 'Require an explicit seccomp profile', WARNING, PodSeccompProfile),
    entry('pod-security/restricted/restrict-volume-types', 'Only the volume types the restricted level allows', WARNING, PodVolumeTypesRestricted),
    entry('pod-security/subrule/podsecurity-subrule-baseline', 'Whole baseline level in one rule', ERROR, PodSecurityBaseline),
    entry('pod-security/subrule/restricted/restricted-latest', 'Whole restricted level in one rule', WARNING, PodSecurityRestricted),
    entry('pod-security/subrule/restricted/restricted-exclude-capabilities', 'Restricted level with capabilities exempted for named images', WARNING, PodSecurityRestricted),
    entry('pod-security/subrule/restricted/restricted-exclude-seccomp', 'Restricted level with seccomp exempted for named images', WARNING, PodSecurityRestricted),
    entry('best-practices/add-network-policy', 'Each namespace has a default-deny NetworkPolicy', INFO, NetworkPolicyDefaultDeny),
    entry('best-practices/add-networkpolicy-dns', 'Restricted egress still allows DNS', INFO, NamespaceAllowsDnsEgress),
    entry('best-practices/add-ns-quota', 'Each namespace has a ResourceQuota and a LimitRange', INFO, NamespaceQuotaAndLimitRange),
    notEvaluated('best-practices/add-rolebinding', 'The creator of a namespace gets an admin RoleBinding in it', INFO, 'The policy binds the user who creates the namespace, whom manifests cannot show.'),
    entry('best-practices/add-safe-to-evict', 'Pods with local volumes are marked safe to evict', INFO, SafeToEvictAnnotated),
    entry('best-practices/check-deprecated-apis', 'No deprecated or removed API versions', WARNING, ApiVersionCurrent),
    entry('best-practices/disallow-cri-sock-mount', 'No mounts of container runtime sockets', WARNING, RuntimeSocketNotMounted),
    entry('best-practices/disallow-default-namespace', 'Keep workloads out of the default namespace', WARNING, NotInDefaultNamespace),
    entry('best-practices/disallow-empty-ingress-host', 'Every Ingress rule names a host', WARNING, IngressRulesHaveHost),
    entry('best-practices/disallow-helm-tiller', 'No Helm v2 Tiller', WARNING, ImageNotHelmTiller),
    entry('best-practices/disallow-latest-tag', 'Pin image tags and never use latest', WARNING, ContainerImageTagPinned),
    entry('best-practices/require-drop-all', 'Every container drops ALL capabilities', WARNING, ContainerCapabilitiesDropAll),
    entry('best-practices/require-drop-cap-net-raw', 'Every container drops NET_RAW', WARNING, ContainerNoNetRaw),
    entry('best-practices/require-labels', 'Pods carry the app.kubernetes.io/name label', WARNING, PodNameLabelPresent),
    entry('best-practices/require-pod-requests-limits', 'CPU and memory requests and a memory limit on every container', WARNING, ContainerRequestsAndMemoryLimitSet),
    entry('best-practices/require-probes', 'Every container has at least one probe', WARNING, ContainerHasProbe),
    entry('best-practices/require-ro-rootfs', 'Read-only root filesystem', WARNING, ContainerReadOnlyRootFilesystem),
    entry('best-practices/restrict-image-registries', 'Images only from approved registries', WARNING, ImageFromCertManagerRegistry),
    entry('best-practices/restrict-node-port', 'No NodePort Services', WARNING, ServiceNotNodePort),
    entry('best-practices/restrict-service-external-ips', 'No Service external IPs', WARNING, ServiceNoExternalIps),
    entry('cert-manager/limit-dnsnames', 'At most one DNS name per Certificate', WARNING, CertificateSingleDnsName),
    entry('cert-manager/limit-duration', 'Certificate lifetime at most 100 days', WARNING, CertificateDurationAtMost100Days),
    notEvaluated('cert-manager/restrict-issuer', 'Certificates for a domain use the designated ClusterIssuer', WARNING, 'The policy compares against sample values that each organisation replaces (the domain *.corp.com and the ClusterIssuer our-corp-issuer); without the real values no object can be judged.'),
    entry('other/restrict-automount-sa-token', 'Pods must not auto-mount ServiceAccount tokens', WARNING, PodSpecDisablesTokenAutomount),
    entry('other/restrict-sa-automount-sa-token', 'ServiceAccounts must not auto-mount tokens', WARNING, ServiceAccountTokenNotAutomounted),
    notEvaluated('other/restrict-service-account', 'Each image runs only under the ServiceAccounts mapped to it', WARNING, 'The allowed ServiceAccounts per image come from a ConfigMap in the cluster that the policy reads at admission.'),
    notEvaluated('other/check-serviceaccount', 'A Pod created by a ServiceAccount runs as that ServiceAccount', WARNING, 'The policy compares with the identity that sends the request, which manifests cannot show.'),
    entry('other/check-serviceaccount-secrets', 'No long-lived token Secrets referenced by ServiceAccounts', WARNING, ServiceAccountListsNoSecrets),
    entry('other/deny-secret-service-account-token-type', 'No legacy ServiceAccount token Secrets', WARNING, NoLegacyTokenSecrets),
    notEvaluated('other/restrict-pod-controller-serviceaccount-updates', 'Controllers may not switch ServiceAccount on update', WARNING, 'The policy compares an update with the stored object, which manifests cannot show.'),
    entry('other/disable-automountserviceaccounttoken', 'The default ServiceAccount does not auto-mount tokens', WARNING, DefaultServiceAccountTokenNotAutomounted),
    entry('other/remove-serviceaccount-token', 'Pods get no automatically mounted token', WARNING, PodServiceAccountTokenNotAutomounted),
    entry('other/restrict-binding-clusteradmin', 'No bindings to cluster-admin', WARNING, RbacNoClusterAdminBinding),
    entry('other/restrict-binding-system-groups', 'No bindings to system:anonymous, system:unauthenticated or system:masters', WARNING, BindingNoSystemGroups),
    entry('other/restrict-clusterrole-csr', 'No CSR approval rights in ClusterRoles', WARNING, RbacNoCsrApproval),
    entry('other/restrict-clusterrole-mutating-validating-admission-webhooks', 'No write rights on admission webhook configurations', WARNING, RbacNoWebhookConfigurationWrite),
    entry('other/restrict-clusterrole-nodesproxy', 'No nodes/proxy access', WARNING, RbacNoNodeProxy),
    entry('other/restrict-escalation-verbs-roles', 'No bind, escalate or impersonate', WARNING, RbacNoEscalateBindImpersonate),
    entry('other/restrict-secret-role-verbs', 'No read access to Secrets in roles', WARNING, RbacNoSecretReadAccess),
    entry('other/restrict-wildcard-resources', 'No * in resources', WARNING, RoleNoWildcardResources),
    entry('other/restrict-wildcard-verbs', 'No * in verbs', WARNING, RoleNoWildcardVerbs),
    notEvaluated('other/restrict-edit-for-endpoints', 'The aggregated edit role must not edit Endpoints (CVE-2021-25740)', INFO, 'The policy inspects the built-in ClusterRole system:aggregate-to-edit, which the cluster defines, not the app.'),
    notEvaluated('other/block-cluster-admin-from-ns', 'Named cluster-admins may not change one namespace', WARNING, 'The policy judges the user who sends each request, which manifests cannot show.'),
    entry('other/require-non-root-groups', 'No root group ids', WARNING, ContainerNonRootGroup),
    notEvaluated('other/restrict-usergroup-fsgroup-id', 'User, group and fsGroup ids equal configured values', WARNING, 'The policy compares against sample values that each organisation replaces (the required user, group and fsGroup ids); without the real values no object can be judged.'),
    entry('other/require-unique-uid-per-workload', 'No two workloads share a runAsUser', WARNING, RunAsUserUniquePerWorkload),
    entry('other/ensure-readonly-hostpath', 'hostPath volumes only mounted read-only', WARNING, HostPathMountsReadOnly),
    notEvaluated('other/limit-hostpath-vols', 'hostPath volumes only under an allowed directory', WARNING, 'The policy compares against sample values that each organisation replaces (the allowed directory /data); without the real values no object can be judged.'),
    entry('other/docker-socket-requires-label', 'Mounting the Docker socket requires an opt-in label', WARNING, DockerSocketOptInLabel),
    entry('other/prevent-cr8escape', 'No sysctl values containing + or = (CVE-2022-0811)', ERROR, SysctlValuesPlain),
    entry('other/block-ephemeral-containers', 'No ephemeral debug containers', WARNING, NoEphemeralContainers),
    entry('other/restrict-controlplane-scheduling', 'No tolerations for control-plane taints', WARNING, NoControlPlaneTolerations),
    entry('other/restrict-node-selection', 'No direct node targeting', WARNING, NoDirectNodeSelection),
    entry('other/add-default-securitycontext', 'Pods set a default security context', INFO, PodSecurityContextDefaultsSet),
    entry('other/apply-pss-restricted-profile', 'Pods pass the restricted level', INFO, PodSecurityRestricted),
    entry('other/disallow-secrets-from-env-vars', 'Secrets only as files, never as environment variables', WARNING, ContainerNoSecretsInEnv),
    entry('other/disallow-all-secrets', 'Pods use no Secrets at all', WARNING, PodUsesNoSecrets),
    notEvaluated('other/restrict-secrets-by-name', 'Pods use only Secrets with an allowed name prefix', WARNING, 'The policy compares against sample values that each organisation replaces (the allowed name prefix safe-); without the real values no object can be judged.'),
    notEvaluated('other/restrict-secrets-by-label', 'Pods do not use Secrets carrying a protected label', WARNING, 'The policy reads the labels of the referenced Secrets from the cluster, and Secrets are rarely part of the app.'),
    entry('other/require-cpu-limits', 'Every container has a CPU limit', WARNING, ContainerCpuLimit),
    entry('other/forbid-cpu-limits', 'No container has a CPU limit', WARNING, ContainerNoCpuLimit),
    entry('other/memory-requests-equal-limits', 'Memory request equals memory limit', WARNING, ContainerMemoryRequestEqualsLimit),
    entry('other/require-qos-guaranteed', 'Pods qualify for the Guaranteed QoS class', WARNING, PodQosGuaranteed),
    entry('other/require-qos-burstable', 'Pods qualify for the Burstable QoS class', WARNING, PodQosBurstable),
    entry('other/enforce-resources-as-ratio', 'Memory limit at most 2.5 times the memory request', WARNING, MemoryLimitWithinRatio),
    entry('other/require-emptydir-requests-limits', 'Containers mounting emptyDir set ephemeral-storage requests and limits', WARNING, EmptyDirStorageBounded),
    entry('other/add-emptydir-sizelimit', 'emptyDir volumes have a size limit', INFO, EmptyDirSizeLimitSet),
    entry('other/require-pod-priorityclassname', 'Pods set a priority class', WARNING, PodPriorityClassSet),
    notEvaluated('other/allowed-pod-priorities', 'Only allowed priority classes per namespace', WARNING, 'The allowed priority classes per namespace come from a ConfigMap in the cluster that the policy reads at admission.'),
    entry('other/ensure-probes-different', 'Liveness and readiness probes differ', WARNING, ContainerProbesDiffer),
    entry('other/deny-commands-in-exec-probe', 'No shell tools in exec liveness probes', WARNING, ExecProbeNoDiagnosticTools),
    entry('other/require-deployments-have-multiple-replicas', 'Deployments run more than one replica', WARNING, DeploymentReplicasAtLeastTwo),
    entry('other/require-pdb', 'Deployments and StatefulSets have a PodDisruptionBudget', WARNING, WorkloadCoveredByPdb),
    entry('other/pdb-maxunavailable', 'A PDB maxUnavailable is not zero', WARNING, PdbAllowsEviction),
    entry('other/pdb-maxunavailable-with-deployments', 'No zero maxUnavailable PDB selecting Deployments', WARNING, PdbAllowsEviction),
    entry('other/pdb-minavailable', 'Replica count does not equal a matching PDB minAvailable', WARNING, PdbMinAvailableBelowReplicas),
    entry('other/require-reasonable-pdbs', 'Percentage PDBs leave room for disruption', WARNING, PdbPercentagesLeaveRoom),
    entry('other/deployment-replicas-higher-than-pdb', 'PDB minAvailable stays below the matching replicas', WARNING, PdbMinAvailableBelowReplicas),
    entry('other/require-replicas-allow-disruption', 'Replicas exceed the minAvailable of matching PDBs', WARNING, PdbMinAvailableBelowReplicas),
    entry('other/topologyspreadconstraints-policy', 'Spread replicas over nodes and zones', WARNING, TopologySpreadHostnameAndZone),
    entry('other/prevent-bare-pods', 'No Pods without a controller', WARNING, NoBarePods),
    entry('other/check-hpa-exists', 'Workloads have a HorizontalPodAutoscaler', WARNING, WorkloadHasHpa),
    entry('other/create-default-pdb', 'Deployments have a PodDisruptionBudget', INFO, DeploymentCoveredByPdb),
    entry('other/create-pod-antiaffinity', 'Deployments keep replicas apart by pod anti-affinity', INFO, DeploymentHostAntiAffinity),
    entry('other/spread-pods-across-topology', 'Deployments spread their pods over zones', INFO, TopologySpreadSelectsOwnPods),
    entry('other/require-image-checksum', 'Images referenced by digest', WARNING, ContainerImageDigest),
    entry('other/imagepullpolicy-always', 'Pull policy Always for latest or untagged images', WARNING, LatestImagePullPolicyAlways),
    entry('other/allowed-image-repos', 'Images only from listed repositories', WARNING, ImageFromCertManagerRegistry),
    notEvaluated('other/advanced-restrict-image-registries', 'Registry allow list per namespace plus a global one', WARNING, 'The allowed registries come from a Namespace annotation and a ConfigMap in the cluster that the policy reads at admission.'),
    entry('other/restrict-deprecated-registry', 'No images from the frozen k8s.gcr.io registry', ERROR, ImageNotFromFrozenRegistry),
    entry('other/require-imagepullsecrets', 'Pull secrets for images outside the public registries', WARNING, ImagePullSecretsForPrivateRegistries),
    notEvaluated('other/resolve-image-to-digest', 'Rewrite image tags to digests', WARNING, 'The policy looks the digest up in the image registry.'),
    notEvaluated('other/verify-image', 'Image signatures verified with Cosign', WARNING, 'The policy verifies signatures stored in the image registry.'),
    notEvaluated('other/require-vulnerability-scan', 'Images carry a recent signed vulnerability scan', WARNING, 'The policy reads scan attestations stored in the image registry.'),
    notEvaluated('other/block-stale-images', 'No images built more than six months ago', WARNING, 'The policy reads the image creation time from the image registry.'),
    notEvaluated('other/only-trustworthy-registries-set-root', 'Images that run as root only from a trusted registry', WARNING, 'The policy reads the image configuration user from the image registry.'),
    entry('other/require-netpol', 'Deployments have a matching NetworkPolicy', WARNING, NetworkPolicySelectsPods),
    entry('other/restrict-networkpolicy-empty-podselector', 'Only the default-deny policy may select all Pods', WARNING, EmptyPodSelectorDeniesAll),
    entry('other/disable-service-discovery', 'Pods turn off service discovery', INFO, ServiceDiscoveryDisabled),
    entry('other/require-container-port-names', 'Every container port has a name', WARNING, ContainerPortsNamed),
    entry('other/limit-containers-per-pod', 'At most four containers per Pod', WARNING, ContainerCountLimit),
    notEvaluated('other/require-annotations', 'Pods carry a required annotation', WARNING, 'The policy compares against sample values that each organisation replaces (the annotation key corp.org/department); without the real values no object can be judged.'),
    entry('other/restrict-jobs', 'Jobs only through CronJobs', WARNING, JobOwnedByCronJob),
  ],
};
