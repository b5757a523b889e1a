import { grantsEverything, grantsPodExec, isBuiltInRoleName, roleOfBinding, roleRules } from './rbac-helpers';
import { Check, ManifestObject, RuleResult } from '../../rule';

interface BindingRoleCheckOptions {
  readonly name: string;
  readonly title: string;
  readonly rationale: string;
  readonly fix: string;
  /** Binding kind and the role kind it must reference for the check to apply. */
  readonly bindingKind: 'RoleBinding' | 'ClusterRoleBinding';
  readonly roleKind: 'Role' | 'ClusterRole';
  /** Whether a reference to the built-in `cluster-admin` ClusterRole fails by name. */
  readonly clusterAdminByName: boolean;
  readonly grants: (rule: Record<string, any>) => boolean;
  readonly grantDescription: string;
}

/**
 * Builds a check that a binding does not reference a role of the app whose rules grant something.
 * A referenced role that the app does not define cannot be inspected and is not evaluated.
 */
function bindingRoleCheck(options: BindingRoleCheckOptions): Check {
  return {
    name: options.name,
    title: options.title,
    rationale: options.rationale,
    fix: options.fix,
    kinds: [options.bindingKind],
    check(object: ManifestObject, all: ManifestObject[]): RuleResult {
      const ref = object.manifest.roleRef ?? {};
      if (ref.kind !== options.roleKind || isBuiltInRoleName(object.manifest.metadata?.name)) return 'not-applicable';
      if (options.clusterAdminByName && ref.name === 'cluster-admin') {
        return [{ fieldPath: 'roleRef.name', message: 'The binding grants the cluster-admin ClusterRole. Bind a role with only the rights the subjects need.' }];
      }
      if (isBuiltInRoleName(ref.name) || ref.name === 'view') return 'not-applicable';
      const role = roleOfBinding(object, all);
      if (!role) return { notEvaluated: `The ${options.roleKind} "${ref.name}" is not defined in the app, so its rules cannot be read.` };
      const granting = roleRules(role.manifest).find(({ rule }) => options.grants(rule));
      if (!granting) return 'pass';
      return [{
        fieldPath: 'roleRef.name',
        message: `The binding grants ${options.roleKind} "${ref.name}", whose ${granting.path} ${options.grantDescription}. Bind a narrower role.`,
      }];
    },
  };
}

const ADMIN_RATIONALE = 'A role that grants every verb on every resource is cluster-admin under another name.';
const EXEC_RATIONALE = 'Exec and attach run commands inside containers with their credentials and data.';

/** ClusterRoleBindings do not grant cluster-admin or an equivalent ClusterRole of the app. */
export const ClusterRoleBindingNotAdmin = bindingRoleCheck({
  name: 'ClusterRoleBindingNotAdmin',
  title: 'ClusterRoleBindings grant no cluster-admin equivalent',
  rationale: ADMIN_RATIONALE,
  fix: 'Bind a ClusterRole that lists only the needed resources and verbs.',
  bindingKind: 'ClusterRoleBinding',
  roleKind: 'ClusterRole',
  clusterAdminByName: true,
  grants: grantsEverything,
  grantDescription: 'grants every verb on every resource',
});

/** RoleBindings do not grant cluster-admin or an equivalent ClusterRole of the app. */
export const RoleBindingNotAdminClusterRole = bindingRoleCheck({
  name: 'RoleBindingNotAdminClusterRole',
  title: 'RoleBindings grant no cluster-admin equivalent ClusterRole',
  rationale: ADMIN_RATIONALE,
  fix: 'Bind a Role or ClusterRole that lists only the needed resources and verbs.',
  bindingKind: 'RoleBinding',
  roleKind: 'ClusterRole',
  clusterAdminByName: true,
  grants: grantsEverything,
  grantDescription: 'grants every verb on every resource',
});

/** RoleBindings do not grant a Role of the app that allows everything in the namespace. */
export const RoleBindingNotAdminRole = bindingRoleCheck({
  name: 'RoleBindingNotAdminRole',
  title: 'RoleBindings grant no Role with full rights',
  rationale: ADMIN_RATIONALE,
  fix: 'Bind a Role that lists only the needed resources and verbs.',
  bindingKind: 'RoleBinding',
  roleKind: 'Role',
  clusterAdminByName: false,
  grants: grantsEverything,
  grantDescription: 'grants every verb on every resource',
});

/** ClusterRoleBindings do not grant a ClusterRole of the app that allows exec or attach. */
export const ClusterRoleBindingNoPodExec = bindingRoleCheck({
  name: 'ClusterRoleBindingNoPodExec',
  title: 'ClusterRoleBindings grant no exec or attach into pods',
  rationale: EXEC_RATIONALE,
  fix: 'Bind a ClusterRole without pods/exec and pods/attach.',
  bindingKind: 'ClusterRoleBinding',
  roleKind: 'ClusterRole',
  clusterAdminByName: false,
  grants: grantsPodExec,
  grantDescription: 'allows exec or attach into pods',
});

/** RoleBindings do not grant a ClusterRole of the app that allows exec or attach. */
export const RoleBindingNoPodExecClusterRole = bindingRoleCheck({
  name: 'RoleBindingNoPodExecClusterRole',
  title: 'RoleBindings grant no ClusterRole that allows exec or attach',
  rationale: EXEC_RATIONALE,
  fix: 'Bind a role without pods/exec and pods/attach.',
  bindingKind: 'RoleBinding',
  roleKind: 'ClusterRole',
  clusterAdminByName: false,
  grants: grantsPodExec,
  grantDescription: 'allows exec or attach into pods',
});

/** RoleBindings do not grant a Role of the app that allows exec or attach. */
export const RoleBindingNoPodExecRole = bindingRoleCheck({
  name: 'RoleBindingNoPodExecRole',
  title: 'RoleBindings grant no Role that allows exec or attach',
  rationale: EXEC_RATIONALE,
  fix: 'Bind a Role without pods/exec and pods/attach.',
  bindingKind: 'RoleBinding',
  roleKind: 'Role',
  clusterAdminByName: false,
  grants: grantsPodExec,
  grantDescription: 'allows exec or attach into pods',
});
