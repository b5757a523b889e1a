import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects create Pods.
 */
export const RbacNoPodCreate = grantCheck({
  name: 'RbacNoPodCreate',
  title: 'Roles do not grant create on Pods.',
  rationale: 'Whoever can create Pods can run any image with any ServiceAccount of the namespace and mount its Secrets.',
  fix: 'Remove `create` on `pods`, or limit it to a namespaced Role for the one subject that needs it.',
  pattern: { apiGroups: [''], resources: ['pods'], verbs: ['create'] },
  describe: (_match, role) => `${role} grants create on pods. Remove it or limit it to a namespaced Role.`,
});
