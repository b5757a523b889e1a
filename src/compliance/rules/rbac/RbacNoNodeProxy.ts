import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole grants access to the `nodes/proxy` subresource.
 */
export const RbacNoNodeProxy = grantCheck({
  name: 'RbacNoNodeProxy',
  title: 'Roles do not grant access to nodes/proxy.',
  rationale: 'The nodes/proxy subresource reaches the kubelet API directly, which runs commands in any container of the node and bypasses audit logging.',
  fix: 'Remove every verb on `nodes/proxy`.',
  pattern: { apiGroups: [''], resources: ['nodes/proxy'], verbs: ['*', 'get', 'create', 'update', 'patch', 'delete', 'list', 'watch'] },
  describe: (match, role) => `${role} grants ${match.verbs.join(', ')} on nodes/proxy. Remove the rule.`,
});
