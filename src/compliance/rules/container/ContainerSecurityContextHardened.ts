import { ContainerCapabilitiesDropAll } from './ContainerCapabilitiesDropAll';
import { ContainerNoPrivilegeEscalation } from './ContainerNoPrivilegeEscalation';
import { ContainerReadOnlyRootFilesystem } from './ContainerReadOnlyRootFilesystem';
import { ContainerRunsAsNonRoot } from './ContainerRunsAsNonRoot';
import { allOf } from '../../private/combine';
import { PodSeccompProfile } from '../pod/PodSeccompProfile';

/**
 * Pod and container security contexts set the hardening fields.
 */
export const ContainerSecurityContextHardened = allOf({
  name: 'ContainerSecurityContextHardened',
  title: 'Security contexts set runAsNonRoot, readOnlyRootFilesystem, allowPrivilegeEscalation: false, capabilities.drop: [ALL] and a seccomp profile.',
  rationale: 'These fields together confine a container to its own process and files, which is what a security context is for.',
  fix: 'Set `runAsNonRoot: true` and `seccompProfile.type: RuntimeDefault` on the pod, and `readOnlyRootFilesystem: true`, `allowPrivilegeEscalation: false` and `capabilities.drop: ["ALL"]` on every container.',
  checks: [ContainerRunsAsNonRoot, ContainerReadOnlyRootFilesystem, ContainerNoPrivilegeEscalation, ContainerCapabilitiesDropAll, PodSeccompProfile],
});
