import { RbacNoClusterAdminBinding } from './RbacNoClusterAdminBinding';
import { RbacNoPersistentVolumeCreate } from './RbacNoPersistentVolumeCreate';
import { RbacNoPodExec } from './RbacNoPodExec';
import { RbacNoWildcards } from './RbacNoWildcards';
import { allOf } from '../../private/combine';

/**
 * RBAC in the app avoids the broadest grants: wildcards, cluster-admin, exec and PersistentVolume
 * creation.
 */
export const RbacLeastPrivilege = allOf({
  name: 'RbacLeastPrivilege',
  title: 'RBAC avoids wildcards, cluster-admin bindings, exec into containers and PersistentVolume creation.',
  rationale: 'These grants reach far beyond what one workload needs and are the usual paths to cluster-wide takeover.',
  fix: 'Replace `*` with exact values, bind narrower roles than cluster-admin, and remove `pods/exec` and `persistentvolumes` create rights.',
  checks: [RbacNoWildcards, RbacNoClusterAdminBinding, RbacNoPodExec, RbacNoPersistentVolumeCreate],
});
