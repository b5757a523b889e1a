import { BINDING_KINDS } from '../../private/rbac';
import { Check, ManifestObject, RuleResult } from '../../rule';

/**
 * No binding grants the `cluster-admin` ClusterRole.
 */
export const RbacNoClusterAdminBinding: Check = {
  name: 'RbacNoClusterAdminBinding',
  title: 'Bindings do not grant the cluster-admin ClusterRole.',
  rationale: '`cluster-admin` allows every action on every resource. A compromised subject bound to it owns the cluster.',
  fix: 'Bind a Role or ClusterRole that lists only the rights the subject needs.',
  kinds: BINDING_KINDS,
  check: (object: ManifestObject): RuleResult => {
    const ref = object.manifest.roleRef ?? {};
    if (ref.kind === 'ClusterRole' && ref.name === 'cluster-admin') {
      return [{ fieldPath: 'roleRef.name', message: 'The binding grants cluster-admin. Bind a role with only the rights the subjects need.' }];
    }
    return 'pass';
  },
};
