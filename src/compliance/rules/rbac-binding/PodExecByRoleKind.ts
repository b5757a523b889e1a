import { restrictKinds } from '../manifest-helpers';
import { RbacNoPodExec } from '../rbac/RbacNoPodExec';

/** ClusterRoles allow no exec or attach into pods. */
export const ClusterRoleNoPodExec = restrictKinds(RbacNoPodExec, 'ClusterRoleNoPodExec', ['ClusterRole']);
/** Roles allow no exec or attach into pods. */
export const RoleNoPodExec = restrictKinds(RbacNoPodExec, 'RoleNoPodExec', ['Role']);
