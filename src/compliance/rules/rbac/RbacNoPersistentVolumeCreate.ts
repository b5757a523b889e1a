import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects create PersistentVolumes.
 */
export const RbacNoPersistentVolumeCreate = grantCheck({
  name: 'RbacNoPersistentVolumeCreate',
  title: 'Roles do not grant create on PersistentVolumes.',
  rationale: 'A PersistentVolume can point at a host path, so creating one is a way onto the node\'s filesystem.',
  fix: 'Remove `create` on `persistentvolumes`. Let users request storage through PersistentVolumeClaims.',
  pattern: { apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] },
  describe: (_match, role) => `${role} grants create on persistentvolumes. Remove it and use PersistentVolumeClaims.`,
});
