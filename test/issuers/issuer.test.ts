import { Chart, Duration, Testing } from 'cdk8s';
import { schemaErrors } from './crd-schema';
import { AcmeHttp01SolverPodRestricted } from '../../src/compliance/rules/issuer/AcmeHttp01SolverPodRestricted';
import { AcmeIssuerEmailSet } from '../../src/compliance/rules/issuer/AcmeIssuerEmailSet';
import { IssuerNoInlineCredentials } from '../../src/compliance/rules/issuer/IssuerNoInlineCredentials';
import {
  AcmeServer, AcmeSolver, AzureDnsEnvironment, ClusterIssuer, CnameStrategy, Dns01Provider, IssuerConfig, Issuer,
  Rfc2136Protocol, SolverServiceType, TsigAlgorithm, VaultAuth, VenafiConnection,
} from '../../src/issuers';

function acme(...solvers: AcmeSolver[]): IssuerConfig {
  return IssuerConfig.acme({ server: AcmeServer.LETS_ENCRYPT, email: 'pki@example.com', solvers });
}

const ref = (name: string, key = 'key') => ({ name, key });

const CONFIGS: Record<string, () => IssuerConfig> = {
  'acme http01 ingress': () => acme(AcmeSolver.http01Ingress({
    ingressClassName: 'nginx',
    podLabels: { app: 'solver' },
    podSecurityContext: { runAsUser: 1000, fsGroup: 1000 },
    selector: { dnsNames: ['www.example.com', '*.example.com'] },
  })),
  'acme http01 gateway': () => acme(AcmeSolver.http01Gateway({
    parentRefs: [{ name: 'public', namespace: 'gateways', sectionName: 'http' }],
    routeLabels: { team: 'web' },
    serviceType: SolverServiceType.NODE_PORT,
  })),
  'acme route53 static key': () => acme(AcmeSolver.dns01(Dns01Provider.route53({
    region: 'eu-west-1',
    hostedZoneId: 'Z0123456789ABC',
    accessKeyIdSecretRef: ref('aws', 'access-key-id'),
    secretAccessKeySecretRef: ref('aws', 'secret-access-key'),
  }), { selector: { dnsZones: ['example.com'] } })),
  'acme route53 service account': () => acme(AcmeSolver.dns01(Dns01Provider.route53({
    region: 'us-east-1',
    role: 'arn:aws:iam::123456789012:role/cert-manager',
    serviceAccountRef: { name: 'route53-solver', audiences: ['sts.amazonaws.com'] },
  }))),
  'acme route53 ambient': () => acme(AcmeSolver.dns01(Dns01Provider.route53({ role: 'arn:aws:iam::123456789012:role/dns' }))),
  'acme cloud dns': () => acme(AcmeSolver.dns01(Dns01Provider.cloudDns({
    project: 'my-project-1',
    hostedZoneName: 'example-com',
    serviceAccountSecretRef: ref('clouddns', 'key.json'),
  }))),
  'acme azure service principal': () => acme(AcmeSolver.dns01(Dns01Provider.azureDns({
    subscriptionId: '00000000-0000-0000-0000-000000000001',
    resourceGroupName: 'dns',
    hostedZoneName: 'example.com',
    environment: AzureDnsEnvironment.AZURE_PUBLIC_CLOUD,
    clientId: '00000000-0000-0000-0000-000000000002',
    clientSecretSecretRef: ref('azuredns', 'client-secret'),
    tenantId: '00000000-0000-0000-0000-000000000003',
  }))),
  'acme azure managed identity': () => acme(AcmeSolver.dns01(Dns01Provider.azureDns({
    subscriptionId: '00000000-0000-0000-0000-000000000001',
    resourceGroupName: 'dns',
    managedIdentity: { clientId: '00000000-0000-0000-0000-000000000004' },
  }))),
  'acme cloudflare': () => acme(AcmeSolver.dns01(Dns01Provider.cloudflare({ apiTokenSecretRef: ref('cloudflare', 'api-token') }), {
    cnameStrategy: CnameStrategy.FOLLOW,
  })),
  'acme digitalocean': () => acme(AcmeSolver.dns01(Dns01Provider.digitalOcean({ tokenSecretRef: ref('digitalocean', 'access-token') }))),
  'acme rfc2136': () => acme(AcmeSolver.dns01(Dns01Provider.rfc2136({
    nameserver: '10.0.0.53:5353',
    tsigKeyName: 'cert-manager',
    tsigSecretSecretRef: ref('tsig', 'secret'),
    tsigAlgorithm: TsigAlgorithm.HMAC_SHA512,
    protocol: Rfc2136Protocol.TCP,
  }))),
  'acme acme-dns': () => acme(AcmeSolver.dns01(Dns01Provider.acmeDns({ host: 'https://auth.acme-dns.io', accountSecretRef: ref('acme-dns', 'acmedns.json') }))),
  'acme akamai': () => acme(AcmeSolver.dns01(Dns01Provider.akamai({
    serviceConsumerDomain: 'akab-abc.luna.akamaiapis.net',
    clientTokenSecretRef: ref('akamai', 'client-token'),
    clientSecretSecretRef: ref('akamai', 'client-secret'),
    accessTokenSecretRef: ref('akamai', 'access-token'),
  }))),
  'acme webhook': () => acme(AcmeSolver.dns01(Dns01Provider.webhook({
    groupName: 'acme.example.com',
    solverName: 'example',
    config: { apiKeySecretRef: { name: 'example', key: 'api-key' } },
  }), { waitInsteadOfSelfCheck: Duration.minutes(2) })),
  'acme external account binding': () => IssuerConfig.acme({
    server: 'https://acme.zerossl.com/v2/DV90',
    email: 'pki@example.com',
    privateKeySecretRef: { name: 'zerossl-account' },
    externalAccountBinding: { keyId: 'kid-1', keySecretRef: ref('zerossl-eab', 'secret') },
    solvers: [AcmeSolver.http01Ingress()],
  }),
  'ca': () => IssuerConfig.ca({ secretName: 'root-ca', crlDistributionPoints: ['http://crl.example.com/ca.crl'] }),
  'self-signed': () => IssuerConfig.selfSigned(),
  'vault kubernetes': () => IssuerConfig.vault({
    server: 'https://vault.example.com:8200',
    path: 'pki_int/sign/example-dot-com',
    namespace: 'team-a',
    caBundleSecretRef: ref('vault-ca', 'ca.crt'),
    auth: VaultAuth.kubernetes({ role: 'cert-manager', mountPath: '/v1/auth/kubernetes', serviceAccountRef: { name: 'vault-issuer' } }),
  }),
  'vault approle': () => IssuerConfig.vault({
    server: 'https://vault.example.com',
    path: 'pki/sign/web',
    auth: VaultAuth.appRole({ path: 'approle', roleId: 'role-1', secretRef: ref('vault-approle', 'secretId') }),
  }),
  'vault token': () => IssuerConfig.vault({ server: 'https://vault.example.com', path: 'pki/sign/web', auth: VaultAuth.token(ref('vault-token', 'token')) }),
  'vault client certificate': () => IssuerConfig.vault({
    server: 'https://vault.example.com',
    path: 'pki/sign/web',
    clientCertSecretRef: ref('vault-client', 'tls.crt'),
    clientKeySecretRef: ref('vault-client', 'tls.key'),
    auth: VaultAuth.clientCertificate({ name: 'cert-manager' }),
  }),
  'vault aws': () => IssuerConfig.vault({
    server: 'https://vault.example.com',
    path: 'pki/sign/web',
    auth: VaultAuth.aws({ role: 'cert-manager', region: 'eu-west-1', iamRoleArn: 'arn:aws:iam::123456789012:role/vault' }),
  }),
  'venafi tpp': () => IssuerConfig.venafi({ zone: 'DevOps\\cert-manager', connection: VenafiConnection.tpp('https://tpp.example.com/vedsdk', 'tpp-credentials') }),
  'venafi cloud': () => IssuerConfig.venafi({ zone: 'app\\default', connection: VenafiConnection.cloud(ref('venafi-cloud', 'apikey')) }),
  'venafi ngts': () => IssuerConfig.venafi({ zone: 'app\\default', connection: VenafiConnection.ngts('1234567890', 'ngts-credentials') }),
};

describe('issuer schema', () => {
  for (const [name, config] of Object.entries(CONFIGS)) {
    test(`issuer ${name} matches crd`, () => {
      const chart = Testing.chart();
      new Issuer(chart, 'issuer', { metadata: { name: 'issuer', namespace: 'team-a' }, config: config() });
      const [manifest] = Testing.synth(chart);
      expect(schemaErrors(manifest)).toEqual([]);
    });

    test(`cluster issuer ${name} matches crd`, () => {
      const chart = Testing.chart();
      new ClusterIssuer(chart, 'issuer', { metadata: { name: 'issuer' }, config: config() });
      const [manifest] = Testing.synth(chart);
      expect(schemaErrors(manifest)).toEqual([]);
    });
  }

  test('issuer output passes issuer checks', () => {
    for (const [name, config] of Object.entries(CONFIGS)) {
      const chart = Testing.chart();
      new Issuer(chart, 'issuer', { metadata: { name: 'issuer' }, config: config() });
      const [manifest] = Testing.synth(chart);
      const object = { manifest, constructPath: `test/${name}` };
      expect([name, IssuerNoInlineCredentials.check(object, [])]).toEqual([name, 'pass']);
      expect([name, AcmeIssuerEmailSet.check(object, [])]).toEqual([name, manifest.spec.acme ? 'pass' : 'not-applicable']);
      expect([name, AcmeHttp01SolverPodRestricted.check(object, [])]).not.toEqual([name, expect.any(Array)]);
    }
  });

  test('schema validator rejects unknown field', () => {
    const manifest = {
      apiVersion: 'cert-manager.io/v1',
      kind: 'Issuer',
      metadata: { name: 'x' },
      spec: { acme: { server: 'https://acme.example.com', privateKeySecretRef: { name: 'k' }, emial: 'typo@example.com' } },
    };
    expect(schemaErrors(manifest).join('\n')).toContain('emial');
  });
});

describe('issuer rendering', () => {
  test('acme issuer defaults account key name', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'le', { metadata: { name: 'letsencrypt' }, config: acme(AcmeSolver.http01Ingress()) });
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.acme.privateKeySecretRef).toEqual({ name: 'letsencrypt-acme-account-key' });
    expect(manifest.spec.acme.email).toBe('pki@example.com');
  });

  test('http01 solver pod stays restricted', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'le', {
      config: acme(AcmeSolver.http01Ingress({ podSecurityContext: { runAsUser: 1000 } })),
    });
    const [manifest] = Testing.synth(chart);
    const ingress = manifest.spec.acme.solvers[0].http01.ingress;
    expect(ingress.podTemplate.spec.securityContext).toEqual({
      runAsUser: 1000,
      runAsNonRoot: true,
      seccompProfile: { type: 'RuntimeDefault' },
    });
    expect(ingress.serviceType).toBe('ClusterIP');
  });

  test('route53 service account renders auth', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'le', {
      config: acme(AcmeSolver.dns01(Dns01Provider.route53({
        role: 'arn:aws:iam::123456789012:role/dns',
        serviceAccountRef: { name: 'dns' },
      }))),
    });
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.acme.solvers[0].dns01.route53).toEqual({
      role: 'arn:aws:iam::123456789012:role/dns',
      auth: { kubernetes: { serviceAccountRef: { name: 'dns' } } },
    });
  });

  test('rfc2136 tsig algorithm defaults sha256', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'le', {
      config: acme(AcmeSolver.dns01(Dns01Provider.rfc2136({ nameserver: '10.0.0.53', tsigKeyName: 'k', tsigSecretSecretRef: ref('tsig') }))),
    });
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.acme.solvers[0].dns01.rfc2136.tsigAlgorithm).toBe('HMACSHA256');
  });

  test('addSolver after construction renders', () => {
    const chart = Testing.chart();
    const issuer = new Issuer(chart, 'le', { config: acme() });
    issuer.addSolver(AcmeSolver.dns01(Dns01Provider.cloudflare({ apiTokenSecretRef: ref('cf') })));
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.acme.solvers).toHaveLength(1);
    expect(manifest.spec.acme.solvers[0].dns01.cloudflare.apiTokenSecretRef).toEqual({ name: 'cf', key: 'key' });
  });

  test('cluster issuer drops chart namespace', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart', { namespace: 'cert-manager' });
    new ClusterIssuer(chart, 'ca', { metadata: { name: 'ca' }, config: IssuerConfig.ca({ secretName: 'root' }) });
    const [manifest] = Testing.synth(chart);
    expect(manifest.metadata).toEqual({ name: 'ca' });
  });

  test('issuer keeps chart namespace', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart', { namespace: 'team-a' });
    const issuer = new Issuer(chart, 'ca', { metadata: { name: 'ca' }, config: IssuerConfig.ca({ secretName: 'root' }) });
    const [manifest] = Testing.synth(chart);
    expect(manifest.metadata.namespace).toBe('team-a');
    expect(issuer.issuerNamespace).toBe('team-a');
  });

  test('isIssuerBase recognises issuers', () => {
    const chart = Testing.chart();
    const issuer = new Issuer(chart, 'ss', { config: IssuerConfig.selfSigned() });
    expect(ClusterIssuer.isIssuerBase(issuer)).toBe(true);
    expect(ClusterIssuer.isIssuerBase(chart)).toBe(false);
  });
});

describe('issuer validation', () => {
  function issuerError(config: () => IssuerConfig): string {
    const chart = Testing.chart();
    try {
      new Issuer(chart, 'bad', { config: config() });
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected the Issuer constructor to throw');
  }

  test('throws on acme without email', () => {
    const message = issuerError(() => IssuerConfig.acme({ server: AcmeServer.LETS_ENCRYPT, email: '', solvers: [AcmeSolver.http01Ingress()] }));
    expect(message).toContain('config.acme.email is missing');
    expect(message).toContain('Issuer at test/bad is invalid');
  });

  test('throws on invalid acme email', () => {
    const message = issuerError(() => IssuerConfig.acme({ server: AcmeServer.LETS_ENCRYPT, email: 'not-an-address', solvers: [] }));
    expect(message).toContain('config.acme.email "not-an-address" is not a valid email address');
  });

  test('throws on http acme server', () => {
    const message = issuerError(() => IssuerConfig.acme({ server: 'http://acme.example.com/directory', email: 'a@example.com' }));
    expect(message).toContain('config.acme.server "http://acme.example.com/directory" uses the scheme "http"');
  });

  test('throws on unparsable acme server', () => {
    const message = issuerError(() => IssuerConfig.acme({ server: 'acme.example.com', email: 'a@example.com' }));
    expect(message).toContain('config.acme.server "acme.example.com" is not a valid URL');
  });

  test('throws on invalid selector dns zone', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.cloudflare({ apiTokenSecretRef: ref('cf') }), {
      selector: { dnsZones: ['exa mple.com'] },
    })));
    expect(message).toContain('config.acme.solvers[0].selector.dnsZones "exa mple.com" is not a valid DNS name');
  });

  test('throws on wildcard dns zone', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.cloudflare({ apiTokenSecretRef: ref('cf') }), {
      selector: { dnsZones: ['*.example.com'] },
    })));
    expect(message).toContain('selector.dnsZones "*.example.com" is not a valid DNS name');
  });

  test('throws on half route53 static key', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.route53({ accessKeyIdSecretRef: ref('aws') }))));
    expect(message).toContain('accessKeyIdSecretRef and config.acme.solvers[0].provider.route53.secretAccessKeySecretRef must be set together');
  });

  test('throws on route53 service account without role', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.route53({ serviceAccountRef: { name: 'dns' } }))));
    expect(message).toContain('route53.role is missing');
  });

  test('throws on invalid route53 role arn', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.route53({ role: 'cert-manager' }))));
    expect(message).toContain('route53.role "cert-manager" is not an IAM role ARN');
  });

  test('throws on cloudflare with both credentials', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.cloudflare({ apiTokenSecretRef: ref('a'), apiKeySecretRef: ref('b'), email: 'a@example.com' }))));
    expect(message).toContain('cloudflare must set exactly one of apiTokenSecretRef and apiKeySecretRef');
  });

  test('throws on cloudflare api key without email', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.cloudflare({ apiKeySecretRef: ref('b') }))));
    expect(message).toContain('cloudflare.email is missing');
  });

  test('throws on partial azure service principal', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.azureDns({
      subscriptionId: '00000000-0000-0000-0000-000000000001',
      resourceGroupName: 'dns',
      clientId: '00000000-0000-0000-0000-000000000002',
    }))));
    expect(message).toContain('only 1 of them is set');
  });

  test('throws on invalid azure subscription', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.azureDns({ subscriptionId: 'sub', resourceGroupName: 'dns' }))));
    expect(message).toContain('azureDNS.subscriptionId "sub" is not a GUID');
  });

  test('throws on invalid cloud dns project', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.cloudDns({ project: 'P' }))));
    expect(message).toContain('cloudDNS.project "P" is not a Google Cloud project ID');
  });

  test('throws on invalid rfc2136 nameserver', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.rfc2136({ nameserver: '10.0.0.1:99999' }))));
    expect(message).toContain('rfc2136.nameserver "10.0.0.1:99999" is invalid');
  });

  test('throws on tsig key without secret', () => {
    const message = issuerError(() => acme(AcmeSolver.dns01(Dns01Provider.rfc2136({ nameserver: '10.0.0.1', tsigKeyName: 'k' }))));
    expect(message).toContain('tsigKeyName and config.acme.solvers[0].provider.rfc2136.tsigSecretSecretRef must be set together');
  });

  test('throws on gateway solver without parents', () => {
    const message = issuerError(() => acme(AcmeSolver.http01Gateway({ parentRefs: [] })));
    expect(message).toContain('config.acme.solvers[0].parentRefs is empty');
  });

  test('throws on ingress class and name', () => {
    const message = issuerError(() => acme(AcmeSolver.http01Ingress({ ingressClassName: 'nginx', ingressName: 'web' })));
    expect(message).toContain('ingressClassName and config.acme.solvers[0].ingressName cannot both be set');
  });

  test('throws on invalid secret name', () => {
    const message = issuerError(() => IssuerConfig.ca({ secretName: 'Root_CA' }));
    expect(message).toContain('config.ca.secretName "Root_CA" is not a valid Kubernetes object name');
  });

  test('throws on http vault server', () => {
    const message = issuerError(() => IssuerConfig.vault({ server: 'http://vault:8200', path: 'pki/sign/x', auth: VaultAuth.token(ref('t')) }));
    expect(message).toContain('config.vault.server "http://vault:8200" uses the scheme "http"');
  });

  test('throws on vault kubernetes without role', () => {
    const message = issuerError(() => IssuerConfig.vault({
      server: 'https://vault:8200',
      path: 'pki/sign/x',
      auth: VaultAuth.kubernetes({ role: '', serviceAccountRef: { name: 'sa' } }),
    }));
    expect(message).toContain('config.vault.auth.role is missing');
  });

  test('throws on venafi without zone', () => {
    const message = issuerError(() => IssuerConfig.venafi({ zone: '', connection: VenafiConnection.cloud(ref('k')) }));
    expect(message).toContain('config.venafi.zone is missing');
  });

  test('throws on cluster issuer namespace', () => {
    const chart = Testing.chart();
    expect(() => new ClusterIssuer(chart, 'ca', { metadata: { namespace: 'x' }, config: IssuerConfig.ca({ secretName: 'root' }) }))
      .toThrow('metadata.namespace is "x", but a ClusterIssuer is cluster-scoped');
  });

  test('fails synth on acme without solvers', () => {
    const chart = Testing.chart();
    new Issuer(chart, 'le', { config: acme() });
    expect(() => Testing.synth(chart)).toThrow('config.acme.solvers is empty');
  });

  test('throws on addSolver to ca issuer', () => {
    const chart = Testing.chart();
    const issuer = new Issuer(chart, 'ca', { config: IssuerConfig.ca({ secretName: 'root' }) });
    expect(() => issuer.addSolver(AcmeSolver.http01Ingress())).toThrow('only ACME issuers have solvers');
  });

  test('throws on invalid solver added', () => {
    const chart = Testing.chart();
    const issuer = new Issuer(chart, 'le', { config: acme() });
    expect(() => issuer.addSolver(AcmeSolver.http01Gateway({ parentRefs: [] }))).toThrow('parentRefs is empty');
  });
});

describe('ca issuer validation', () => {
  test('throws on invalid ocsp url', () => {
    const chart = Testing.chart();
    expect(() => new Issuer(chart, 'ca', { config: IssuerConfig.ca({ secretName: 'root', ocspServers: ['ocsp.example.com'] }) }))
      .toThrow('config.ca.ocspServers "ocsp.example.com" is not a valid URL');
  });
});

describe('object names', () => {
  test('throws on an invalid issuer name', () => {
    expect(() => new Issuer(Testing.chart(), 'ca', {
      metadata: { name: 'My-CA' },
      config: IssuerConfig.ca({ secretName: 'ca' }),
    })).toThrow(/metadata.name "My-CA" is not a valid Kubernetes object name/);
  });
});
