import { grantCheck } from '../../private/rbac';

/**
 * No Role or ClusterRole lets its subjects change admission webhook configurations.
 */
export const RbacNoWebhookConfigurationWrite = grantCheck({
  name: 'RbacNoWebhookConfigurationWrite',
  title: 'Roles do not grant write access to admission webhook configurations.',
  rationale: 'Whoever can change a webhook configuration can disable admission policies or route every request to a server they control.',
  fix: 'Remove `create`, `update`, `patch` and `delete` on `validatingwebhookconfigurations` and `mutatingwebhookconfigurations`.',
  pattern: {
    apiGroups: ['admissionregistration.k8s.io'],
    resources: ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'],
    verbs: ['create', 'update', 'patch', 'delete'],
  },
  describe: (match, role) => `${role} grants ${match.verbs.join(', ')} on ${match.resources.join(', ')}. Remove the write verbs.`,
});
