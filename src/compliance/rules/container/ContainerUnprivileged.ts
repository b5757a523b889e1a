import { ContainerNoAddedCapabilities } from './ContainerNoAddedCapabilities';
import { ContainerNoPrivilegeEscalation } from './ContainerNoPrivilegeEscalation';
import { ContainerNotPrivileged } from './ContainerNotPrivileged';
import { ContainerRunsAsNonRoot } from './ContainerRunsAsNonRoot';
import { allOf } from '../../private/combine';

/**
 * Containers run without privileges: not privileged, no escalation, non-root, no added
 * capabilities.
 */
export const ContainerUnprivileged = allOf({
  name: 'ContainerUnprivileged',
  title: 'Containers run unprivileged: not privileged, no privilege escalation, non-root and no added capabilities.',
  rationale: 'Each of these settings removes a path from a compromised container to the node.',
  fix: 'Remove `privileged`, set `allowPrivilegeEscalation: false` and `runAsNonRoot: true`, and remove `capabilities.add`.',
  checks: [ContainerNotPrivileged, ContainerNoPrivilegeEscalation, ContainerRunsAsNonRoot, ContainerNoAddedCapabilities],
});
