import { ApiObject, Testing } from 'cdk8s';
import { ManifestObject, RuleResult } from '../../../src/compliance/rule';
import { AcmeHttp01SolverPodRestricted } from '../../../src/compliance/rules/issuer/AcmeHttp01SolverPodRestricted';
import { AcmeIssuerEmailSet } from '../../../src/compliance/rules/issuer/AcmeIssuerEmailSet';
import { CertificateDurationBounded } from '../../../src/compliance/rules/issuer/CertificateDurationBounded';
import { CertificatePrivateKeyMinimumStrength } from '../../../src/compliance/rules/issuer/CertificatePrivateKeyMinimumStrength';
import { CertificatePrivateKeyRotationAlways } from '../../../src/compliance/rules/issuer/CertificatePrivateKeyRotationAlways';
import { CertificatePrivateKeyStrong } from '../../../src/compliance/rules/issuer/CertificatePrivateKeyStrong';
import { ClusterIssuerScopedCredentials } from '../../../src/compliance/rules/issuer/ClusterIssuerScopedCredentials';
import { IssuerNoInlineCredentials } from '../../../src/compliance/rules/issuer/IssuerNoInlineCredentials';
import {
  AcmeServer, AcmeSolver, Certificate, ClusterIssuer, Dns01Provider, IssuerConfig,
} from '../../../src/issuers';
import { CONTROLPLANE_2026_ISSUER_ENTRIES, ISSUER_BASELINE_ENTRIES, ISSUER_CHECKS } from '../../../src/issuers/checks';

/** Synthesizes one hand-written object as a plain ApiObject and returns it as a check reads it. */
function handWritten(kind: string, spec: any, extra: Record<string, any> = {}): ManifestObject {
  const chart = Testing.chart();
  const apiVersion = kind === 'Ingress' ? 'networking.k8s.io/v1' : 'cert-manager.io/v1';
  new ApiObject(chart, 'object', { apiVersion, kind, metadata: { name: 'object', ...extra.metadata }, spec });
  const [manifest] = Testing.synth(chart);
  return { manifest, constructPath: 'test/object' };
}

function certificate(spec: any): ManifestObject {
  return handWritten('Certificate', { secretName: 'tls', issuerRef: { name: 'ca' }, dnsNames: ['a.example.com'], ...spec });
}

function acmeIssuer(kind: string, acme: any): ManifestObject {
  return handWritten(kind, { acme: { server: AcmeServer.LETS_ENCRYPT, privateKeySecretRef: { name: 'key' }, ...acme } });
}

function fieldPaths(result: RuleResult): string[] {
  if (!Array.isArray(result)) {
    throw new Error(`expected violations, got ${JSON.stringify(result)}`);
  }
  return result.map((violation) => violation.fieldPath);
}

function messages(result: RuleResult): string {
  if (!Array.isArray(result)) {
    throw new Error(`expected violations, got ${JSON.stringify(result)}`);
  }
  return result.map((violation) => violation.message).join('\n');
}

describe('CertificatePrivateKeyStrong', () => {
  const check = (spec: any) => CertificatePrivateKeyStrong.check(certificate(spec), []);

  test('passes ecdsa p-256 and rsa 3072', () => {
    expect(check({ privateKey: { algorithm: 'ECDSA', size: 256 } })).toBe('pass');
    expect(check({ privateKey: { algorithm: 'ECDSA' } })).toBe('pass');
    expect(check({ privateKey: { algorithm: 'RSA', size: 3072 } })).toBe('pass');
    expect(check({ privateKey: { algorithm: 'Ed25519' } })).toBe('pass');
  });

  test('fails rsa 2048', () => {
    expect(fieldPaths(check({ privateKey: { algorithm: 'RSA', size: 2048 } }))).toEqual(['spec.privateKey.size']);
  });

  test('fails unset key as rsa 2048', () => {
    const result = check({});
    expect(fieldPaths(result)).toEqual(['spec.privateKey']);
    expect(messages(result)).toContain('2048 bits (cert-manager\'s default');
  });

  test('fails unknown algorithm', () => {
    expect(messages(check({ privateKey: { algorithm: 'DSA' } }))).toContain('"DSA" is not one that cert-manager supports');
  });

  test('construct default passes', () => {
    const chart = Testing.chart();
    new Certificate(chart, 'c', { issuer: ClusterIssuer.fromClusterIssuerName('ca'), secretName: 'tls', dnsNames: ['a.example.com'] });
    const [manifest] = Testing.synth(chart);
    expect(CertificatePrivateKeyStrong.check({ manifest, constructPath: 'test/c' }, [])).toBe('pass');
  });

  test('other api group not applicable', () => {
    const object = certificate({});
    const foreign = { ...object, manifest: { ...object.manifest, apiVersion: 'example.com/v1' } };
    expect(CertificatePrivateKeyStrong.check(foreign, [])).toBe('not-applicable');
  });
});

describe('CertificatePrivateKeyMinimumStrength', () => {
  const check = (spec: any) => CertificatePrivateKeyMinimumStrength.check(certificate(spec), []);

  test('passes rsa 2048 and unset key', () => {
    expect(check({ privateKey: { algorithm: 'RSA', size: 2048 } })).toBe('pass');
    expect(check({})).toBe('pass');
    expect(check({ privateKey: { algorithm: 'ECDSA', size: 521 } })).toBe('pass');
  });

  test('fails rsa 1024', () => {
    expect(messages(check({ privateKey: { algorithm: 'RSA', size: 1024 } }))).toContain('1024 bits, below the minimum of 2048');
  });

  test('fails ecdsa 224', () => {
    expect(fieldPaths(check({ privateKey: { algorithm: 'ECDSA', size: 224 } }))).toEqual(['spec.privateKey.size']);
  });
});

describe('CertificatePrivateKeyRotationAlways', () => {
  const check = (spec: any) => CertificatePrivateKeyRotationAlways.check(certificate(spec), []);

  test('passes always and unset', () => {
    expect(check({ privateKey: { rotationPolicy: 'Always' } })).toBe('pass');
    expect(check({})).toBe('pass');
  });

  test('fails never', () => {
    expect(fieldPaths(check({ privateKey: { rotationPolicy: 'Never' } }))).toEqual(['spec.privateKey.rotationPolicy']);
  });
});

describe('CertificateDurationBounded', () => {
  const check = (spec: any) => CertificateDurationBounded.check(certificate(spec), []);

  test('passes default and 90 days', () => {
    expect(check({})).toBe('pass');
    expect(check({ duration: '2160h', renewBefore: '720h' })).toBe('pass');
    expect(check({ duration: '1h', renewBefore: '10m' })).toBe('pass');
    expect(check({ duration: '9528h', renewBeforePercentage: 30 })).toBe('pass');
  });

  test('fails duration over 397 days', () => {
    expect(messages(check({ duration: '9529h' }))).toContain('exceeds 397 days');
  });

  test('fails duration under one hour', () => {
    expect(messages(check({ duration: '59m' }))).toContain('below the minimum of 1h');
  });

  test('fails renewBefore not below duration', () => {
    const result = check({ duration: '24h', renewBefore: '24h' });
    expect(fieldPaths(result)).toEqual(['spec.renewBefore']);
    expect(messages(result)).toContain('is not less than the duration');
  });

  test('fails renewBefore against default duration', () => {
    expect(fieldPaths(check({ renewBefore: '2400h' }))).toEqual(['spec.renewBefore']);
  });

  test('fails renewBefore under five minutes', () => {
    expect(messages(check({ renewBefore: '1m' }))).toContain('below the minimum of 5m');
  });

  test('fails malformed duration', () => {
    expect(messages(check({ duration: '90d' }))).toContain('"90d" is not a Go duration');
  });

  test('fails percentage out of range', () => {
    expect(fieldPaths(check({ renewBeforePercentage: 100 }))).toEqual(['spec.renewBeforePercentage']);
  });

  test('judges ingress shim annotations', () => {
    const annotated = (annotations: Record<string, string>) => handWritten('Ingress', {}, { metadata: { annotations } });
    expect(CertificateDurationBounded.check(annotated({ 'cert-manager.io/cluster-issuer': 'le', 'cert-manager.io/duration': '2160h' }), [])).toBe('pass');
    const result = CertificateDurationBounded.check(annotated({ 'cert-manager.io/issuer': 'ca', 'cert-manager.io/duration': '87600h' }), []);
    expect(fieldPaths(result)).toEqual(['metadata.annotations["cert-manager.io/duration"]']);
  });

  test('ingress without shim not applicable', () => {
    expect(CertificateDurationBounded.check(handWritten('Ingress', {}), [])).toBe('not-applicable');
  });
});

describe('IssuerNoInlineCredentials', () => {
  test('passes secret references', () => {
    const issuer = acmeIssuer('ClusterIssuer', {
      email: 'a@example.com',
      solvers: [{ dns01: { route53: { region: 'eu-west-1', accessKeyIDSecretRef: { name: 'aws', key: 'id' }, secretAccessKeySecretRef: { name: 'aws', key: 'key' } } } }],
    });
    expect(IssuerNoInlineCredentials.check(issuer, [])).toBe('pass');
    expect(IssuerNoInlineCredentials.check(certificate({ keystores: { pkcs12: { create: true, passwordSecretRef: { name: 'p', key: 'k' } } } }), [])).toBe('pass');
  });

  test('fails inline keystore password', () => {
    const result = IssuerNoInlineCredentials.check(certificate({ keystores: { jks: { create: true, password: 'changeit' } } }), []);
    expect(fieldPaths(result)).toEqual(['spec.keystores.jks.password']);
  });

  test('fails inline route53 access key id', () => {
    const issuer = acmeIssuer('Issuer', {
      email: 'a@example.com',
      solvers: [{ dns01: { route53: { accessKeyID: 'AKIAEXAMPLE', secretAccessKeySecretRef: { name: 'aws', key: 'key' } } } }],
    });
    const result = IssuerNoInlineCredentials.check(issuer, []);
    expect(fieldPaths(result)).toEqual(['spec.acme.solvers[0].dns01.route53.accessKeyID']);
    expect(messages(result)).toContain('AWS access key ID inline');
  });

  test('fails token in webhook config', () => {
    const issuer = acmeIssuer('Issuer', {
      email: 'a@example.com',
      solvers: [{ dns01: { webhook: { groupName: 'acme.example.com', solverName: 'x', config: { apiToken: 'abc123' } } } }],
    });
    expect(fieldPaths(IssuerNoInlineCredentials.check(issuer, []))).toEqual(['spec.acme.solvers[0].dns01.webhook.config.apiToken']);
  });

  test('fails base64 private key in ca bundle', () => {
    const pem = Buffer.from('-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n-----END EC PRIVATE KEY-----\n').toString('base64');
    const issuer = acmeIssuer('Issuer', { email: 'a@example.com', caBundle: pem });
    expect(messages(IssuerNoInlineCredentials.check(issuer, []))).toContain('contains a PEM private key in caBundle');
  });

  test('ignores secret template labels', () => {
    expect(IssuerNoInlineCredentials.check(certificate({ secretTemplate: { labels: { 'token-kind': 'x' } } }), [])).toBe('pass');
  });
});

describe('AcmeIssuerEmailSet', () => {
  test('passes acme issuer with email', () => {
    expect(AcmeIssuerEmailSet.check(acmeIssuer('ClusterIssuer', { email: 'pki@example.com' }), [])).toBe('pass');
  });

  test('fails acme issuer without email', () => {
    expect(fieldPaths(AcmeIssuerEmailSet.check(acmeIssuer('Issuer', {}), []))).toEqual(['spec.acme.email']);
  });

  test('fails invalid email', () => {
    expect(messages(AcmeIssuerEmailSet.check(acmeIssuer('Issuer', { email: 'pki' }), []))).toContain('invalid account email "pki"');
  });

  test('ca issuer not applicable', () => {
    expect(AcmeIssuerEmailSet.check(handWritten('Issuer', { ca: { secretName: 'root' } }), [])).toBe('not-applicable');
  });
});

describe('ClusterIssuerScopedCredentials', () => {
  test('passes namespaced self-signed issuer', () => {
    expect(ClusterIssuerScopedCredentials.check(handWritten('Issuer', { selfSigned: {} }), [])).toBe('pass');
  });

  test('passes scoped dns01 cluster issuer', () => {
    const issuer = acmeIssuer('ClusterIssuer', {
      email: 'a@example.com',
      solvers: [{ selector: { dnsZones: ['example.com'] }, dns01: { cloudflare: { apiTokenSecretRef: { name: 'cf', key: 't' } } } }, { http01: { ingress: {} } }],
    });
    expect(ClusterIssuerScopedCredentials.check(issuer, [])).toBe('pass');
  });

  test('fails self-signed cluster issuer', () => {
    expect(fieldPaths(ClusterIssuerScopedCredentials.check(handWritten('ClusterIssuer', { selfSigned: {} }), []))).toEqual(['spec.selfSigned']);
  });

  test('fails unscoped dns01 cluster issuer', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', {
      config: IssuerConfig.acme({
        server: AcmeServer.LETS_ENCRYPT,
        email: 'a@example.com',
        solvers: [AcmeSolver.dns01(Dns01Provider.digitalOcean({ tokenSecretRef: { name: 'do', key: 't' } }))],
      }),
    });
    const [manifest] = Testing.synth(chart);
    expect(fieldPaths(ClusterIssuerScopedCredentials.check({ manifest, constructPath: 'test/le' }, []))).toEqual(['spec.acme.solvers[0].selector']);
  });
});

describe('AcmeHttp01SolverPodRestricted', () => {
  const solverIssuer = (securityContext?: any) => acmeIssuer('Issuer', {
    email: 'a@example.com',
    solvers: [{ http01: { ingress: securityContext ? { podTemplate: { spec: { securityContext } } } : {} } }],
  });

  test('passes solver without template', () => {
    expect(AcmeHttp01SolverPodRestricted.check(solverIssuer(), [])).toBe('pass');
  });

  test('passes construct solver template', () => {
    const chart = Testing.chart();
    new ClusterIssuer(chart, 'le', {
      config: IssuerConfig.acme({
        server: AcmeServer.LETS_ENCRYPT,
        email: 'a@example.com',
        solvers: [AcmeSolver.http01Ingress({ podSecurityContext: { runAsUser: 1000 } })],
      }),
    });
    const [manifest] = Testing.synth(chart);
    expect(AcmeHttp01SolverPodRestricted.check({ manifest, constructPath: 'test/le' }, [])).toBe('pass');
  });

  test('fails template dropping defaults', () => {
    const result = AcmeHttp01SolverPodRestricted.check(solverIssuer({ fsGroup: 1000 }), []);
    expect(fieldPaths(result)).toEqual([
      'spec.acme.solvers[0].http01.ingress.podTemplate.spec.securityContext.runAsNonRoot',
      'spec.acme.solvers[0].http01.ingress.podTemplate.spec.securityContext.seccompProfile.type',
    ]);
  });

  test('fails root user in gateway solver', () => {
    const issuer = acmeIssuer('ClusterIssuer', {
      email: 'a@example.com',
      solvers: [{ http01: { gatewayHTTPRoute: { podTemplate: { spec: { securityContext: { runAsNonRoot: true, runAsUser: 0, seccompProfile: { type: 'Unconfined' } } } } } } }],
    });
    expect(messages(AcmeHttp01SolverPodRestricted.check(issuer, []))).toContain('runs as user 0');
  });

  test('dns01 only issuer not applicable', () => {
    const issuer = acmeIssuer('Issuer', { email: 'a@example.com', solvers: [{ dns01: { acmeDNS: { host: 'https://x', accountSecretRef: { name: 'a' } } } }] });
    expect(AcmeHttp01SolverPodRestricted.check(issuer, [])).toBe('not-applicable');
  });
});

describe('issuer pack entries', () => {
  test('controlplane entries pinned', () => {
    expect(CONTROLPLANE_2026_ISSUER_ENTRIES.map((e) => [e.controlId, e.level, e.check?.name])).toEqual([
      ['R-ARCH-03', 'warning', 'ClusterIssuerScopedCredentials'],
      ['R-CONFIG-02', 'warning', 'AcmeHttp01SolverPodRestricted'],
      ['R-CONFIG-03', 'warning', 'CertificateDurationBounded'],
      ['R-CONFIG-04', 'warning', 'CertificatePrivateKeyStrong'],
      ['R-STORAGE-02', 'warning', 'CertificatePrivateKeyRotationAlways'],
    ]);
  });

  test('baseline entries cover every check', () => {
    const names = ISSUER_BASELINE_ENTRIES.map((e) => e.check?.name).sort();
    expect(names).toEqual(ISSUER_CHECKS.map((c) => c.name).sort());
    expect(ISSUER_BASELINE_ENTRIES.filter((e) => e.level === 'error').map((e) => e.controlId)).toEqual(['KEY-MINIMUM', 'NO-INLINE-CREDENTIALS']);
  });

  test('check names are unique', () => {
    const names = ISSUER_CHECKS.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
