import { decided, undecidable } from '../private/pack-entries';
import { Pack, RuleLevel } from '../rule';
import { ContainerCapabilitiesMinimal } from '../rules/container/ContainerCapabilitiesMinimal';
import { ContainerImageTagPinned } from '../rules/container/ContainerImageTagPinned';
import { ContainerNoLiteralCredentials } from '../rules/container/ContainerNoLiteralCredentials';
import { ContainerNonRootGroup } from '../rules/container/ContainerNonRootGroup';
import { ContainerNoPrivilegeEscalation } from '../rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerReadOnlyRootFilesystem } from '../rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerResourcesSet } from '../rules/container/ContainerResourcesSet';
import { ContainerRunsAsNonRoot } from '../rules/container/ContainerRunsAsNonRoot';
import { NamespaceLimitRange } from '../rules/namespace/NamespaceLimitRange';
import { NamespaceNotBuiltIn } from '../rules/namespace/NamespaceNotBuiltIn';
import { NamespacePodSecurityEnforced } from '../rules/namespace/NamespacePodSecurityEnforced';
import { NamespaceResourceQuota } from '../rules/namespace/NamespaceResourceQuota';
import { NetworkPolicyBlocksMetadataService } from '../rules/network/NetworkPolicyBlocksMetadataService';
import { NetworkPolicyIsolation } from '../rules/network/NetworkPolicyIsolation';
import { PodAppArmorNotUnconfined } from '../rules/pod/PodAppArmorNotUnconfined';
import { PodHostNetworkAndPortsNotUsed } from '../rules/pod/PodHostNetworkAndPortsNotUsed';
import { PodHostPidAndIpcNotShared } from '../rules/pod/PodHostPidAndIpcNotShared';
import { PodNoHostPathVolumes } from '../rules/pod/PodNoHostPathVolumes';
import { PodSeccompProfile } from '../rules/pod/PodSeccompProfile';
import { PodSeLinuxOptionsBaseline } from '../rules/pod/PodSeLinuxOptionsBaseline';
import { PodServiceAccountTokenNotAutomounted } from '../rules/pod/PodServiceAccountTokenNotAutomounted';
import { RbacLeastPrivilege } from '../rules/rbac/RbacLeastPrivilege';

/**
 * NSA/CISA Kubernetes Hardening Guidance v1.2 (August 2022).
 *
 * The guide numbers nothing. The ids `NSA-<chapter>-<n>` are proposed by the inventory this
 * library follows: `<chapter>` is POD, NET, AUTH, LOG or UPGRADE for the guide's five main
 * chapters, and `<n>` counts the recommendations of the chapter in the order of its sub-headings.
 * NSA-POD-13 and NSA-POD-14 check only that the pod does not weaken the node's SELinux or AppArmor
 * confinement, because whether the node enforces them is invisible.
 */
export const NSA_CISA_PACK: Pack = {
  name: 'nsa-cisa',
  prefix: 'NSA',
  source: 'NSA/CISA Kubernetes Hardening Guidance v1.2 (August 2022), with proposed ids',
  entries: [
    decided('POD-1', 'Run container processes as a non-root user', RuleLevel.ERROR, ContainerRunsAsNonRoot),
    undecidable('POD-2', 'Prefer rootless container engines', RuleLevel.INFO, 'The container engine is node configuration, which manifests do not show.'),
    decided('POD-3', 'Make the root filesystem read-only', RuleLevel.WARNING, ContainerReadOnlyRootFilesystem),
    decided('POD-4', 'Build images from trusted sources and scan them', RuleLevel.WARNING, ContainerImageTagPinned),
    decided('POD-5', 'Enforce pod security at admission', RuleLevel.WARNING, NamespacePodSecurityEnforced),
    decided('POD-6', 'Do not run privileged containers', RuleLevel.ERROR, ContainerNotPrivileged),
    decided('POD-7', 'Do not share the host PID or IPC namespace', RuleLevel.ERROR, PodHostPidAndIpcNotShared),
    decided('POD-8', 'Do not use the host network', RuleLevel.ERROR, PodHostNetworkAndPortsNotUsed),
    decided('POD-9', 'Keep Pods off the host filesystem', RuleLevel.ERROR, PodNoHostPathVolumes),
    decided('POD-10', 'Block privilege escalation', RuleLevel.ERROR, ContainerNoPrivilegeEscalation),
    decided('POD-11', 'Run with non-root group ids', RuleLevel.WARNING, ContainerNonRootGroup),
    decided('POD-12', 'Drop capabilities the workload does not need', RuleLevel.WARNING, ContainerCapabilitiesMinimal),
    decided('POD-13', 'Confine containers with SELinux', RuleLevel.WARNING, PodSeLinuxOptionsBaseline),
    decided('POD-14', 'Confine containers with AppArmor', RuleLevel.WARNING, PodAppArmorNotUnconfined),
    decided('POD-15', 'Restrict system calls with seccomp', RuleLevel.WARNING, PodSeccompProfile),
    decided('POD-16', 'Do not mount ServiceAccount tokens where not needed', RuleLevel.WARNING, PodServiceAccountTokenNotAutomounted),
    undecidable('POD-17', 'Isolate further with sandboxed runtimes', RuleLevel.INFO,
      'Whether a RuntimeClass sandboxes containers depends on the node\'s runtime handler, which manifests do not show.'),
    decided('NET-1', 'Keep workloads out of default, kube-system and kube-public', RuleLevel.WARNING, NamespaceNotBuiltIn),
    decided('NET-2', 'Deny all traffic by default, then allow the needed flows', RuleLevel.WARNING, NetworkPolicyIsolation),
    undecidable('NET-3', 'Use a network plugin that enforces NetworkPolicy', RuleLevel.INFO, 'The CNI plugin is cluster configuration, which manifests do not show.'),
    decided('NET-4', 'Give each namespace a LimitRange', RuleLevel.INFO, NamespaceLimitRange),
    decided('NET-5', 'Give each namespace a ResourceQuota', RuleLevel.INFO, NamespaceResourceQuota),
    decided('NET-6', 'Set CPU and memory requests and limits', RuleLevel.WARNING, ContainerResourcesSet),
    undecidable('NET-7', 'Limit process ids per Pod', RuleLevel.INFO, 'The PID limit is kubelet configuration, which manifests do not show.'),
    undecidable('NET-8', 'Harden the control plane', RuleLevel.INFO, 'Control plane settings are cluster configuration, which app manifests do not contain.'),
    undecidable('NET-9', 'Protect etcd', RuleLevel.INFO, 'etcd settings are cluster configuration, which app manifests do not contain.'),
    undecidable('NET-10', 'Protect kubeconfig files', RuleLevel.INFO, 'Kubeconfig files live on nodes and workstations, outside the manifests.'),
    undecidable('NET-11', 'Segment the worker node network', RuleLevel.INFO, 'Node network segmentation is infrastructure, which manifests do not show.'),
    undecidable('NET-12', 'Encrypt traffic and Secrets at rest', RuleLevel.INFO, 'Encryption at rest is API server configuration, which app manifests do not contain.'),
    decided('NET-13', 'Keep sensitive values in Secrets', RuleLevel.WARNING, ContainerNoLiteralCredentials),
    decided('NET-14', 'Keep Pods away from the cloud metadata service', RuleLevel.INFO, NetworkPolicyBlocksMetadataService),
    undecidable('AUTH-1', 'Authenticate every request, no anonymous access', RuleLevel.INFO, 'Authentication is API server and kubelet configuration, which manifests do not show.'),
    undecidable('AUTH-2', 'Use RBAC authorization', RuleLevel.INFO, 'The authorization mode is an API server flag, which manifests do not show.'),
    decided('AUTH-3', 'Grant least privilege in RBAC', RuleLevel.ERROR, RbacLeastPrivilege),
    undecidable('AUTH-4', 'Review RBAC regularly', RuleLevel.INFO, 'Periodic review is a process, not a property of manifests.'),
    undecidable('LOG-1', 'Turn on API server audit logging', RuleLevel.INFO, 'Audit logging is API server configuration, which manifests do not show.'),
    undecidable('LOG-2', 'Collect node and container logs', RuleLevel.INFO, 'No workload field proves that logs are collected.'),
    undecidable('LOG-3', 'Use seccomp audit mode to learn system calls', RuleLevel.INFO, 'The content of a Localhost seccomp profile lives on the node.'),
    undecidable('LOG-4', 'Forward logs to syslog or a SIEM', RuleLevel.INFO, 'Log forwarding is cluster infrastructure, which manifests do not show.'),
    undecidable('LOG-5', 'Consider a service mesh', RuleLevel.INFO, 'Whether a mesh is worth its cost is an architecture decision. Mesh labels alone prove no mutual TLS.'),
    undecidable('LOG-6', 'Make logging resilient', RuleLevel.INFO, 'Logging pipeline resilience is infrastructure, which manifests do not show.'),
    undecidable('LOG-7', 'Alert on suspicious activity', RuleLevel.INFO, 'Alerting is an operations process.'),
    undecidable('LOG-8', 'Use threat detection tools', RuleLevel.INFO, 'Threat detection is an operations tool choice.'),
    undecidable('UPGRADE-1', 'Apply updates and patches promptly', RuleLevel.INFO,
      'The cluster version and patch level are invisible in manifests. Image tags show versions but not whether they are current.'),
    undecidable('UPGRADE-2', 'Scan and test periodically', RuleLevel.INFO, 'Scanning and penetration tests are processes.'),
    undecidable('UPGRADE-3', 'Remove unused components', RuleLevel.INFO, 'Whether a component is used is not visible in manifests.'),
  ],
};
