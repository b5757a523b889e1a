import { ApiObject, Chart, JsonPatch, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import {
  AcmeServer, AcmeSolver, ClusterIssuer, Dns01Provider, Issuer, IssuerConfig, IssuerEgress, Rfc2136Protocol, VaultAuth, VenafiConnection,
} from '../../src/issuers';
import { issuerEgressAllowAllReasons, issuerEgressRules } from '../../src/issuers/egress';

const ref = { name: 'credentials', key: 'key' };

function acme(server: string, ...solvers: AcmeSolver[]): IssuerConfig {
  return IssuerConfig.acme({ server, email: 'pki@example.com', solvers });
}


/** Where port-only rules lead: any address but the cloud instance metadata service. */
const ANYWHERE = [
  { ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } },
  { ipBlock: { cidr: '::/0' } },
];

describe('issuer egress rules', () => {
  test('no issuers yields no rules', () => {
    const chart = Testing.chart();
    expect(issuerEgressRules(chart)).toEqual([]);
  });

  test('ca and self-signed open nothing', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'ss', { config: IssuerConfig.selfSigned() });
    new Issuer(chart, 'ca', { config: IssuerConfig.ca({ secretName: 'root' }) });
    expect(issuerEgressRules(chart)).toEqual([]);
  });

  test('http01 acme opens 443 and 80', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', { config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.http01Ingress()) });
    expect(issuerEgressRules(chart)).toEqual([
      { to: ANYWHERE, ports: [{ protocol: 'TCP', port: 80 }, { protocol: 'TCP', port: 443 }] },
    ]);
  });

  test('dns01 cloudflare opens 443 and dns', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', { config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.dns01(Dns01Provider.cloudflare({ apiTokenSecretRef: ref }))) });
    expect(issuerEgressRules(chart)).toEqual([
      { to: ANYWHERE, ports: [{ protocol: 'TCP', port: 53 }, { protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 443 }] },
    ]);
  });

  test('ambient route53 opens no instance metadata', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', { config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.dns01(Dns01Provider.route53({ region: 'eu-west-1' }))) });
    const rules = issuerEgressRules(chart);
    expect(JSON.stringify(rules)).not.toContain('"169.254.169.254/32"}');
    expect(rules).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 53 }, { protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 443 }] }]);
  });

  test('static route53 key skips instance metadata', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', {
      config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.dns01(Dns01Provider.route53({ accessKeyIdSecretRef: ref, secretAccessKeySecretRef: ref }))),
    });
    expect(issuerEgressRules(chart).filter((rule) => rule.to !== ANYWHERE && JSON.stringify(rule.to) !== JSON.stringify(ANYWHERE))).toEqual([]);
  });

  test('rfc2136 ip nameserver yields ip block', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'dns', {
      config: acme('https://10.1.2.3:14000/dir', AcmeSolver.dns01(Dns01Provider.rfc2136({ nameserver: '10.0.0.53:5353', protocol: Rfc2136Protocol.TCP }))),
    });
    expect(issuerEgressRules(chart)).toEqual([
      { to: ANYWHERE, ports: [{ protocol: 'TCP', port: 53 }, { protocol: 'UDP', port: 53 }] },
      { to: [{ ipBlock: { cidr: '10.0.0.53/32' } }], ports: [{ protocol: 'TCP', port: 5353 }] },
      { to: [{ ipBlock: { cidr: '10.1.2.3/32' } }], ports: [{ protocol: 'TCP', port: 14000 }] },
    ]);
  });

  test('rfc2136 ipv6 nameserver yields /128', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'dns', {
      config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.dns01(Dns01Provider.rfc2136({ nameserver: '[2001:db8::53]' }))),
    });
    expect(issuerEgressRules(chart)).toContainEqual({ to: [{ ipBlock: { cidr: '2001:db8::53/128' } }], ports: [{ protocol: 'UDP', port: 53 }] });
  });

  test('rfc2136 host name opens port only', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'dns', {
      config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.dns01(Dns01Provider.rfc2136({ nameserver: 'ns1.example.com:8053' }))),
    });
    expect(issuerEgressRules(chart)).toEqual([
      { to: ANYWHERE, ports: [{ protocol: 'TCP', port: 53 }, { protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 443 }, { protocol: 'UDP', port: 8053 }] },
    ]);
  });

  test('vault url port is used', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'vault', {
      config: IssuerConfig.vault({ server: 'https://vault.example.com:8200', path: 'pki/sign/web', auth: VaultAuth.token(ref) }),
    });
    expect(issuerEgressRules(chart)).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 8200 }] }]);
  });

  test('venafi tpp url port is used', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'tpp', {
      config: IssuerConfig.venafi({ zone: 'z', connection: VenafiConnection.tpp('https://[2001:db8::10]:8443/vedsdk', 'tpp') }),
    });
    expect(issuerEgressRules(chart)).toEqual([{ to: [{ ipBlock: { cidr: '2001:db8::10/128' } }], ports: [{ protocol: 'TCP', port: 8443 }] }]);
  });

  test('restrictTo narrows host endpoints', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'vault', {
      config: IssuerConfig.vault({ server: 'https://vault.internal:8200', path: 'pki/sign/web', auth: VaultAuth.token(ref) }),
      egress: IssuerEgress.restrictTo(['10.20.0.0/16']),
    });
    expect(issuerEgressRules(chart)).toEqual([{ to: [{ ipBlock: { cidr: '10.20.0.0/16' } }], ports: [{ protocol: 'TCP', port: 8200 }] }]);
  });

  test('allowAll yields one open rule', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', { config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.http01Ingress()) });
    new ClusterIssuer(chart, 'vault', {
      config: IssuerConfig.vault({ server: 'https://vault.internal:8200', path: 'pki/sign/web', auth: VaultAuth.token(ref) }),
      egress: IssuerEgress.allowAll('Vault sits behind an egress proxy with changing addresses'),
    });
    expect(issuerEgressRules(chart)).toEqual([{}]);
    expect(issuerEgressAllowAllReasons(chart)).toEqual(['test/vault: Vault sits behind an egress proxy with changing addresses']);
  });

  test('throws on allowAll without reason', () => {
    expect(() => IssuerEgress.allowAll('because')).toThrow('needs a reason of at least 10 characters');
  });

  test('throws on invalid restrictTo cidr', () => {
    expect(() => IssuerEgress.restrictTo(['10.0.0.0/33'])).toThrow('IssuerEgress.restrictTo() received "10.0.0.0/33"');
    expect(() => IssuerEgress.restrictTo([])).toThrow('received an empty list');
  });

  test('rules follow issuers across charts', () => {
    // GIVEN an app whose issuers live in two charts
    const app = Testing.app();
    const install = new Chart(app, 'install');
    const tenants = new Chart(app, 'tenants');
    const scope = new Construct(tenants, 'issuers');
    // WHEN only a CA issuer exists
    new Issuer(scope, 'ca', { config: IssuerConfig.ca({ secretName: 'root' }) });
    // THEN the rules are empty
    expect(issuerEgressRules(install)).toEqual([]);

    // WHEN an ACME HTTP-01 issuer is added in another chart
    new ClusterIssuer(scope, 'le', { config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.http01Ingress()) });
    // THEN port 80 and 443 appear
    expect(issuerEgressRules(install)).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 80 }, { protocol: 'TCP', port: 443 }] }]);
  });

  test('rules shrink when an issuer is removed', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', { config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.http01Ingress()) });
    new ClusterIssuer(chart, 'vault', {
      config: IssuerConfig.vault({ server: 'https://vault.example.com:8200', path: 'pki/sign/web', auth: VaultAuth.token(ref) }),
    });
    expect(issuerEgressRules(chart)).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 80 }, { protocol: 'TCP', port: 443 }, { protocol: 'TCP', port: 8200 }] }]);

    chart.node.tryRemoveChild('vault');
    expect(issuerEgressRules(chart)).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 80 }, { protocol: 'TCP', port: 443 }] }]);
  });

  test('solver added later changes rules', () => {
    const chart = Testing.chart();
    const issuer = new ClusterIssuer(chart, 'le', { config: acme(AcmeServer.LETS_ENCRYPT, AcmeSolver.http01Ingress()) });
    const before = issuerEgressRules(chart);
    issuer.addSolver(AcmeSolver.dns01(Dns01Provider.digitalOcean({ tokenSecretRef: ref })));
    expect(before).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 80 }, { protocol: 'TCP', port: 443 }] }]);
    expect(issuerEgressRules(chart)).toEqual([
      { to: ANYWHERE, ports: [{ protocol: 'TCP', port: 53 }, { protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 80 }, { protocol: 'TCP', port: 443 }] },
    ]);
  });

  test('webhook solver needs only dns', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', {
      config: acme('https://acme.internal:14000/dir', AcmeSolver.dns01(Dns01Provider.webhook({ groupName: 'acme.example.com', solverName: 'x' }))),
    });
    expect(issuerEgressRules(chart)).toEqual([
      { to: ANYWHERE, ports: [{ protocol: 'TCP', port: 53 }, { protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 14000 }] },
    ]);
  });
});

describe('http01 self-check egress', () => {
  test('http01 with internal acme opens 80 and 443', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'internal', { config: acme('https://acme.internal:14000/dir', AcmeSolver.http01Gateway({ parentRefs: [{ name: 'gw' }] })) });
    expect(issuerEgressRules(chart)).toEqual([
      { to: ANYWHERE, ports: [{ protocol: 'TCP', port: 80 }, { protocol: 'TCP', port: 443 }, { protocol: 'TCP', port: 14000 }] },
    ]);
  });
});

describe('hand-written issuer egress', () => {
  test('plain ApiObject issuer is included', () => {
    const chart = Testing.chart();
    new ApiObject(chart, 'vault', {
      apiVersion: 'cert-manager.io/v1',
      kind: 'ClusterIssuer',
      metadata: { name: 'vault' },
      spec: { vault: { server: 'https://10.9.8.7:8200', path: 'pki/sign/web', auth: { tokenSecretRef: { name: 't', key: 'token' } } } },
    });
    expect(issuerEgressRules(chart)).toEqual([{ to: [{ ipBlock: { cidr: '10.9.8.7/32' } }], ports: [{ protocol: 'TCP', port: 8200 }] }]);
  });

  test('other api group is ignored', () => {
    const chart = Testing.chart();
    new ApiObject(chart, 'other', { apiVersion: 'example.com/v1', kind: 'Issuer', metadata: { name: 'x' }, spec: { acme: { server: 'https://acme.example.com:1234' } } });
    expect(issuerEgressRules(chart)).toEqual([]);
  });

  test('json patch on issuer is reflected', () => {
    const chart = Testing.chart();
    const issuer = new ClusterIssuer(chart, 'vault', {
      config: IssuerConfig.vault({ server: 'https://vault.example.com:8200', path: 'pki/sign/web', auth: VaultAuth.token(ref) }),
    });
    issuer.apiObject.addJsonPatch(JsonPatch.replace('/spec/vault/server', 'https://vault.example.com:9200'));
    expect(issuerEgressRules(chart)).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 9200 }] }]);
  });

  test('venafi cloud default url uses 443', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'cloud', { config: IssuerConfig.venafi({ zone: 'z', connection: VenafiConnection.cloud(ref) }) });
    expect(issuerEgressRules(chart)).toEqual([{ to: ANYWHERE, ports: [{ protocol: 'TCP', port: 443 }] }]);
  });

  test('unparsable server adds nothing', () => {
    const chart = Testing.chart();
    new ApiObject(chart, 'broken', { apiVersion: 'cert-manager.io/v1', kind: 'Issuer', metadata: { name: 'x' }, spec: { acme: { server: 'not a url' } } });
    expect(issuerEgressRules(chart)).toEqual([]);
  });
});
