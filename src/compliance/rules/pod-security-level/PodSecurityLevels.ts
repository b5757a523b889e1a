import { allOf } from '../../private/combine';
import { ContainerCapabilitiesBaseline } from '../container/ContainerCapabilitiesBaseline';
import { ContainerCapabilitiesRestricted } from '../container/ContainerCapabilitiesRestricted';
import { ContainerDefaultProcMount } from '../container/ContainerDefaultProcMount';
import { ContainerNoHostPort } from '../container/ContainerNoHostPort';
import { ContainerNonZeroUserId } from '../container/ContainerNonZeroUserId';
import { ContainerNoPrivilegeEscalation } from '../container/ContainerNoPrivilegeEscalation';
import { ContainerNotPrivileged } from '../container/ContainerNotPrivileged';
import { ContainerRunsAsNonRoot } from '../container/ContainerRunsAsNonRoot';
import { PodAppArmorNotUnconfined } from '../pod/PodAppArmorNotUnconfined';
import { PodHostNamespacesNotShared } from '../pod/PodHostNamespacesNotShared';
import { PodNoHostPathVolumes } from '../pod/PodNoHostPathVolumes';
import { PodSeccompNotUnconfined } from '../pod/PodSeccompNotUnconfined';
import { PodSeccompProfile } from '../pod/PodSeccompProfile';
import { PodSeLinuxOptionsBaseline } from '../pod/PodSeLinuxOptionsBaseline';
import { PodSysctlsSafe } from '../pod/PodSysctlsSafe';
import { PodVolumeTypesRestricted } from '../pod/PodVolumeTypesRestricted';
import { PodWindowsHostProcessNotUsed } from '../pod/PodWindowsHostProcessNotUsed';

const BASELINE_CHECKS = [
  PodWindowsHostProcessNotUsed,
  PodHostNamespacesNotShared,
  ContainerNotPrivileged,
  ContainerCapabilitiesBaseline,
  PodNoHostPathVolumes,
  ContainerNoHostPort,
  PodAppArmorNotUnconfined,
  PodSeLinuxOptionsBaseline,
  ContainerDefaultProcMount,
  PodSeccompNotUnconfined,
  PodSysctlsSafe,
];

/** Pods meet every control of the Pod Security Standards baseline level. */
export const PodSecurityBaseline = allOf({
  name: 'PodSecurityBaseline',
  title: 'Pods meet the Pod Security Standards baseline level',
  rationale: 'The baseline level blocks the known privilege escalations: host namespaces, privileged mode, host paths and ports, added capabilities and unconfined profiles.',
  fix: 'Fix each baseline control that the findings name.',
  checks: BASELINE_CHECKS,
});

/** Pods meet every control of the Pod Security Standards restricted level (baseline included). */
export const PodSecurityRestricted = allOf({
  name: 'PodSecurityRestricted',
  title: 'Pods meet the Pod Security Standards restricted level',
  rationale: 'The restricted level adds the hardening of current best practice: non-root users, no privilege escalation, dropped capabilities, a seccomp profile and limited volume types.',
  fix: 'Fix each baseline and restricted control that the findings name.',
  checks: [
    ...BASELINE_CHECKS,
    PodVolumeTypesRestricted,
    ContainerNoPrivilegeEscalation,
    ContainerRunsAsNonRoot,
    ContainerNonZeroUserId,
    PodSeccompProfile,
    ContainerCapabilitiesRestricted,
  ],
});
