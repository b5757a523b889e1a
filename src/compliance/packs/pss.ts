import { decided } from '../private/pack-entries';
import { Pack, RuleLevel } from '../rule';
import { ContainerCapabilitiesBaseline } from '../rules/container/ContainerCapabilitiesBaseline';
import { ContainerCapabilitiesRestricted } from '../rules/container/ContainerCapabilitiesRestricted';
import { ContainerDefaultProcMount } from '../rules/container/ContainerDefaultProcMount';
import { ContainerNoHostPort } from '../rules/container/ContainerNoHostPort';
import { ContainerNonZeroUserId } from '../rules/container/ContainerNonZeroUserId';
import { ContainerNoPrivilegeEscalation } from '../rules/container/ContainerNoPrivilegeEscalation';
import { ContainerNotPrivileged } from '../rules/container/ContainerNotPrivileged';
import { ContainerRunsAsNonRoot } from '../rules/container/ContainerRunsAsNonRoot';
import { PodAppArmorNotUnconfined } from '../rules/pod/PodAppArmorNotUnconfined';
import { PodHostNamespacesNotShared } from '../rules/pod/PodHostNamespacesNotShared';
import { PodNoHostPathVolumes } from '../rules/pod/PodNoHostPathVolumes';
import { PodSeccompNotUnconfined } from '../rules/pod/PodSeccompNotUnconfined';
import { PodSeccompProfile } from '../rules/pod/PodSeccompProfile';
import { PodSeLinuxOptionsBaseline } from '../rules/pod/PodSeLinuxOptionsBaseline';
import { PodSysctlsSafe } from '../rules/pod/PodSysctlsSafe';
import { PodVolumeTypesRestricted } from '../rules/pod/PodVolumeTypesRestricted';
import { PodWindowsHostProcessNotUsed } from '../rules/pod/PodWindowsHostProcessNotUsed';

const SOURCE = 'Kubernetes Pod Security Standards (kubernetes.io/docs/concepts/security/pod-security-standards, Kubernetes 1.29 to 1.35)';

/**
 * The baseline profile of the Pod Security Standards.
 *
 * The standard names its controls but gives them no ids. The ids here are proposed by this
 * library: `PSS-baseline-<control>`, where `<control>` is the control's name as the Kubernetes
 * documentation writes it, in lower case with words joined by hyphens (`/proc Mount Type` becomes
 * `proc-mount-type`). Every control of the profile is decidable from the pod spec.
 */
export const PSS_BASELINE_PACK: Pack = {
  name: 'pss-baseline',
  prefix: 'PSS',
  source: SOURCE,
  entries: [
    decided('baseline-host-process', 'HostProcess: no Windows HostProcess containers', RuleLevel.ERROR, PodWindowsHostProcessNotUsed),
    decided('baseline-host-namespaces', 'Host Namespaces: no host network, PID or IPC namespace', RuleLevel.ERROR, PodHostNamespacesNotShared),
    decided('baseline-privileged-containers', 'Privileged Containers: no privileged mode', RuleLevel.ERROR, ContainerNotPrivileged),
    decided('baseline-capabilities', 'Capabilities: only capabilities of the baseline list added', RuleLevel.ERROR, ContainerCapabilitiesBaseline),
    decided('baseline-hostpath-volumes', 'HostPath Volumes: no hostPath volumes', RuleLevel.ERROR, PodNoHostPathVolumes),
    decided('baseline-host-ports', 'Host Ports: no host ports', RuleLevel.ERROR, ContainerNoHostPort),
    decided('baseline-apparmor', 'AppArmor: no Unconfined profile', RuleLevel.ERROR, PodAppArmorNotUnconfined),
    decided('baseline-selinux', 'SELinux: no custom user or role, only container types', RuleLevel.ERROR, PodSeLinuxOptionsBaseline),
    decided('baseline-proc-mount-type', '/proc Mount Type: default masked /proc', RuleLevel.ERROR, ContainerDefaultProcMount),
    decided('baseline-seccomp', 'Seccomp: no Unconfined profile', RuleLevel.ERROR, PodSeccompNotUnconfined),
    decided('baseline-sysctls', 'Sysctls: only the safe set', RuleLevel.ERROR, PodSysctlsSafe),
  ],
};

/**
 * The restricted profile of the Pod Security Standards, the controls it adds to baseline.
 *
 * The ids are proposed by this library as for the baseline pack: `PSS-restricted-<control>`.
 * `running-as-non-root-user` is the control the documentation calls "Running as Non-root user
 * (v1.23+)".
 */
export const PSS_RESTRICTED_PACK: Pack = {
  name: 'pss-restricted',
  prefix: 'PSS',
  source: SOURCE,
  entries: [
    decided('restricted-volume-types', 'Volume Types: only the allowed volume sources', RuleLevel.ERROR, PodVolumeTypesRestricted),
    decided('restricted-privilege-escalation', 'Privilege Escalation: allowPrivilegeEscalation false', RuleLevel.ERROR, ContainerNoPrivilegeEscalation),
    decided('restricted-running-as-non-root', 'Running as Non-root: runAsNonRoot true', RuleLevel.ERROR, ContainerRunsAsNonRoot),
    decided('restricted-running-as-non-root-user', 'Running as Non-root user: runAsUser not 0', RuleLevel.ERROR, ContainerNonZeroUserId),
    decided('restricted-seccomp', 'Seccomp: RuntimeDefault or Localhost profile', RuleLevel.ERROR, PodSeccompProfile),
    decided('restricted-capabilities', 'Capabilities: drop ALL, add at most NET_BIND_SERVICE', RuleLevel.ERROR, ContainerCapabilitiesRestricted),
  ],
};
