import { Chart, Testing } from 'cdk8s';
import { AcmeServer, AcmeSolver, CertManager, ClusterIssuer, Issuer, IssuerConfig } from '../../src';
import { findManifest, podSpecs, synthInstall } from '../util/install';

function selects(policy: any, labels: Record<string, string>): boolean {
  const wanted = policy.spec.podSelector.matchLabels ?? {};
  return Object.entries(wanted).every(([key, value]) => labels[key] === value);
}

function containerPorts(spec: any): { name?: string; containerPort: number }[] {
  return spec.containers.flatMap((c: any) => c.ports ?? []);
}

describe('default network policies', () => {
  const manifests = synthInstall();
  const policies = manifests.filter((m) => m.kind === 'NetworkPolicy');

  test.each(podSpecs(manifests).map((p) => [p.owner, p]))('%s is covered for ingress and egress', (_owner, pod: any) => {
    const mine = policies.filter((p) => selects(p, pod.labels));
    const types = mine.flatMap((p) => p.spec.policyTypes);
    expect(types).toContain('Ingress');
    expect(types).toContain('Egress');
  });

  test.each(podSpecs(manifests).map((p) => [p.owner, p]))('%s ingress only reaches served ports', (_owner, pod: any) => {
    const served = containerPorts(pod.spec);
    const ingress = policies.filter((p) => selects(p, pod.labels)).flatMap((p) => p.spec.ingress ?? []);
    for (const rule of ingress) {
      expect(rule.ports?.length).toBeGreaterThan(0);
      for (const port of rule.ports) {
        const match = served.find((s) => s.name === port.port || s.containerPort === port.port);
        expect({ port: port.port, served: match !== undefined }).toEqual({ port: port.port, served: true });
      }
    }
  });

  test.each(podSpecs(manifests).map((p) => [p.owner, p]))('%s egress reaches api server and dns only', (_owner, pod: any) => {
    const egress = policies.filter((p) => selects(p, pod.labels)).flatMap((p) => p.spec.egress ?? []);
    const ports = egress.flatMap((rule: any) => rule.ports.map((p: any) => `${p.protocol}/${p.port}`)).sort();
    expect(ports).toEqual(['TCP/443', 'TCP/53', 'TCP/6443', 'UDP/53']);
    for (const rule of egress) {
      expect(rule.to?.length).toBeGreaterThan(0);
    }
  });

  test('dns egress targets kube-dns pods', () => {
    const policy = findManifest(manifests, 'NetworkPolicy', 'cert-manager-allow-egress');
    const dns = policy.spec.egress.find((rule: any) => rule.ports.some((p: any) => p.port === 53));
    expect(dns.to).toEqual([{
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
      podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
    }]);
  });

  test('webhook accepts the api server on https', () => {
    const policy = findManifest(manifests, 'NetworkPolicy', 'cert-manager-webhook-allow-ingress');
    expect(policy.spec.ingress[0]).toEqual({
      from: [{ ipBlock: { cidr: '0.0.0.0/0' } }, { ipBlock: { cidr: '::/0' } }],
      ports: [{ port: 'https', protocol: 'TCP' }],
    });
  });

  test('metrics ingress comes from prometheus pods only', () => {
    const policy = findManifest(manifests, 'NetworkPolicy', 'cert-manager-allow-ingress');
    expect(policy.spec.ingress).toEqual([{
      from: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }],
      ports: [{ port: 'http-metrics', protocol: 'TCP' }],
    }]);
  });
});

describe('network policy options', () => {
  test('api server cidr narrows egress and webhook ingress', () => {
    const manifests = synthInstall({ networkPolicy: { apiServerCidrs: ['10.0.0.1/32'], apiServerPorts: [443] } });
    const egress = findManifest(manifests, 'NetworkPolicy', 'cert-manager-allow-egress').spec.egress[0];
    expect(egress).toEqual({ to: [{ ipBlock: { cidr: '10.0.0.1/32' } }], ports: [{ port: 443, protocol: 'TCP' }] });
    const ingress = findManifest(manifests, 'NetworkPolicy', 'cert-manager-webhook-allow-ingress').spec.ingress[0];
    expect(ingress.from).toEqual([{ ipBlock: { cidr: '10.0.0.1/32' } }]);
  });

  test('empty scraper labels remove metrics ingress', () => {
    const manifests = synthInstall({ networkPolicy: { metricsScraperPodLabels: {} } });
    const policy = findManifest(manifests, 'NetworkPolicy', 'cert-manager-allow-ingress');
    expect(policy.spec.policyTypes).toEqual(['Ingress']);
    expect(policy.spec.ingress).toBeUndefined();
  });
});

describe('controller egress from declared issuers', () => {
  function controllerEgress(addIssuers: (chart: Chart) => void): string[] {
    const app = Testing.app();
    const chart = new Chart(app, 'install');
    new CertManager(chart, 'cert-manager');
    addIssuers(new Chart(app, 'issuers', { namespace: 'web' }));
    const policy = findManifest(Testing.synth(chart), 'NetworkPolicy', 'cert-manager-allow-egress');
    const anywhere = (rule: any) => (rule.to ?? []).some((peer: any) => peer.ipBlock?.cidr === '0.0.0.0/0' && peer.ipBlock?.except)
      && !rule.ports.some((p: any) => p.port === 6443);
    return policy.spec.egress.flatMap((rule: any) => rule.ports.map((p: any) => `${p.protocol}/${p.port}${anywhere(rule) ? ' anywhere' : ''}`)).sort();
  }

  test('has only api server and dns without issuers', () => {
    expect(controllerEgress(() => undefined)).toEqual(['TCP/443', 'TCP/53', 'TCP/6443', 'UDP/53']);
  });

  test('adds nothing for a ca issuer', () => {
    expect(controllerEgress((chart) => new Issuer(chart, 'ca', {
      metadata: { name: 'ca' },
      config: IssuerConfig.ca({ secretName: 'ca' }),
    }))).toEqual(['TCP/443', 'TCP/53', 'TCP/6443', 'UDP/53']);
  });

  test('adds acme and http-01 ports for an acme issuer', () => {
    const ports = controllerEgress((chart) => new ClusterIssuer(chart, 'le', {
      metadata: { name: 'le' },
      config: IssuerConfig.acme({
        server: AcmeServer.LETS_ENCRYPT,
        email: 'pki@example.com',
        solvers: [AcmeSolver.http01Ingress({ ingressClassName: 'nginx' })],
      }),
    }));
    expect(ports).toContain('TCP/443 anywhere');
    expect(ports).toContain('TCP/80 anywhere');
  });
});

describe('api server egress and the metadata address', () => {
  function apiServerPeers(cidrs: string[]): any[] {
    const manifests = synthInstall({ networkPolicy: { apiServerCidrs: cidrs } });
    return findManifest(manifests, 'NetworkPolicy', 'cert-manager-allow-egress').spec.egress[0].to;
  }

  test('any address excludes the metadata address', () => {
    expect(apiServerPeers(['0.0.0.0/0'])).toEqual([{ ipBlock: { cidr: '0.0.0.0/0', except: ['169.254.169.254/32'] } }]);
  });

  test('link-local block excludes the metadata address', () => {
    expect(apiServerPeers(['169.254.0.0/16'])).toEqual([{ ipBlock: { cidr: '169.254.0.0/16', except: ['169.254.169.254/32'] } }]);
  });

  test('other blocks stay as given', () => {
    expect(apiServerPeers(['10.96.0.0/12', '192.168.1.10/32'])).toEqual([
      { ipBlock: { cidr: '10.96.0.0/12' } },
      { ipBlock: { cidr: '192.168.1.10/32' } },
    ]);
  });
});
