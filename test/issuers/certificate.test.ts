import { Chart, Duration, Testing } from 'cdk8s';
import { schemaErrors } from './crd-schema';
import {
  Certificate, ClusterIssuer, Issuer, IssuerConfig, KeyUsage, PrivateKey, PrivateKeyEncoding, PrivateKeyRotationPolicy,
} from '../../src/issuers';

const CLUSTER_CA = ClusterIssuer.fromClusterIssuerName('internal-ca');

function certificateError(props: Partial<ConstructorParameters<typeof Certificate>[2]>): string {
  const chart = Testing.chart();
  try {
    new Certificate(chart, 'cert', { issuer: CLUSTER_CA, secretName: 'web-tls', dnsNames: ['web.example.com'], ...props });
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected the Certificate constructor to throw');
}

describe('certificate rendering', () => {
  test('certificate defaults are hardened', () => {
    const chart = Testing.chart();
    new Certificate(chart, 'cert', { issuer: CLUSTER_CA, secretName: 'web-tls', dnsNames: ['web.example.com'] });
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.privateKey).toEqual({ algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' });
    expect(manifest.spec.duration).toBe('2160h');
    expect(manifest.spec.renewBefore).toBeUndefined();
    expect(manifest.spec.issuerRef).toEqual({ name: 'internal-ca', kind: 'ClusterIssuer', group: 'cert-manager.io' });
    expect(schemaErrors(manifest)).toEqual([]);
  });

  test('certificate with every option matches crd', () => {
    const chart = Testing.chart();
    const issuer = new Issuer(chart, 'ca', { metadata: { name: 'ca', namespace: 'team-a' }, config: IssuerConfig.ca({ secretName: 'root' }) });
    new Certificate(chart, 'cert', {
      metadata: { name: 'web', namespace: 'team-a' },
      issuer,
      secretName: 'web-tls',
      commonName: 'web.example.com',
      dnsNames: ['web.example.com', '*.web.example.com'],
      ipAddresses: ['10.0.0.1', '2001:db8::1'],
      uris: ['spiffe://cluster.local/ns/team-a/sa/web'],
      emailAddresses: ['web@example.com'],
      subject: { organizations: ['Example'], countries: ['DE'] },
      duration: Duration.days(30),
      renewBefore: Duration.hours(90),
      privateKey: PrivateKey.rsa(4096),
      privateKeyRotationPolicy: PrivateKeyRotationPolicy.ALWAYS,
      privateKeyEncoding: PrivateKeyEncoding.PKCS8,
      usages: [KeyUsage.DIGITAL_SIGNATURE, KeyUsage.SERVER_AUTH],
      secretLabels: { app: 'web' },
      secretAnnotations: { team: 'a' },
      revisionHistoryLimit: 3,
    });
    const manifest = Testing.synth(chart).find((m) => m.kind === 'Certificate');
    expect(schemaErrors(manifest)).toEqual([]);
    expect(manifest.spec.renewBefore).toBe('90h');
    expect(manifest.spec.duration).toBe('720h');
    expect(manifest.spec.issuerRef).toEqual({ name: 'ca', kind: 'Issuer', group: 'cert-manager.io' });
    expect(manifest.spec.secretTemplate).toEqual({ labels: { app: 'web' }, annotations: { team: 'a' } });
  });

  test('ca certificate with ed25519 matches crd', () => {
    const chart = Testing.chart();
    new Certificate(chart, 'root', {
      issuer: ClusterIssuer.fromClusterIssuerName('self-signed'),
      secretName: 'root-ca',
      commonName: 'Example Root CA',
      isCa: true,
      privateKey: PrivateKey.ed25519(),
      renewBeforePercentage: 25,
    });
    const [manifest] = Testing.synth(chart);
    expect(manifest.spec.isCA).toBe(true);
    expect(manifest.spec.privateKey.algorithm).toBe('Ed25519');
    expect(manifest.spec.privateKey.size).toBeUndefined();
    expect(schemaErrors(manifest)).toEqual([]);
  });
});

describe('certificate validation', () => {
  test('throws on missing identity', () => {
    expect(certificateError({ dnsNames: undefined })).toContain('No identity is set');
  });

  test('throws on invalid dns name', () => {
    expect(certificateError({ dnsNames: ['web..example.com'] })).toContain('dnsNames "web..example.com" is not a valid DNS name');
  });

  test('throws on inner wildcard', () => {
    expect(certificateError({ dnsNames: ['web.*.example.com'] })).toContain('dnsNames "web.*.example.com" is not a valid DNS name');
  });

  test('throws on invalid ip address', () => {
    expect(certificateError({ ipAddresses: ['10.0.0.300'] })).toContain('ipAddresses "10.0.0.300" is not an IPv4 or IPv6 address');
  });

  test('throws on relative uri', () => {
    expect(certificateError({ uris: ['cluster.local/web'] })).toContain('uris "cluster.local/web" is not an absolute URI');
  });

  test('throws on long common name', () => {
    expect(certificateError({ commonName: 'a'.repeat(65) })).toContain('has 65 characters, but X.509 allows at most 64');
  });

  test('throws on duration below one hour', () => {
    expect(certificateError({ duration: Duration.minutes(30) })).toContain('duration is 30m, but cert-manager requires at least 1h');
  });

  test('throws on renewBefore not below duration', () => {
    expect(certificateError({ duration: Duration.days(10), renewBefore: Duration.days(10) }))
      .toContain('renewBefore is 10 days (240h), which is not less than duration 10 days (240h)');
  });

  test('throws on renewBefore below five minutes', () => {
    expect(certificateError({ renewBefore: Duration.minutes(1) })).toContain('renewBefore is 1m, but cert-manager requires at least 5m');
  });

  test('throws on both renewal settings', () => {
    expect(certificateError({ renewBefore: Duration.days(1), renewBeforePercentage: 30 })).toContain('renewBefore and renewBeforePercentage are both set');
  });

  test('throws on renewal percentage of 100', () => {
    expect(certificateError({ renewBeforePercentage: 100 })).toContain('renewBeforePercentage is 100, but it must be a whole number from 1 to 99');
  });

  test('throws on small rsa key', () => {
    expect(certificateError({ privateKey: PrivateKey.rsa(1024) })).toContain('privateKey is RSA with 1024 bits, but cert-manager accepts 2048 to 8192 bits');
  });

  test('throws on unsupported ecdsa curve', () => {
    expect(certificateError({ privateKey: PrivateKey.ecdsa(224) })).toContain('privateKey is ECDSA with 224 bits');
  });

  test('throws on invalid secret name', () => {
    expect(certificateError({ secretName: 'Web_TLS' })).toContain('secretName "Web_TLS" is not a valid Kubernetes object name');
  });

  test('throws on issuer in other namespace', () => {
    const app = Testing.app();
    const chart = new Chart(app, 'chart', { namespace: 'team-b' });
    const issuer = Issuer.fromIssuerName('ca', 'team-a');
    expect(() => new Certificate(chart, 'cert', { issuer, secretName: 'web-tls', dnsNames: ['web.example.com'] }))
      .toThrow('issuer is the Issuer "ca" in namespace "team-a", but the Certificate is in namespace "team-b"');
  });

  test('throws with construct path', () => {
    expect(certificateError({ dnsNames: [] })).toContain('Certificate at test/cert is invalid');
  });
});
