import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, Chart, Include } from 'cdk8s';
import { ComplianceChecks, ComplianceFinding, FindingStatus } from '../../src/compliance';

const RENDERING = path.join(__dirname, '..', 'fixtures', 'helm', 'v1.21.1-best-practice.yaml');

/** Runs every pack over the chart's best-practice rendering, imported as plain ApiObjects. */
function evaluateRendering(): ComplianceFinding[] {
  const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'best-practice-')) });
  new Include(new Chart(app, 'chart'), 'cert-manager', { url: RENDERING });
  return new ComplianceChecks(app).evaluate();
}

function outcomes(findings: ComplianceFinding[], ruleId: string): string[] {
  return findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.kind}/${finding.name} ${finding.status}`);
}

describe('chart best-practice rendering', () => {
  const findings = evaluateRendering();

  test('fails resources on every component', () => {
    const failing = findings.filter((finding) => finding.ruleId === 'CM-BP-RESOURCES' && finding.status === FindingStatus.FAIL);
    expect(new Set(failing.map((finding) => `${finding.kind}/${finding.name}`))).toEqual(new Set([
      'Deployment/cert-manager', 'Deployment/cert-manager-webhook', 'Deployment/cert-manager-cainjector', 'Job/cert-manager-startupapicheck',
    ]));
    expect(failing).toHaveLength(16);
  });

  test('fails topology spread on the three deployments', () => {
    expect(new Set(outcomes(findings, 'CM-BP-TOPOLOGY-SPREAD'))).toEqual(new Set([
      'Deployment/cert-manager fail', 'Deployment/cert-manager-webhook fail', 'Deployment/cert-manager-cainjector fail',
    ]));
  });

  test('fails default deny and the startupapicheck policy', () => {
    expect(outcomes(findings, 'CP-R-NETWORK-01')).toContain('Job/cert-manager-startupapicheck fail');
    expect(findings.filter((f) => f.ruleId === 'CP-R-NETWORK-01' && f.status === FindingStatus.FAIL).map((f) => f.message))
      .toContain('Namespace cert-manager has no default-deny NetworkPolicy in the app. Add one with podSelector {}, policyTypes [Ingress, Egress] and no rules.');
    expect(outcomes(findings, 'CM-BP-NETWORK-POLICY')).toContain('Job/cert-manager-startupapicheck fail');
  });

  test('fails the built-in approver and request-approve separation', () => {
    expect(outcomes(findings, 'CP-R-ARCH-02')).toEqual(['Deployment/cert-manager fail']);
    expect(outcomes(findings, 'CP-R-RBAC-01')).toContain('ClusterRoleBinding/cert-manager-controller-approve:cert-manager-io fail');
  });

  test('fails secret access of the controller and cainjector roles', () => {
    const failing = outcomes(findings, 'CIS-5.1.2').filter((outcome) => outcome.endsWith('fail'));
    expect(failing).toEqual(expect.arrayContaining(['ClusterRole/cert-manager-cainjector fail', 'ClusterRole/cert-manager-controller-issuers fail']));
  });

  test('passes what the best-practice values set', () => {
    for (const ruleId of ['CM-BP-PDB', 'CM-BP-AUTOMOUNT-SA-TOKEN', 'CM-BP-PROJECTED-SA-TOKEN', 'CM-BP-PRIORITY-CLASS', 'CM-BP-REPLICAS', 'CM-BP-LIVENESS-PROBES']) {
      const statuses = new Set(findings.filter((finding) => finding.ruleId === ruleId).map((finding) => finding.status));
      expect(`${ruleId} ${[...statuses].join(',')}`).toBe(`${ruleId} pass`);
    }
  });

  test('passes the restricted pod security standard', () => {
    const pss = findings.filter((finding) => finding.pack === 'pss-restricted' || finding.pack === 'pss-baseline');
    expect(pss.length).toBeGreaterThan(0);
    expect(pss.filter((finding) => finding.status !== FindingStatus.PASS)).toEqual([]);
  });

  test('fails synth on missing limits', () => {
    const app = new App({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), 'best-practice-')) });
    new Include(new Chart(app, 'chart'), 'cert-manager', { url: RENDERING });
    new ComplianceChecks(app);
    expect(() => app.synth()).toThrow(/BSI-APP.4.4.A4: Container 'cert-manager-controller' has no cpu limit. Set resources.limits.cpu. \(Deployment\/cert-manager\)/);
  });
});
