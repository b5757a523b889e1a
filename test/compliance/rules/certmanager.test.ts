import { CertManagerAutoApproverDisabled } from '../../../src/compliance/rules/certmanager/CertManagerAutoApproverDisabled';
import { CertManagerCainjectorScope } from '../../../src/compliance/rules/certmanager/CertManagerCainjectorScope';
import { CertManagerComponentsHardened } from '../../../src/compliance/rules/certmanager/CertManagerComponentsHardened';
import { CertManagerLeaderElectedReplicas } from '../../../src/compliance/rules/certmanager/CertManagerLeaderElectedReplicas';
import { CertManagerLinuxNodeSelector } from '../../../src/compliance/rules/certmanager/CertManagerLinuxNodeSelector';
import { CertManagerLivenessProbes } from '../../../src/compliance/rules/certmanager/CertManagerLivenessProbes';
import { CertManagerPriorityClass } from '../../../src/compliance/rules/certmanager/CertManagerPriorityClass';
import { CertManagerPriorityQuota } from '../../../src/compliance/rules/certmanager/CertManagerPriorityQuota';
import { CertManagerProjectedServiceAccountToken } from '../../../src/compliance/rules/certmanager/CertManagerProjectedServiceAccountToken';
import { CertManagerReplicas } from '../../../src/compliance/rules/certmanager/CertManagerReplicas';
import { deployment, hardenedContainer, hardenedPodSpec, runCheck, synthesize, violationMessages, violationPaths } from '../manifests';

const TOKEN_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';
const TOKEN_VOLUME = {
  name: 'serviceaccount-token',
  projected: {
    sources: [
      { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
      { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
      { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
    ],
  },
};

/** A hardened Deployment running one cert-manager component. */
interface ComponentOptions {
  readonly replicas?: number;
  readonly args?: string[];
  readonly pod?: Record<string, any>;
  readonly container?: Record<string, any>;
}

function component(name: string, options: ComponentOptions = {}): Record<string, any> {
  const container = hardenedContainer({
    name,
    image: `quay.io/jetstack/cert-manager-${name}:v1.21.1`,
    args: options.args ?? [],
    volumeMounts: [{ name: 'serviceaccount-token', mountPath: TOKEN_PATH, readOnly: true }],
    ...options.container,
  });
  const manifest = deployment(hardenedPodSpec({ priorityClassName: 'system-cluster-critical', volumes: [TOKEN_VOLUME], containers: [container], ...options.pod }));
  manifest.metadata.name = `cert-manager-${name}`;
  manifest.spec.replicas = options.replicas ?? 2;
  return manifest;
}

describe('cert-manager checks', () => {
  test('checks skip workloads other than cert-manager', () => {
    const [other] = synthesize(deployment());
    for (const check of [CertManagerReplicas, CertManagerLeaderElectedReplicas, CertManagerPriorityClass, CertManagerPriorityQuota,
      CertManagerLivenessProbes, CertManagerCainjectorScope, CertManagerProjectedServiceAccountToken, CertManagerAutoApproverDisabled,
      CertManagerComponentsHardened, CertManagerLinuxNodeSelector]) {
      expect(runCheck(check, other)).toBe('not-applicable');
    }
  });

  test.each([
    ['controller', 2, 'pass'],
    ['controller', 1, 'fail'],
    ['webhook', 3, 'pass'],
    ['webhook', 2, 'fail'],
    ['cainjector', 2, 'pass'],
  ])('replicas for %s with %p gives %s', (name, replicas, expected) => {
    const [object] = synthesize(component(name, { replicas }));
    const result = runCheck(CertManagerReplicas, object);
    if (expected === 'pass') {
      expect(result).toBe('pass');
    } else {
      expect(violationPaths(result)).toEqual(['spec.replicas']);
    }
  });

  test('leader-elected replicas fail above two', () => {
    const [two, three, webhook] = synthesize(component('controller'), component('cainjector', { replicas: 3 }), component('webhook', { replicas: 5 }));
    expect(runCheck(CertManagerLeaderElectedReplicas, two)).toBe('pass');
    expect(violationPaths(runCheck(CertManagerLeaderElectedReplicas, three))).toEqual(['spec.replicas']);
    expect(runCheck(CertManagerLeaderElectedReplicas, webhook)).toBe('not-applicable');
  });

  test('priority class passes and fails', () => {
    const [good, bad] = synthesize(component('webhook'), component('webhook', { pod: { priorityClassName: 'high' } }));
    expect(runCheck(CertManagerPriorityClass, good)).toBe('pass');
    expect(violationPaths(runCheck(CertManagerPriorityClass, bad))).toEqual(['spec.template.spec.priorityClassName']);
  });

  test('priority quota passes with a scoped quota and is not evaluated without', () => {
    const quota = {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'critical', namespace: 'apps' },
      spec: { hard: { pods: '50' }, scopeSelector: { matchExpressions: [{ scopeName: 'PriorityClass', operator: 'In', values: ['system-cluster-critical'] }] } },
    };
    const withQuota = synthesize(component('controller'), quota);
    expect(runCheck(CertManagerPriorityQuota, withQuota[0], withQuota)).toBe('pass');
    const without = synthesize(component('controller'));
    expect(runCheck(CertManagerPriorityQuota, without[0], without)).toEqual({ notEvaluated: expect.stringContaining('Whether the cluster requires one') });
  });

  test('liveness probes pass, fail and skip cainjector', () => {
    const [good, bad, cainjector] = synthesize(component('webhook'), component('controller', { container: { livenessProbe: undefined } }),
      component('cainjector', { container: { livenessProbe: undefined } }));
    expect(runCheck(CertManagerLivenessProbes, good)).toBe('pass');
    expect(violationPaths(runCheck(CertManagerLivenessProbes, bad))).toEqual(['spec.template.spec.containers[0].livenessProbe']);
    expect(runCheck(CertManagerLivenessProbes, cainjector)).toBe('not-applicable');
  });

  test('cainjector scope passes and fails', () => {
    const [good, bad] = synthesize(
      component('cainjector', { args: ['--namespace=apps', '--enable-certificates-data-source=false'] }),
      component('cainjector', { args: ['--v=2'] }),
    );
    expect(runCheck(CertManagerCainjectorScope, good)).toBe('pass');
    expect(violationPaths(runCheck(CertManagerCainjectorScope, bad))).toEqual(['spec.template.spec.containers[0].args', 'spec.template.spec.containers[0].args']);
  });

  test('projected token passes, fails when missing and when writable', () => {
    const [good, missing, writable] = synthesize(
      component('controller'),
      component('controller', { container: { volumeMounts: [] } }),
      component('controller', { container: { volumeMounts: [{ name: 'serviceaccount-token', mountPath: TOKEN_PATH }] } }),
    );
    expect(runCheck(CertManagerProjectedServiceAccountToken, good)).toBe('pass');
    const missingResult = runCheck(CertManagerProjectedServiceAccountToken, missing);
    expect(violationMessages(missingResult)[0]).toContain('does not mount a projected ServiceAccount token volume');
    const writableResult = runCheck(CertManagerProjectedServiceAccountToken, writable);
    expect(violationMessages(writableResult)[0]).toContain('Set readOnly: true');
  });

  test('linux node selector passes and fails', () => {
    const [good, bad] = synthesize(
      component('webhook', { pod: { nodeSelector: { 'kubernetes.io/os': 'linux', 'pool': 'platform' } } }),
      component('webhook', { pod: { nodeSelector: { pool: 'platform' } } }),
    );
    expect(runCheck(CertManagerLinuxNodeSelector, good)).toBe('pass');
    expect(violationPaths(runCheck(CertManagerLinuxNodeSelector, bad))).toEqual(['spec.template.spec.nodeSelector']);
  });

  test('auto approver passes when disabled and fails otherwise', () => {
    const [good, bad, webhook] = synthesize(
      component('controller', { args: ['--v=2', '--controllers=*,-certificaterequests-approver'] }),
      component('controller', { args: ['--v=2'] }),
      component('webhook'),
    );
    expect(runCheck(CertManagerAutoApproverDisabled, good)).toBe('pass');
    expect(violationPaths(runCheck(CertManagerAutoApproverDisabled, bad))).toEqual(['spec.template.spec.containers[0].args']);
    expect(runCheck(CertManagerAutoApproverDisabled, webhook)).toBe('not-applicable');
  });

  test('hardened components pass with budget and policy and fail without', () => {
    const budget = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'cm', namespace: 'apps' }, spec: { minAvailable: 1, selector: { matchLabels: { app: 'app' } } } };
    const policy = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'cm', namespace: 'apps' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } };
    const good = synthesize(component('controller'), budget, policy);
    expect(runCheck(CertManagerComponentsHardened, good[0], good)).toBe('pass');
    const bad = synthesize(component('controller', { container: { securityContext: {} } }));
    const paths = violationPaths(runCheck(CertManagerComponentsHardened, bad[0], bad));
    expect(paths).toEqual(expect.arrayContaining([
      'spec.template.spec.containers[0].securityContext.readOnlyRootFilesystem',
      'spec.template.metadata.labels',
    ]));
  });
});
