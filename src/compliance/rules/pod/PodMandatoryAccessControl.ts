import { PodAppArmorNotUnconfined } from './PodAppArmorNotUnconfined';
import { PodSeccompProfile } from './PodSeccompProfile';
import { PodSeLinuxOptionsBaseline } from './PodSeLinuxOptionsBaseline';
import { allOf } from '../../private/combine';

/**
 * The pod runs under a seccomp profile and does not weaken SELinux or AppArmor.
 */
export const PodMandatoryAccessControl = allOf({
  name: 'PodMandatoryAccessControl',
  title: 'Pods run under a seccomp profile and keep the SELinux and AppArmor confinement of the runtime.',
  rationale: 'Mandatory access control limits the system calls and files a compromised process can reach, whatever its user.',
  fix: 'Set `seccompProfile.type: RuntimeDefault`, and remove custom SELinux users, roles and types and `Unconfined` AppArmor profiles.',
  checks: [PodSeccompProfile, PodSeLinuxOptionsBaseline, PodAppArmorNotUnconfined],
});
