import { NetworkPolicyBlocksMetadataService } from '../../../src/compliance/rules/network/NetworkPolicyBlocksMetadataService';
import { NetworkPolicyDefaultDeny } from '../../../src/compliance/rules/network/NetworkPolicyDefaultDeny';
import { NetworkPolicyInNamespace } from '../../../src/compliance/rules/network/NetworkPolicyInNamespace';
import { NetworkPolicyIsolation } from '../../../src/compliance/rules/network/NetworkPolicyIsolation';
import { NetworkPolicyNoAllowAll } from '../../../src/compliance/rules/network/NetworkPolicyNoAllowAll';
import { NetworkPolicySelectsPods } from '../../../src/compliance/rules/network/NetworkPolicySelectsPods';
import { deployment, runCheck, service, synthesize, violationMessages, violationPaths } from '../manifests';

function policy(name: string, spec: Record<string, any>, namespace = 'apps'): Record<string, any> {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace }, spec };
}

const DENY_ALL = policy('deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
const APP_POLICY = policy('app', {
  podSelector: { matchLabels: { app: 'app' } },
  policyTypes: ['Ingress', 'Egress'],
  ingress: [{ ports: [{ port: 8080 }], from: [{ namespaceSelector: { matchLabels: { name: 'ingress' } } }] }],
  egress: [{ ports: [{ port: 443 }], to: [{ ipBlock: { cidr: '10.0.0.1/32' } }] }, { ports: [{ port: 53, protocol: 'UDP' }] }],
});

describe('network checks', () => {
  test('selects-pods passes with a matching policy for both directions', () => {
    const objects = synthesize(deployment(), APP_POLICY);
    expect(runCheck(NetworkPolicySelectsPods, objects[0], objects)).toBe('pass');
  });

  test('selects-pods fails for each missing direction', () => {
    const objects = synthesize(deployment(), policy('ingress-only', { podSelector: { matchLabels: { app: 'app' } }, ingress: [] }));
    const result = runCheck(NetworkPolicySelectsPods, objects[0], objects);
    expect(violationPaths(result)).toEqual(['spec.template.metadata.labels']);
    expect(violationMessages(result)[0]).toContain('restricts egress traffic');
  });

  test('selects-pods ignores policies of other namespaces and selectors', () => {
    const objects = synthesize(deployment(), policy('elsewhere', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }, 'other'),
      policy('other-app', { podSelector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['app'] }] }, policyTypes: ['Ingress', 'Egress'] }));
    expect(violationPaths(runCheck(NetworkPolicySelectsPods, objects[0], objects))).toHaveLength(2);
  });

  test('default deny passes, fails and skips', () => {
    const withDeny = synthesize(deployment(), DENY_ALL);
    expect(runCheck(NetworkPolicyDefaultDeny, withDeny[0], withDeny)).toBe('pass');
    const without = synthesize(deployment(), APP_POLICY);
    expect(violationPaths(runCheck(NetworkPolicyDefaultDeny, without[0], without))).toEqual(['metadata.namespace']);
    const [other] = synthesize(service());
    expect(runCheck(NetworkPolicyDefaultDeny, other)).toBe('not-applicable');
  });

  test('default deny with rules is no default deny', () => {
    const objects = synthesize(deployment(), policy('open', { podSelector: {}, policyTypes: ['Ingress', 'Egress'], ingress: [{}] }));
    expect(violationPaths(runCheck(NetworkPolicyDefaultDeny, objects[0], objects))).toEqual(['metadata.namespace']);
  });

  test('policy in namespace passes and fails', () => {
    const objects = synthesize(deployment(), APP_POLICY);
    expect(runCheck(NetworkPolicyInNamespace, objects[0], objects)).toBe('pass');
    const alone = synthesize(deployment());
    expect(violationPaths(runCheck(NetworkPolicyInNamespace, alone[0], alone))).toEqual(['metadata.namespace']);
  });

  test('isolation needs default deny and selecting policies', () => {
    const good = synthesize(deployment(), DENY_ALL, APP_POLICY);
    expect(runCheck(NetworkPolicyIsolation, good[0], good)).toBe('pass');
    const denyOnly = synthesize(deployment(), DENY_ALL);
    expect(runCheck(NetworkPolicyIsolation, denyOnly[0], denyOnly)).toBe('pass');
    const none = synthesize(deployment());
    expect(violationPaths(runCheck(NetworkPolicyIsolation, none[0], none))).toHaveLength(3);
  });

  test('no allow-all passes, fails and skips', () => {
    const [good, bad, other] = synthesize(APP_POLICY, policy('open', {
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{}],
      egress: [{ ports: [{ port: 443 }] }, { to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }],
    }), service());
    expect(runCheck(NetworkPolicyNoAllowAll, good)).toBe('pass');
    expect(violationPaths(runCheck(NetworkPolicyNoAllowAll, bad))).toEqual(['spec.ingress[0]', 'spec.egress[1]']);
    expect(runCheck(NetworkPolicyNoAllowAll, other)).toBe('not-applicable');
  });

  test('metadata service check passes when egress excludes the address', () => {
    const objects = synthesize(deployment(), policy('egress', {
      podSelector: { matchLabels: { app: 'app' } },
      policyTypes: ['Egress'],
      egress: [{ to: [{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }] }, { ports: [{ port: 53, protocol: 'UDP' }] }],
    }));
    expect(runCheck(NetworkPolicyBlocksMetadataService, objects[0], objects)).toBe('pass');
  });

  test('fails when egress reaches the metadata address on port 80', () => {
    const objects = synthesize(deployment(), policy('egress', {
      podSelector: { matchLabels: { app: 'app' } },
      policyTypes: ['Egress'],
      egress: [{ ports: [{ port: 80 }], to: [{ ipBlock: { cidr: '169.254.0.0/16' } }] }],
    }));
    const result = runCheck(NetworkPolicyBlocksMetadataService, objects[0], objects);
    expect(violationMessages(result)[0]).toContain('NetworkPolicy egress allows egress that includes 169.254.169.254');
  });

  test('fails when no egress policy selects the pods', () => {
    const objects = synthesize(deployment());
    expect(violationPaths(runCheck(NetworkPolicyBlocksMetadataService, objects[0], objects))).toEqual(['metadata.namespace']);
    const [other] = synthesize(service());
    expect(runCheck(NetworkPolicyBlocksMetadataService, other)).toBe('not-applicable');
  });
});
