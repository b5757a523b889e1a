import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { buildExampleApp } from '../../examples/hardened-app';
import { StrictValidator } from '../util/strict-schema';

const CRDS = path.join(__dirname, '..', 'fixtures', 'helm', 'v1.21.1-default-crds.yaml');

describe('example app', () => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cert-manager-example-'));
  const { app, checks } = buildExampleApp(outdir);
  app.synth();
  const manifests = fs.readdirSync(outdir)
    .filter((file) => file.endsWith('.k8s.yaml'))
    .flatMap((file) => YAML.parseAllDocuments(fs.readFileSync(path.join(outdir, file), 'utf8')).map((d) => d.toJS()))
    .filter((m) => m);

  test.each(['1.28.0', '1.35.0'] as const)('passes strict schemas of kubernetes %s', (version) => {
    expect(new StrictValidator(version, [CRDS]).validate(manifests)).toEqual([]);
  });

  test('writes the three reports', () => {
    expect(fs.readdirSync(outdir).filter((f) => f.startsWith('compliance-report')).sort()).toEqual([
      'compliance-report.json', 'compliance-report.md', 'compliance-report.sarif',
    ]);
  });

  test('has no failing finding', () => {
    expect(checks.summary().filter((pack) => pack.failed > 0).map((pack) => pack.pack)).toEqual([]);
  });

  test('controller egress lists only what the issuers need', () => {
    const policy = manifests.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === 'cert-manager-allow-egress');
    const rules = policy.spec.egress.map((rule: any) => rule.ports.map((p: any) => `${p.protocol}/${p.port}`).sort().join(' '));
    expect(rules).toEqual([
      'TCP/443 TCP/6443', // API server
      'TCP/53 UDP/53', // cluster DNS
      'TCP/443 TCP/53 TCP/80 UDP/53', // Let's Encrypt, Route53, DNS-01 propagation checks, HTTP-01 self-check
    ]);
    const metadataRule = policy.spec.egress.find((rule: any) => JSON.stringify(rule).includes('"169.254.169.254/32"}'));
    expect(metadataRule).toBeUndefined();
  });
});
