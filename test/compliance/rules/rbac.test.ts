import { Check } from '../../../src/compliance/rule';
import { CertificateNoSystemMastersOrganization } from '../../../src/compliance/rules/rbac/CertificateNoSystemMastersOrganization';
import { NoSystemMastersIdentities } from '../../../src/compliance/rules/rbac/NoSystemMastersIdentities';
import { RbacLeastPrivilege } from '../../../src/compliance/rules/rbac/RbacLeastPrivilege';
import { RbacNoClusterAdminBinding } from '../../../src/compliance/rules/rbac/RbacNoClusterAdminBinding';
import { RbacNoCsrApproval } from '../../../src/compliance/rules/rbac/RbacNoCsrApproval';
import { RbacNoDefaultServiceAccountBinding } from '../../../src/compliance/rules/rbac/RbacNoDefaultServiceAccountBinding';
import { RbacNoEscalateBindImpersonate } from '../../../src/compliance/rules/rbac/RbacNoEscalateBindImpersonate';
import { RbacNoIssuerWrite } from '../../../src/compliance/rules/rbac/RbacNoIssuerWrite';
import { RbacNoNodeProxy } from '../../../src/compliance/rules/rbac/RbacNoNodeProxy';
import { RbacNoPersistentVolumeCreate } from '../../../src/compliance/rules/rbac/RbacNoPersistentVolumeCreate';
import { RbacNoPodCreate } from '../../../src/compliance/rules/rbac/RbacNoPodCreate';
import { RbacNoPodExec } from '../../../src/compliance/rules/rbac/RbacNoPodExec';
import { RbacNoSecretReadAccess } from '../../../src/compliance/rules/rbac/RbacNoSecretReadAccess';
import { RbacNoSystemMastersBinding } from '../../../src/compliance/rules/rbac/RbacNoSystemMastersBinding';
import { RbacNoTokenCreate } from '../../../src/compliance/rules/rbac/RbacNoTokenCreate';
import { RbacNoWebhookConfigurationWrite } from '../../../src/compliance/rules/rbac/RbacNoWebhookConfigurationWrite';
import { RbacNoWildcards } from '../../../src/compliance/rules/rbac/RbacNoWildcards';
import { RbacRequestAndApprovalSeparated } from '../../../src/compliance/rules/rbac/RbacRequestAndApprovalSeparated';
import { runCheck, service, synthesize, violationMessages, violationPaths } from '../manifests';

function clusterRole(name: string, rules: Record<string, any>[]): Record<string, any> {
  return { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name }, rules };
}

function binding(name: string, roleName: string, subjects: Record<string, any>[]): Record<string, any> {
  return {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name },
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: roleName },
    subjects,
  };
}

const READ_CONFIGMAPS = { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] };
const NARROW = clusterRole('narrow', [READ_CONFIGMAPS]);
const SA = { kind: 'ServiceAccount', name: 'app', namespace: 'apps' };

/** Role checks with a failing rule; the violation names `rules[1]`. */
const ROLE_CASES: [Check, Record<string, any>][] = [
  [RbacNoWildcards, { apiGroups: [''], resources: ['*'], verbs: ['get'] }],
  [RbacNoSecretReadAccess, { apiGroups: [''], resources: ['secrets'], verbs: ['list'] }],
  [RbacNoPodCreate, { apiGroups: [''], resources: ['pods'], verbs: ['create'] }],
  [RbacNoPodExec, { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }],
  [RbacNoPersistentVolumeCreate, { apiGroups: [''], resources: ['persistentvolumes'], verbs: ['create'] }],
  [RbacNoNodeProxy, { apiGroups: [''], resources: ['nodes/proxy'], verbs: ['get'] }],
  [RbacNoCsrApproval, { apiGroups: ['certificates.k8s.io'], resources: ['certificatesigningrequests/approval'], verbs: ['update'] }],
  [RbacNoWebhookConfigurationWrite, { apiGroups: ['admissionregistration.k8s.io'], resources: ['mutatingwebhookconfigurations'], verbs: ['patch'] }],
  [RbacNoTokenCreate, { apiGroups: [''], resources: ['serviceaccounts/token'], verbs: ['create'] }],
  [RbacNoIssuerWrite, { apiGroups: ['cert-manager.io'], resources: ['clusterissuers'], verbs: ['update'] }],
  [RbacNoEscalateBindImpersonate, { apiGroups: ['rbac.authorization.k8s.io'], resources: ['clusterroles'], verbs: ['bind'] }],
];

describe('rbac role checks', () => {
  test.each(ROLE_CASES.map(([check, rule]) => [check.name, check, rule] as const))('%s passes, fails and skips', (_name, check, rule) => {
    const [narrow, broad, other] = synthesize(NARROW, clusterRole('broad', [READ_CONFIGMAPS, rule]), service());
    expect(runCheck(check, narrow)).toBe('pass');
    const result = runCheck(check, broad);
    expect(violationPaths(result)).toEqual([expect.stringMatching(/^rules\[1\]/)]);
    expect(runCheck(check, other)).toBe('not-applicable');
  });

  test('wildcard verbs count as the verb', () => {
    const [role] = synthesize(clusterRole('any', [{ apiGroups: [''], resources: ['pods'], verbs: ['*'] }]));
    expect(violationPaths(runCheck(RbacNoPodCreate, role))).toEqual(['rules[0]']);
    expect(violationPaths(runCheck(RbacNoWildcards, role))).toEqual(['rules[0].verbs']);
  });

  test('secret read with resourceNames passes', () => {
    const [role] = synthesize(clusterRole('named', [{ apiGroups: [''], resources: ['secrets'], resourceNames: ['tls'], verbs: ['get'] }]));
    expect(runCheck(RbacNoSecretReadAccess, role)).toBe('pass');
  });

  test('impersonate on users fails', () => {
    const [role] = synthesize(clusterRole('imp', [{ apiGroups: [''], resources: ['users'], verbs: ['impersonate'] }]));
    const result = runCheck(RbacNoEscalateBindImpersonate, role);
    expect(violationMessages(result)[0]).toContain('impersonate on users');
  });

  test('least privilege combines wildcards and bindings', () => {
    const objects = synthesize(clusterRole('any', [{ apiGroups: ['*'], resources: ['pods/exec'], verbs: ['create'] }]), binding('admin', 'cluster-admin', [SA]));
    expect(violationPaths(runCheck(RbacLeastPrivilege, objects[0], objects))).toEqual(['rules[0].apiGroups', 'rules[0]']);
    expect(violationPaths(runCheck(RbacLeastPrivilege, objects[1], objects))).toEqual(['roleRef.name']);
  });
});

describe('rbac binding checks', () => {
  test.each([
    [RbacNoClusterAdminBinding, binding('b', 'cluster-admin', [SA]), ['roleRef.name']],
    [RbacNoSystemMastersBinding, binding('b', 'narrow', [SA, { kind: 'Group', name: 'system:masters', apiGroup: 'rbac.authorization.k8s.io' }]), ['subjects[1]']],
    [RbacNoDefaultServiceAccountBinding, binding('b', 'narrow', [{ kind: 'ServiceAccount', name: 'default', namespace: 'apps' }]), ['subjects[0]']],
  ] as [Check, Record<string, any>, string[]][])('%p passes, fails and skips', (check, failing, paths) => {
    const [good, bad, other] = synthesize(binding('good', 'narrow', [SA]), failing, service());
    expect(runCheck(check, good)).toBe('pass');
    expect(violationPaths(runCheck(check, bad))).toEqual(paths);
    expect(runCheck(check, other)).toBe('not-applicable');
  });

  test('request and approval separation fails for one subject holding both', () => {
    // GIVEN a ServiceAccount bound to a role that creates CertificateRequests and to one that approves
    const objects = synthesize(
      clusterRole('request', [{ apiGroups: ['cert-manager.io'], resources: ['certificaterequests'], verbs: ['create'] }]),
      clusterRole('approve', [{ apiGroups: ['cert-manager.io'], resources: ['signers'], verbs: ['approve'], resourceNames: ['issuers.cert-manager.io/*'] }]),
      binding('request', 'request', [SA]),
      binding('approve', 'approve', [SA]),
      binding('other', 'approve', [{ kind: 'ServiceAccount', name: 'approver', namespace: 'apps' }]),
    );

    // THEN both of its bindings fail and the other subject passes
    expect(violationPaths(runCheck(RbacRequestAndApprovalSeparated, objects[2], objects))).toEqual(['subjects[0]']);
    expect(violationPaths(runCheck(RbacRequestAndApprovalSeparated, objects[3], objects))).toEqual(['subjects[0]']);
    expect(runCheck(RbacRequestAndApprovalSeparated, objects[4], objects)).toBe('pass');
    expect(runCheck(RbacRequestAndApprovalSeparated, objects[0], objects)).toBe('not-applicable');
  });
});

describe('system:masters identities', () => {
  const certificate = (organizations: string[]) => ({
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'client', namespace: 'apps' },
    spec: { secretName: 'client', commonName: 'client', subject: { organizations }, issuerRef: { name: 'ca', kind: 'ClusterIssuer' } },
  });

  test('certificate organization passes, fails and skips', () => {
    const [good, bad, other] = synthesize(certificate(['example']), certificate(['example', 'system:masters']), service());
    expect(runCheck(CertificateNoSystemMastersOrganization, good)).toBe('pass');
    expect(violationPaths(runCheck(CertificateNoSystemMastersOrganization, bad))).toEqual(['spec.subject.organizations[1]']);
    expect(runCheck(CertificateNoSystemMastersOrganization, other)).toBe('not-applicable');
  });

  test('combined check reads bindings and certificates', () => {
    const objects = synthesize(certificate(['system:masters']), binding('b', 'narrow', [{ kind: 'Group', name: 'system:masters', apiGroup: 'rbac.authorization.k8s.io' }]));
    expect(violationPaths(runCheck(NoSystemMastersIdentities, objects[0], objects))).toEqual(['spec.subject.organizations[0]']);
    expect(violationPaths(runCheck(NoSystemMastersIdentities, objects[1], objects))).toEqual(['subjects[0]']);
  });
});
