import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects exec or attach into containers.
 */
export const RbacNoPodExec = grantCheck({
  name: 'RbacNoPodExec',
  title: 'Roles do not grant exec or attach into containers.',
  rationale: 'Exec and attach run commands inside a container with its identity and data.',
  fix: 'Remove `create` and `get` on `pods/exec` and `pods/attach`.',
  pattern: { apiGroups: [''], resources: ['pods/exec', 'pods/attach'], verbs: ['create', 'get'] },
  describe: (match, role) => `${role} grants ${match.verbs.join(', ')} on ${match.resources.join(', ')}. Remove it.`,
});
