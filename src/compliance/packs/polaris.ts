import { Check, Pack, PackEntry, RuleLevel } from '../rule';
import { HpaMaxAboveMin } from '../rules/autoscaling/HpaMaxAboveMin';
import { HpaMinReplicasAtLeastTwo } from '../rules/autoscaling/HpaMinReplicasAtLeastTwo';
import { DeploymentReplicasAtLeastTwo } from '../rules/availability/DeploymentReplicasAtLeastTwo';
import { PdbAllowsEviction } from '../rules/availability/PdbAllowsEviction';
import { PdbMinAvailableBelowHpaMinReplicas } from '../rules/availability/PdbMinAvailableBelowHpaMinReplicas';
import { TopologySpreadPresent } from '../rules/availability/TopologySpreadPresent';
import { DeploymentCoveredByPdb } from '../rules/availability/WorkloadCoveredByPdb';
import { ContainerCapabilitiesDropAll } from '../rules/container/ContainerCapabilitiesDropAll';
import { ContainerCpuLimit } from '../rules/container/ContainerCpuLimit';
import { ContainerCpuRequest } from '../rules/container/ContainerCpuRequest';
import { ContainerDefaultProcMount } from '../rules/container/ContainerDefaultProcMount';
import { ContainerImagePullPolicyAlways } from '../rules/container/ContainerImagePullPolicyAlways';
import { ContainerImageTagPinned } from '../rules/container/ContainerImageTagPinned';
import { ContainerLivenessProbe } from '../rules/container/ContainerLivenessProbe';
import { ContainerMemoryLimit } from '../rules/container/ContainerMemoryLimit';
import { ContainerMemoryRequest } from '../rules/container/ContainerMemoryRequest';
import { ContainerNoHostPort } from '../rules/container/ContainerNoHostPort';
import { ContainerNoLiteralCredentials } from '../rules/container/ContainerNoLiteralCredentials';
import { ContainerNoPrivilegeEscalation } from '../rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerReadinessProbe } from '../rules/container/ContainerReadinessProbe';
import { ContainerReadOnlyRootFilesystem } from '../rules/container/ContainerReadOnlyRootFilesystem';
import { ContainerRunsAsNonRoot } from '../rules/container/ContainerRunsAsNonRoot';
import { ContainerLinuxHardening } from '../rules/container-config/ContainerLinuxHardening';
import { ContainerNoDangerousCapabilities } from '../rules/container-config/ContainerNoDangerousCapabilities';
import { IngressHasTls } from '../rules/ingress/IngressHasTls';
import { InstanceLabelMatchesName } from '../rules/metadata/InstanceLabelMatchesName';
import { NetworkPolicySelectsPods } from '../rules/network/NetworkPolicySelectsPods';
import { PodHostIpcNotShared } from '../rules/pod/PodHostIpcNotShared';
import { PodHostNetworkNotShared } from '../rules/pod/PodHostNetworkNotShared';
import { PodHostPidNotShared } from '../rules/pod/PodHostPidNotShared';
import { PodNoHostPathVolumes } from '../rules/pod/PodNoHostPathVolumes';
import { PodPriorityClassSet } from '../rules/pod/PodPriorityClassSet';
import { PodServiceAccountTokenNotAutomounted } from '../rules/pod/PodServiceAccountTokenNotAutomounted';
import { PodWindowsHostProcessNotUsed } from '../rules/pod/PodWindowsHostProcessNotUsed';
import {
  ClusterRoleBindingNoPodExec,
  ClusterRoleBindingNotAdmin,
  RoleBindingNoPodExecClusterRole,
  RoleBindingNoPodExecRole,
  RoleBindingNotAdminClusterRole,
  RoleBindingNotAdminRole,
} from '../rules/rbac-binding/BindingRoleGrants';
import { ClusterRoleNoPodExec, RoleNoPodExec } from '../rules/rbac-binding/PodExecByRoleKind';
import { ConfigMapNoSensitiveContent } from '../rules/secret/ConfigMapNoSensitiveContent';

function entry(controlId: string, title: string, level: RuleLevel, check: Check): PackEntry {
  return { controlId, title, level, check };
}

/** Polaris severity `danger`. */
const DANGER = RuleLevel.ERROR;
/** Polaris severity `warning`. */
const WARNING = RuleLevel.WARNING;

/**
 * The 44 checks of Polaris (FairwindsOps/polaris, commit c0e23a2, after v10.2.2), with the
 * severities of its `default.yaml`: `danger` is an error and `warning` a warning.
 *
 * Scope differences from Polaris, where one check of this library serves several standards:
 * - insecureCapabilities accepts dropping all fifteen default capabilities one by one; here only
 *   `drop: [ALL]` passes.
 * - hpaMinAvailability passes an HPA without minReplicas; here it fails, because the API defaults
 *   minReplicas to 1.
 * - runAsRootAllowed accepts `runAsUser` above 0 without `runAsNonRoot`; here `runAsNonRoot: true`
 *   is required.
 * - Polaris skips default roles (`system:*`, `cluster-admin`, `admin`, `edit`). The role checks
 *   here judge every role of the app, because an app rarely ships those built-in roles.
 * - A binding to a role that the app does not define is not evaluated here, where Polaris fails it.
 */
export const POLARIS_PACK: Pack = {
  name: 'polaris',
  prefix: 'POLARIS',
  source: 'Polaris checks at commit c0e23a2 (after v10.2.2), severities of default.yaml',
  entries: [
    entry('automountServiceAccountToken', 'ServiceAccount token not automounted', WARNING, PodServiceAccountTokenNotAutomounted),
    entry('clusterrolePodExecAttach', 'ClusterRoles allow no pods/exec or pods/attach', DANGER, ClusterRoleNoPodExec),
    entry('clusterrolebindingClusterAdmin', 'ClusterRoleBindings grant no cluster-admin equivalent', DANGER, ClusterRoleBindingNotAdmin),
    entry('clusterrolebindingPodExecAttach', 'ClusterRoleBindings grant no pods/exec or pods/attach', DANGER, ClusterRoleBindingNoPodExec),
    entry('cpuLimitsMissing', 'CPU limits are set', WARNING, ContainerCpuLimit),
    entry('cpuRequestsMissing', 'CPU requests are set', WARNING, ContainerCpuRequest),
    entry('dangerousCapabilities', 'No ALL, SYS_ADMIN or NET_ADMIN capabilities added', DANGER, ContainerNoDangerousCapabilities),
    entry('deploymentMissingReplicas', 'Deployments run more than one replica', WARNING, DeploymentReplicasAtLeastTwo),
    entry('hostIPCSet', 'Host IPC is not used', DANGER, PodHostIpcNotShared),
    entry('hostNetworkSet', 'Host network is not used', DANGER, PodHostNetworkNotShared),
    entry('hostPIDSet', 'Host PID is not used', DANGER, PodHostPidNotShared),
    entry('hostPathSet', 'No hostPath volumes', WARNING, PodNoHostPathVolumes),
    entry('hostPortSet', 'No host ports', WARNING, ContainerNoHostPort),
    entry('hostProcess', 'No Windows HostProcess containers', WARNING, PodWindowsHostProcessNotUsed),
    entry('hpaMaxAvailability', 'HPA maxReplicas above minReplicas', WARNING, HpaMaxAboveMin),
    entry('hpaMinAvailability', 'HPA minReplicas of 2 or more', WARNING, HpaMinReplicasAtLeastTwo),
    entry('insecureCapabilities', 'Insecure default capabilities are dropped', WARNING, ContainerCapabilitiesDropAll),
    entry('linuxHardening', 'AppArmor, seccomp, SELinux or dropped capabilities restrict containers', WARNING, ContainerLinuxHardening),
    entry('livenessProbeMissing', 'Liveness probe is configured', WARNING, ContainerLivenessProbe),
    entry('memoryLimitsMissing', 'Memory limits are set', WARNING, ContainerMemoryLimit),
    entry('memoryRequestsMissing', 'Memory requests are set', WARNING, ContainerMemoryRequest),
    entry('metadataAndInstanceMismatched', 'Instance label matches the controller name', WARNING, InstanceLabelMatchesName),
    entry('missingNetworkPolicy', 'A NetworkPolicy selects the pods for ingress and egress', WARNING, NetworkPolicySelectsPods),
    entry('missingPodDisruptionBudget', 'A PodDisruptionBudget covers the Deployment', WARNING, DeploymentCoveredByPdb),
    entry('notReadOnlyRootFilesystem', 'Root filesystem is read-only', WARNING, ContainerReadOnlyRootFilesystem),
    entry('pdbDisruptionsIsZero', 'PodDisruptionBudgets allow voluntary evictions', WARNING, PdbAllowsEviction),
    entry('pdbMinAvailableGreaterThanHPAMinReplicas', 'PDB minAvailable does not exceed HPA minReplicas', WARNING, PdbMinAvailableBelowHpaMinReplicas),
    entry('priorityClassNotSet', 'Priority class is set', WARNING, PodPriorityClassSet),
    entry('privilegeEscalationAllowed', 'Privilege escalation is not allowed', DANGER, ContainerNoPrivilegeEscalation),
    entry('procMount', 'Default /proc masks are kept', WARNING, ContainerDefaultProcMount),
    entry('pullPolicyNotAlways', 'Image pull policy is Always', WARNING, ContainerImagePullPolicyAlways),
    entry('readinessProbeMissing', 'Readiness probe is configured', WARNING, ContainerReadinessProbe),
    entry('rolePodExecAttach', 'Roles allow no pods/exec or pods/attach', DANGER, RoleNoPodExec),
    entry('rolebindingClusterAdminClusterRole', 'RoleBindings grant no cluster-admin equivalent ClusterRole', DANGER, RoleBindingNotAdminClusterRole),
    entry('rolebindingClusterAdminRole', 'RoleBindings grant no Role with full rights', DANGER, RoleBindingNotAdminRole),
    entry('rolebindingClusterRolePodExecAttach', 'RoleBindings grant no ClusterRole with pods/exec or pods/attach', DANGER, RoleBindingNoPodExecClusterRole),
    entry('rolebindingRolePodExecAttach', 'RoleBindings grant no Role with pods/exec or pods/attach', DANGER, RoleBindingNoPodExecRole),
    entry('runAsPrivileged', 'Containers are not privileged', DANGER, ContainerNotPrivileged),
    entry('runAsRootAllowed', 'Containers may not run as root', DANGER, ContainerRunsAsNonRoot),
    entry('sensitiveConfigmapContent', 'ConfigMaps hold no sensitive content', DANGER, ConfigMapNoSensitiveContent),
    entry('sensitiveContainerEnvVar', 'Containers set no sensitive environment variables', DANGER, ContainerNoLiteralCredentials),
    entry('tagNotSpecified', 'Image tag is specified', DANGER, ContainerImageTagPinned),
    entry('tlsSettingsMissing', 'Ingress has TLS configured', WARNING, IngressHasTls),
    entry('topologySpreadConstraint', 'Pods set a topology spread constraint', WARNING, TopologySpreadPresent),
  ],
};
