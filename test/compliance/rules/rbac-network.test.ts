import { EmptyPodSelectorDeniesAll } from '../../../src/compliance/rules/network-policy/EmptyPodSelectorDeniesAll';
import { NamespaceAllowsDnsEgress } from '../../../src/compliance/rules/network-policy/NamespaceAllowsDnsEgress';
import { NetworkPolicyTargetsPods } from '../../../src/compliance/rules/network-policy/NetworkPolicyTargetsPods';
import { BindingNoSystemGroups } from '../../../src/compliance/rules/rbac-binding/BindingNoSystemGroups';
import {
  ClusterRoleBindingNoPodExec,
  ClusterRoleBindingNotAdmin,
  RoleBindingNoPodExecClusterRole,
  RoleBindingNoPodExecRole,
  RoleBindingNotAdminClusterRole,
  RoleBindingNotAdminRole,
} from '../../../src/compliance/rules/rbac-binding/BindingRoleGrants';
import { ClusterRoleNoPodExec, RoleNoPodExec } from '../../../src/compliance/rules/rbac-binding/PodExecByRoleKind';
import { RoleNoWildcardResources } from '../../../src/compliance/rules/rbac-binding/RoleNoWildcardResources';
import { RoleNoWildcardVerbs } from '../../../src/compliance/rules/rbac-binding/RoleNoWildcardVerbs';
import { deployment } from '../manifests';
import { Case, outcomeOf } from './outcome';

const RBAC = 'rbac.authorization.k8s.io/v1';

function role(kind: 'Role' | 'ClusterRole', name: string, rules: any[]): Record<string, any> {
  return { apiVersion: RBAC, kind, metadata: { name, ...(kind === 'Role' ? { namespace: 'apps' } : {}) }, rules };
}

function binding(kind: 'RoleBinding' | 'ClusterRoleBinding', roleKind: 'Role' | 'ClusterRole', roleName: string, subjects: any[] = [{ kind: 'ServiceAccount', name: 'app', namespace: 'apps' }]): Record<string, any> {
  return {
    apiVersion: RBAC,
    kind,
    metadata: { name: 'app', ...(kind === 'RoleBinding' ? { namespace: 'apps' } : {}) },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: roleName },
    subjects,
  };
}

function policy(name: string, spec: Record<string, any>): Record<string, any> {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: 'apps' }, spec };
}

const EVERYTHING = [{ apiGroups: ['*'], resources: ['*'], verbs: ['*'] }];
const EXEC = [{ apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }];
const READ = [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }];
const DENY_ALL = { podSelector: {}, policyTypes: ['Ingress', 'Egress'] };
const DNS_EGRESS = { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }] };

const CASES: Case[] = [
  ['wildcard resources fail', RoleNoWildcardResources, [role('ClusterRole', 'x', [{ apiGroups: [''], resources: ['*'], verbs: ['get'] }])], 'fail'],
  ['named resources pass', RoleNoWildcardResources, [role('ClusterRole', 'x', READ)], 'pass'],
  ['wildcard verbs fail', RoleNoWildcardVerbs, [role('Role', 'x', [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }])], 'fail'],
  ['named verbs pass', RoleNoWildcardVerbs, [role('Role', 'x', READ)], 'pass'],
  ['anonymous subject fails', BindingNoSystemGroups, [binding('ClusterRoleBinding', 'ClusterRole', 'view', [{ kind: 'Group', name: 'system:unauthenticated' }])], 'fail'],
  ['service account subject passes', BindingNoSystemGroups, [binding('ClusterRoleBinding', 'ClusterRole', 'view')], 'pass'],
  ['cluster-admin binding fails', ClusterRoleBindingNotAdmin, [binding('ClusterRoleBinding', 'ClusterRole', 'cluster-admin')], 'fail'],
  ['admin-equivalent cluster role fails', ClusterRoleBindingNotAdmin, [binding('ClusterRoleBinding', 'ClusterRole', 'all'), role('ClusterRole', 'all', EVERYTHING)], 'fail'],
  ['narrow cluster role passes', ClusterRoleBindingNotAdmin, [binding('ClusterRoleBinding', 'ClusterRole', 'reader'), role('ClusterRole', 'reader', READ)], 'pass'],
  ['unknown cluster role is not evaluated', ClusterRoleBindingNotAdmin, [binding('ClusterRoleBinding', 'ClusterRole', 'elsewhere')], 'not-evaluated'],
  ['system bindings are not applicable', ClusterRoleBindingNotAdmin, [{ ...binding('ClusterRoleBinding', 'ClusterRole', 'cluster-admin'), metadata: { name: 'system:masters-binding' } }], 'not-applicable'],
  ['role binding to cluster-admin fails', RoleBindingNotAdminClusterRole, [binding('RoleBinding', 'ClusterRole', 'cluster-admin')], 'fail'],
  ['role binding to a role skips cluster role check', RoleBindingNotAdminClusterRole, [binding('RoleBinding', 'Role', 'x'), role('Role', 'x', EVERYTHING)], 'not-applicable'],
  ['role binding to a full role fails', RoleBindingNotAdminRole, [binding('RoleBinding', 'Role', 'x'), role('Role', 'x', EVERYTHING)], 'fail'],
  ['role binding with seven verbs fails', RoleBindingNotAdminRole, [binding('RoleBinding', 'Role', 'x'), role('Role', 'x', [{ apiGroups: ['*'], resources: ['*'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'] }])], 'fail'],
  ['role binding to a narrow role passes', RoleBindingNotAdminRole, [binding('RoleBinding', 'Role', 'x'), role('Role', 'x', READ)], 'pass'],
  ['cluster binding to exec role fails', ClusterRoleBindingNoPodExec, [binding('ClusterRoleBinding', 'ClusterRole', 'debug'), role('ClusterRole', 'debug', EXEC)], 'fail'],
  ['cluster binding to reader passes exec check', ClusterRoleBindingNoPodExec, [binding('ClusterRoleBinding', 'ClusterRole', 'reader'), role('ClusterRole', 'reader', READ)], 'pass'],
  ['role binding to exec cluster role fails', RoleBindingNoPodExecClusterRole, [binding('RoleBinding', 'ClusterRole', 'debug'), role('ClusterRole', 'debug', EXEC)], 'fail'],
  ['role binding to exec role fails', RoleBindingNoPodExecRole, [binding('RoleBinding', 'Role', 'debug'), role('Role', 'debug', EXEC)], 'fail'],
  ['role binding to a role in another namespace is not evaluated', RoleBindingNoPodExecRole, [binding('RoleBinding', 'Role', 'debug'), { ...role('Role', 'debug', EXEC), metadata: { name: 'debug', namespace: 'other' } }], 'not-evaluated'],
  ['cluster role exec variant fails', ClusterRoleNoPodExec, [role('ClusterRole', 'debug', EXEC)], 'fail'],
  ['cluster role exec variant skips roles', ClusterRoleNoPodExec, [role('Role', 'debug', EXEC)], 'not-applicable'],
  ['role exec variant passes readers', RoleNoPodExec, [role('Role', 'reader', READ)], 'pass'],
  ['policy selecting pods passes', NetworkPolicyTargetsPods, [policy('web', { podSelector: { matchLabels: { app: 'app' } } }), deployment()], 'pass'],
  ['policy selecting nothing fails', NetworkPolicyTargetsPods, [policy('web', { podSelector: { matchLabels: { app: 'typo' } } }), deployment()], 'fail'],
  ['deny-all with empty selector passes', EmptyPodSelectorDeniesAll, [policy('default-deny', DENY_ALL)], 'pass'],
  ['allow rules with empty selector fail', EmptyPodSelectorDeniesAll, [policy('allow-dns', DNS_EGRESS)], 'fail'],
  ['named selectors are not applicable', EmptyPodSelectorDeniesAll, [policy('web', { podSelector: { matchLabels: { app: 'app' } }, ingress: [{}] })], 'not-applicable'],
  ['egress with dns passes', NamespaceAllowsDnsEgress, [deployment(), policy('default-deny', DENY_ALL), policy('allow-dns', DNS_EGRESS)], 'pass'],
  ['egress without dns fails', NamespaceAllowsDnsEgress, [deployment(), policy('default-deny', DENY_ALL)], 'fail'],
  ['unrestricted egress is not applicable', NamespaceAllowsDnsEgress, [deployment()], 'not-applicable'],
];

describe('RBAC binding and NetworkPolicy checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });
});

describe('exec binding variants', () => {
  test('role binding to a reader cluster role passes', () => {
    expect(outcomeOf(RoleBindingNoPodExecClusterRole, [binding('RoleBinding', 'ClusterRole', 'reader'), role('ClusterRole', 'reader', READ)])).toBe('pass');
  });
});

describe('exec role kind variants', () => {
  test('role exec variant fails exec roles', () => {
    expect(outcomeOf(RoleNoPodExec, [role('Role', 'debug', EXEC)])).toBe('fail');
  });

  test('cluster role exec variant passes readers', () => {
    expect(outcomeOf(ClusterRoleNoPodExec, [role('ClusterRole', 'reader', READ)])).toBe('pass');
  });
});
