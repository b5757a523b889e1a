import { decided, undecidable } from '../private/pack-entries';
import { Pack, RuleLevel } from '../rule';
import { ContainerCapabilitiesDropAll } from '../rules/container/ContainerCapabilitiesDropAll';
import { ContainerNoAddedCapabilities } from '../rules/container/ContainerNoAddedCapabilities';
import { ContainerNoHostPort } from '../rules/container/ContainerNoHostPort';
import { ContainerNoNetRaw } from '../rules/container/ContainerNoNetRaw';
import { ContainerNoPrivilegeEscalation } from '../rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNoSecretsInEnv } from '../rules/container/ContainerNoSecretsInEnv';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerRunsAsNonRoot } from '../rules/container/ContainerRunsAsNonRoot';
import { ContainerSecurityContextHardened } from '../rules/container/ContainerSecurityContextHardened';
import { NamespaceNotDefault } from '../rules/namespace/NamespaceNotDefault';
import { NamespacePodSecurityEnforced } from '../rules/namespace/NamespacePodSecurityEnforced';
import { NetworkPolicyInNamespace } from '../rules/network/NetworkPolicyInNamespace';
import { PodDedicatedServiceAccount } from '../rules/pod/PodDedicatedServiceAccount';
import { PodHostIpcNotShared } from '../rules/pod/PodHostIpcNotShared';
import { PodHostNetworkNotShared } from '../rules/pod/PodHostNetworkNotShared';
import { PodHostPidNotShared } from '../rules/pod/PodHostPidNotShared';
import { PodNoHostPathVolumes } from '../rules/pod/PodNoHostPathVolumes';
import { PodSeccompProfile } from '../rules/pod/PodSeccompProfile';
import { PodServiceAccountTokenNotAutomounted } from '../rules/pod/PodServiceAccountTokenNotAutomounted';
import { PodWindowsHostProcessNotUsed } from '../rules/pod/PodWindowsHostProcessNotUsed';
import { NoSystemMastersIdentities } from '../rules/rbac/NoSystemMastersIdentities';
import { RbacNoClusterAdminBinding } from '../rules/rbac/RbacNoClusterAdminBinding';
import { RbacNoCsrApproval } from '../rules/rbac/RbacNoCsrApproval';
import { RbacNoEscalateBindImpersonate } from '../rules/rbac/RbacNoEscalateBindImpersonate';
import { RbacNoNodeProxy } from '../rules/rbac/RbacNoNodeProxy';
import { RbacNoPersistentVolumeCreate } from '../rules/rbac/RbacNoPersistentVolumeCreate';
import { RbacNoPodCreate } from '../rules/rbac/RbacNoPodCreate';
import { RbacNoSecretReadAccess } from '../rules/rbac/RbacNoSecretReadAccess';
import { RbacNoTokenCreate } from '../rules/rbac/RbacNoTokenCreate';
import { RbacNoWebhookConfigurationWrite } from '../rules/rbac/RbacNoWebhookConfigurationWrite';
import { RbacNoWildcards } from '../rules/rbac/RbacNoWildcards';

/**
 * Section 5 "Policies" of the CIS Kubernetes Benchmark v1.10.0.
 *
 * The ids are the benchmark's own (section 5.6 does not exist in v1.10.0). Levels are this
 * library's choice: error for grants and pod settings that give a direct path to the node or the
 * cluster, warning for the rest, info for ids that only the cluster can show. 5.1.2 and 5.1.4
 * judge one Role at a time; bindings outside the app are invisible.
 */
export const CIS_KUBERNETES_PACK: Pack = {
  name: 'cis-kubernetes',
  prefix: 'CIS',
  source: 'CIS Kubernetes Benchmark v1.10.0, section 5',
  entries: [
    decided('5.1.1', 'Bind the cluster-admin role only where needed', RuleLevel.ERROR, RbacNoClusterAdminBinding),
    decided('5.1.2', 'Keep read access to Secrets narrow', RuleLevel.WARNING, RbacNoSecretReadAccess),
    decided('5.1.3', 'Avoid wildcards in Roles and ClusterRoles', RuleLevel.ERROR, RbacNoWildcards),
    decided('5.1.4', 'Keep the right to create Pods narrow', RuleLevel.WARNING, RbacNoPodCreate),
    decided('5.1.5', 'Do not run workloads as the default ServiceAccount', RuleLevel.WARNING, PodDedicatedServiceAccount),
    decided('5.1.6', 'Mount ServiceAccount tokens only where needed', RuleLevel.WARNING, PodServiceAccountTokenNotAutomounted),
    decided('5.1.7', 'Keep identities out of the system:masters group', RuleLevel.ERROR, NoSystemMastersIdentities),
    decided('5.1.8', 'Limit the bind, escalate and impersonate verbs', RuleLevel.ERROR, RbacNoEscalateBindImpersonate),
    decided('5.1.9', 'Keep the right to create PersistentVolumes narrow', RuleLevel.WARNING, RbacNoPersistentVolumeCreate),
    decided('5.1.10', 'Keep access to nodes/proxy narrow', RuleLevel.ERROR, RbacNoNodeProxy),
    decided('5.1.11', 'Keep CertificateSigningRequest approval narrow', RuleLevel.ERROR, RbacNoCsrApproval),
    decided('5.1.12', 'Keep write access to admission webhook configurations narrow', RuleLevel.WARNING, RbacNoWebhookConfigurationWrite),
    decided('5.1.13', 'Keep the right to mint ServiceAccount tokens narrow', RuleLevel.WARNING, RbacNoTokenCreate),
    decided('5.2.1', 'Run at least one admission-time policy mechanism', RuleLevel.WARNING, NamespacePodSecurityEnforced),
    decided('5.2.2', 'Do not admit privileged containers', RuleLevel.ERROR, ContainerNotPrivileged),
    decided('5.2.3', 'Do not admit Pods sharing the host PID namespace', RuleLevel.ERROR, PodHostPidNotShared),
    decided('5.2.4', 'Do not admit Pods sharing the host IPC namespace', RuleLevel.ERROR, PodHostIpcNotShared),
    decided('5.2.5', 'Do not admit Pods sharing the host network namespace', RuleLevel.ERROR, PodHostNetworkNotShared),
    decided('5.2.6', 'Do not admit containers that may gain privileges', RuleLevel.ERROR, ContainerNoPrivilegeEscalation),
    decided('5.2.7', 'Do not admit containers running as root', RuleLevel.ERROR, ContainerRunsAsNonRoot),
    decided('5.2.8', 'Do not admit containers keeping NET_RAW', RuleLevel.WARNING, ContainerNoNetRaw),
    decided('5.2.9', 'Do not admit containers adding capabilities', RuleLevel.WARNING, ContainerNoAddedCapabilities),
    decided('5.2.10', 'Prefer containers dropping every capability', RuleLevel.WARNING, ContainerCapabilitiesDropAll),
    decided('5.2.11', 'Do not admit Windows HostProcess containers', RuleLevel.ERROR, PodWindowsHostProcessNotUsed),
    decided('5.2.12', 'Do not admit hostPath volumes', RuleLevel.ERROR, PodNoHostPathVolumes),
    decided('5.2.13', 'Do not admit containers binding host ports', RuleLevel.WARNING, ContainerNoHostPort),
    undecidable('5.3.1', 'Use a network plugin that enforces NetworkPolicy', RuleLevel.INFO,
      'Whether NetworkPolicies are enforced depends on the cluster\'s CNI plugin, which manifests do not show.'),
    decided('5.3.2', 'Give every namespace NetworkPolicies', RuleLevel.WARNING, NetworkPolicyInNamespace),
    decided('5.4.1', 'Read Secrets from files, not environment variables', RuleLevel.WARNING, ContainerNoSecretsInEnv),
    undecidable('5.4.2', 'Consider an external secret store', RuleLevel.INFO,
      'Using a secret store outside Kubernetes is an architecture decision. The absence of its objects in the app proves nothing.'),
    undecidable('5.5.1', 'Verify image provenance with the ImagePolicyWebhook admission plugin', RuleLevel.INFO,
      'The ImagePolicyWebhook is admission configuration of the API server, which app manifests do not contain.'),
    decided('5.7.1', 'Use namespaces as administrative boundaries', RuleLevel.WARNING, NamespaceNotDefault),
    decided('5.7.2', 'Set a seccomp profile on Pods', RuleLevel.WARNING, PodSeccompProfile),
    decided('5.7.3', 'Give Pods and containers a security context', RuleLevel.WARNING, ContainerSecurityContextHardened),
    decided('5.7.4', 'Keep workloads out of the default namespace', RuleLevel.WARNING, NamespaceNotDefault),
  ],
};
