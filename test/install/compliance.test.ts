import { App, Chart } from 'cdk8s';
import { CertManager, ComplianceChecks, CompliancePack, FindingStatus } from '../../src';
import { ChartContext } from '../../src/chart/context';
import { installSuppressions } from '../../src/install-suppressions';

function evaluate(props = {}) {
  const app = new App({ outdir: '/tmp/cert-manager-compliance-test' });
  new CertManager(new Chart(app, 'install'), 'cert-manager', props);
  return new ComplianceChecks(app).evaluate();
}

describe('default install compliance', () => {
  const findings = evaluate();

  test.each(CompliancePack.all().map((pack) => [pack.name, pack.prefix]))('pack %s has no unsuppressed failure', (_name, prefix) => {
    const failing = findings
      .filter((f) => f.ruleId.startsWith(`${prefix}-`) && f.status === FindingStatus.FAIL)
      .map((f) => `${f.ruleId} ${f.kind}/${f.name}: ${f.message}`);
    expect(failing).toEqual([]);
  });

  test('every built-in suppression covers a finding', () => {
    const ctx = new ChartContext({ releaseName: 'cert-manager', releaseNamespace: 'cert-manager', values: {}, appVersion: 'v1.21.1', chartVersion: 'v1.21.1' });
    const used = new Set(findings.filter((f) => f.status === FindingStatus.SUPPRESSED).map((f) => f.ruleId));
    const unused = installSuppressions(ctx).map((s) => s.ruleId).filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  test('suppressed findings carry their reason', () => {
    const suppressed = findings.filter((f) => f.status === FindingStatus.SUPPRESSED);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const finding of suppressed) {
      expect(finding.suppressionReason?.length).toBeGreaterThanOrEqual(10);
    }
  });

  test('unhardened install fails resource rules', () => {
    const failing = evaluate({ hardened: false }).filter((f) => f.status === FindingStatus.FAIL).map((f) => f.ruleId);
    expect(failing).toContain('CM-BP-RESOURCES');
  });
});
