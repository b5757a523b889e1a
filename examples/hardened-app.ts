import { App, Chart, Duration } from 'cdk8s';
import {
  AcmeServer, AcmeSolver, Certificate, CertManager, ClusterIssuer, ComplianceChecks, Dns01Provider, Issuer, IssuerConfig,
  PrivateKey,
} from '../src';

/**
 * Builds the example app: the hardened install, its issuers and a Certificate, checked by every
 * compliance pack, which write their reports (JSON, SARIF and Markdown) next to the manifests.
 *
 * @param outdir folder for the manifests and reports
 */
export function buildExampleApp(outdir: string): { app: App; checks: ComplianceChecks } {
  const app = new App({ outdir });
  const checks = new ComplianceChecks(app);
  const chart = new Chart(app, 'cert-manager');

  // The controller serves /livez on 9443, the port that cert-manager's Best Practice guide shows;
  // its listener and liveness probe move together. The controller's ServiceAccount carries the IAM
  // role that Route53 DNS-01 uses through IRSA, so no AWS key is stored anywhere.
  new CertManager(chart, 'cert-manager', {
    createNamespace: true,
    controller: {
      healthzPort: 9443,
      serviceAccount: {
        annotations: { 'eks.amazonaws.com/role-arn': 'arn:aws:iam::123456789012:role/cert-manager-route53' },
      },
    },
  });

  // The recommended app.kubernetes.io labels on every issuer object, which the Learnk8s pack requires.
  const issuers = new Chart(app, 'issuers', {
    namespace: 'web',
    labels: {
      'app.kubernetes.io/name': 'web-tls',
      'app.kubernetes.io/instance': 'web-tls',
      'app.kubernetes.io/version': '1.0.0',
      'app.kubernetes.io/component': 'tls',
      'app.kubernetes.io/part-of': 'web',
      'app.kubernetes.io/managed-by': 'cdk8s',
    },
  });

  // Let's Encrypt: DNS-01 through Route53 for example.com, HTTP-01 for every other name.
  const letsEncrypt = new ClusterIssuer(issuers, 'letsencrypt', {
    metadata: { name: 'letsencrypt' },
    config: IssuerConfig.acme({
      server: AcmeServer.LETS_ENCRYPT,
      email: 'pki-team@example.com',
      solvers: [
        AcmeSolver.dns01(
          Dns01Provider.route53({ region: 'eu-west-1' }),
          { selector: { dnsZones: ['example.com'] } },
        ),
        AcmeSolver.http01Ingress({ ingressClassName: 'nginx' }),
      ],
    }),
  });

  // A namespaced CA for internal service certificates; the CA key pair lives in Secret internal-ca.
  new Issuer(issuers, 'internal-ca', {
    metadata: { name: 'internal-ca' },
    config: IssuerConfig.ca({ secretName: 'internal-ca' }),
  });

  new Certificate(issuers, 'www', {
    metadata: { name: 'www' },
    issuer: letsEncrypt,
    secretName: 'www-tls',
    dnsNames: ['www.example.com'],
    duration: Duration.days(90),
    renewBefore: Duration.days(30),
    privateKey: PrivateKey.ecdsa(256),
  });

  return { app, checks };
}
