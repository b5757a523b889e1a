import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, App, Chart, JsonPatch } from 'cdk8s';
import { deployment, deploymentWithContainer, hardenedContainer } from './manifests';
import { Compliance, ComplianceChecks, CompliancePack, FindingStatus, ReportFormat, RuleLevel } from '../../src/compliance';
import { evaluateRules } from '../../src/compliance/engine';
import { Pack } from '../../src/compliance/rule';
import { resolveRules } from '../../src/compliance/rule-set';

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'compliance-'));
}

/** An app with one chart holding the given manifests as plain ApiObjects. */
function appWith(outdir: string, ...manifests: Record<string, any>[]): { app: App; chart: Chart } {
  const app = new App({ outdir });
  const chart = new Chart(app, 'workloads');
  manifests.forEach((manifest, index) => {
    const { apiVersion, kind, metadata, ...rest } = manifest;
    new ApiObject(chart, `object${index}`, { apiVersion, kind, metadata, ...rest });
  });
  return { app, chart };
}

const PRIVILEGED = deploymentWithContainer({ securityContext: { ...hardenedContainer().securityContext, privileged: true } });
const HOST_NETWORK = (() => {
  const manifest = deployment();
  manifest.metadata.name = 'host';
  manifest.spec.template.spec.hostNetwork = true;
  return manifest;
})();

describe('synth integration', () => {
  test('fails synth with every error-level finding and writes nothing', () => {
    // GIVEN two failing Deployments
    const outdir = path.join(tempDir(), 'dist');
    const { app } = appWith(outdir, PRIVILEGED, HOST_NETWORK);
    new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE] });

    // WHEN
    let message = '';
    try {
      app.synth();
    } catch (error) {
      message = (error as Error).message;
    }

    // THEN one error lists both findings in the documented form
    expect(message).toContain('Compliance checks found 2 unsuppressed error-level finding(s)');
    expect(message).toContain('PSS-baseline-privileged-containers: Container \'app\' runs privileged. Remove securityContext.privileged or set it to false. (Deployment/app)');
    expect(message).toContain('PSS-baseline-host-namespaces: The pod sets hostNetwork: true. Remove it to keep the pod in its own namespace. (Deployment/host)');
    expect(fs.existsSync(outdir) ? fs.readdirSync(outdir) : []).toEqual([]);
  });

  test('passing synth writes manifests and the three reports', () => {
    const outdir = tempDir();
    const { app } = appWith(outdir, deployment());
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE, CompliancePack.PSS_RESTRICTED] });

    app.synth();

    expect(fs.readdirSync(outdir).sort()).toEqual(['compliance-report.json', 'compliance-report.md', 'compliance-report.sarif', 'workloads.k8s.yaml']);
    expect(checks.findings.every((finding) => finding.status === FindingStatus.PASS)).toBe(true);
    expect(checks.findings).toHaveLength(17);
  });

  test('reports go to reportDir in the chosen formats', () => {
    const outdir = tempDir();
    const reportDir = path.join(tempDir(), 'reports');
    const { app } = appWith(outdir, deployment());
    new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE], reportDir, reportFormats: [ReportFormat.SARIF] });

    app.synth();

    expect(fs.readdirSync(reportDir)).toEqual(['compliance-report.sarif']);
    expect(fs.readdirSync(outdir)).toEqual(['workloads.k8s.yaml']);
  });

  test('fails synth of another construct without reports', () => {
    const outdir = path.join(tempDir(), 'dist');
    const { app, chart } = appWith(outdir, deployment());
    chart.node.addValidation({ validate: () => ['The chart is broken.'] });
    new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE] });

    expect(() => app.synth()).toThrow(/The chart is broken/);
    expect(fs.existsSync(outdir) ? fs.readdirSync(outdir) : []).toEqual([]);
  });

  test('empty report formats write no report', () => {
    const outdir = tempDir();
    const { app } = appWith(outdir, deployment());
    new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE], reportFormats: [] });

    app.synth();

    expect(fs.readdirSync(outdir)).toEqual(['workloads.k8s.yaml']);
  });

  test('warning-level failures do not fail synth', () => {
    const { app } = appWith(tempDir(), deploymentWithContainer({ resources: {} }));
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.CERT_MANAGER_BEST_PRACTICE] });

    app.synth();

    const failed = checks.findings.filter((finding) => finding.status === FindingStatus.FAIL);
    expect(failed.map((finding) => `${finding.ruleId} ${finding.level}`)).toContain('CM-BP-RESOURCES warning');
  });

  test('reports are byte-identical across runs', () => {
    const render = () => {
      const outdir = tempDir();
      const denyAll = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny-all', namespace: 'apps' }, spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] } };
      const { app, chart } = appWith(outdir, deployment(), deploymentWithContainer({ readinessProbe: undefined }), denyAll);
      Compliance.suppress(chart, { ruleId: 'BSI-APP.4.4.A11', reason: 'The worker has no endpoint to probe for readiness.' });
      new ComplianceChecks(app, {
        packs: [
          CompliancePack.PSS_RESTRICTED,
          CompliancePack.CIS_KUBERNETES,
          CompliancePack.NSA_CISA,
          CompliancePack.BSI,
          CompliancePack.CERT_MANAGER_BEST_PRACTICE,
        ],
        suppressions: [{ ruleId: 'NSA-POD-2', reason: 'The nodes run containerd in rootless mode.' }],
      });
      app.synth();
      return ['compliance-report.json', 'compliance-report.md', 'compliance-report.sarif'].map((file) => fs.readFileSync(path.join(outdir, file), 'utf-8'));
    };
    const first = render();
    const second = render();
    expect(second).toEqual(first);
    expect(first[1]).toContain('Suppressed: The worker has no endpoint to probe for readiness.');
    expect(first[0]).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  test('checks run over objects of every chart', () => {
    const app = new App({ outdir: tempDir() });
    new ApiObject(new Chart(app, 'one'), 'a', deployment() as any);
    new ApiObject(new Chart(app, 'two'), 'b', { ...PRIVILEGED, metadata: { ...PRIVILEGED.metadata, name: 'other' } } as any);
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE] });

    checks.evaluate();

    const privileged = checks.findings.filter((finding) => finding.ruleId === 'PSS-baseline-privileged-containers');
    expect(privileged.map((finding) => `${finding.constructPath} ${finding.status}`)).toEqual(['one/a pass', 'two/b fail']);
  });

  test('checks read JSON patches applied to objects', () => {
    const { app, chart } = appWith(tempDir(), deployment());
    const object = chart.node.findAll().find((construct) => construct instanceof ApiObject) as ApiObject;
    object.addJsonPatch(JsonPatch.add('/spec/template/spec/hostPID', true));
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE] });

    const failing = checks.evaluate().filter((finding) => finding.status === FindingStatus.FAIL);

    expect(failing.map((finding) => finding.fieldPath)).toEqual(['spec.template.spec.hostPID']);
  });

  test('of returns the existing checks', () => {
    const { app } = appWith(tempDir());
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.BSI] });
    expect(ComplianceChecks.of(app)).toBe(checks);
  });

  test('of adds checks with every pack', () => {
    const { app } = appWith(tempDir());
    expect(ComplianceChecks.of(app).packs.map((pack) => pack.name)).toEqual(CompliancePack.all().map((pack) => pack.name));
  });

  test('throws when findings are read before a run', () => {
    const { app } = appWith(tempDir());
    expect(() => new ComplianceChecks(app).findings).toThrow(/have not run yet. Call app.synth\(\) or checks.evaluate\(\)/);
  });

  test('throws on an empty pack list', () => {
    const { app } = appWith(tempDir());
    expect(() => new ComplianceChecks(app, { packs: [] })).toThrow(/packs is an empty list/);
  });

  test('summary counts findings per pack', () => {
    const { app } = appWith(tempDir(), PRIVILEGED);
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE, CompliancePack.CIS_KUBERNETES] });
    checks.evaluate();

    const [pss, cis] = checks.summary();

    expect(pss).toEqual({ pack: 'pss-baseline', rules: 11, passed: 10, failed: 1, errors: 1, suppressed: 0, notEvaluated: 0 });
    expect(cis.pack).toBe('cis-kubernetes');
    expect(cis.notEvaluated).toBe(4);
    expect(cis.errors).toBe(1);
  });
});

describe('engine', () => {
  const THROWING: Pack = {
    name: 'test',
    prefix: 'T',
    source: 'test',
    entries: [
      {
        controlId: '1',
        title: 'throws',
        level: RuleLevel.ERROR,
        check: { name: 'Throws', title: 'Throws', rationale: 'r', fix: 'f', kinds: [], check: () => { throw new Error('boom'); } },
      },
      { controlId: '2', title: 'undecidable', level: RuleLevel.ERROR, notEvaluatedReason: 'Only the cluster knows.' },
      {
        controlId: '3',
        title: 'invalid',
        level: RuleLevel.ERROR,
        check: { name: 'Empty', title: 'Empty', rationale: 'r', fix: 'f', kinds: [], check: () => [] },
      },
    ],
  };

  test('a throwing check is not evaluated, never a pass', () => {
    const findings = evaluateRules(resolveRules([THROWING]), [{ manifest: deployment(), constructPath: 'x/y' }]);
    expect(findings[0]).toMatchObject({ ruleId: 'T-1', status: FindingStatus.NOT_EVALUATED, message: 'Check Throws failed with an error: boom', kind: 'Deployment', name: 'app' });
  });

  test('an undecidable entry gives one finding without object', () => {
    const findings = evaluateRules(resolveRules([THROWING]), []);
    expect(findings).toEqual([{ ruleId: 'T-2', pack: 'test', level: RuleLevel.ERROR, status: FindingStatus.NOT_EVALUATED, message: 'Only the cluster knows.' }]);
  });

  test('an empty violation list is not evaluated', () => {
    const findings = evaluateRules(resolveRules([THROWING]), [{ manifest: deployment(), constructPath: 'x/y' }]);
    expect(findings[2]).toMatchObject({ ruleId: 'T-3', status: FindingStatus.NOT_EVALUATED });
  });
});

describe('evaluation order and sharing', () => {
  function countingCheck(name: string, calls: string[], result: (path: string) => any) {
    return {
      name,
      title: `${name} holds`,
      rationale: 'r',
      fix: 'f',
      kinds: ['Deployment'],
      check: (object: { constructPath: string }) => {
        calls.push(object.constructPath);
        return result(object.constructPath);
      },
    };
  }

  test('a check that two packs cite runs once per object', () => {
    // GIVEN one check mapped by two packs
    const calls: string[] = [];
    const check = countingCheck('Shared', calls, () => 'pass');
    const first: Pack = { name: 'first', prefix: 'F', source: 's', entries: [{ controlId: '1', title: 't', level: RuleLevel.ERROR, check }] };
    const second: Pack = { name: 'second', prefix: 'S', source: 's', entries: [{ controlId: '1', title: 't', level: RuleLevel.WARNING, check }] };
    const objects = [{ manifest: deployment(), constructPath: 'a/one' }, { manifest: deployment(), constructPath: 'a/two' }];

    // WHEN
    const findings = evaluateRules(resolveRules([first, second]), objects);

    // THEN each object was checked once, and each rule has its own passes
    expect(calls.sort()).toEqual(['a/one', 'a/two']);
    expect(findings.map((f) => `${f.ruleId} ${f.level} ${f.constructPath} ${f.status}`)).toEqual([
      'F-1 error a/one pass',
      'F-1 error a/two pass',
      'S-1 warning a/one pass',
      'S-1 warning a/two pass',
    ]);
  });

  test('orders findings by construct path, then field path, whatever the object order', () => {
    const calls: string[] = [];
    const check = countingCheck('Ordered', calls, (objectPath) => (objectPath === 'b' ? 'pass' : [
      { fieldPath: 'spec.z', message: 'Second.' },
      { fieldPath: 'spec.a', message: 'First.' },
    ]));
    const pack: Pack = { name: 'p', prefix: 'P', source: 's', entries: [{ controlId: '1', title: 't', level: RuleLevel.ERROR, check }] };
    const objects = ['c', 'b', 'a'].map((constructPath) => ({ manifest: deployment(), constructPath }));

    const findings = evaluateRules(resolveRules([pack]), objects);

    expect(findings.map((f) => `${f.constructPath} ${f.fieldPath ?? '-'} ${f.status}`)).toEqual([
      'a spec.a fail',
      'a spec.z fail',
      'b - pass',
      'c spec.a fail',
      'c spec.z fail',
    ]);
  });

  test('objects that share a construct path interleave their findings by field path', () => {
    const calls: string[] = [];
    let count = 0;
    const check = countingCheck('SamePath', calls, () => {
      count++;
      return [{ fieldPath: count === 1 ? 'spec.b' : 'spec.a', message: 'Wrong.' }];
    });
    const pack: Pack = { name: 'p', prefix: 'P', source: 's', entries: [{ controlId: '1', title: 't', level: RuleLevel.ERROR, check }] };
    const first = deployment();
    first.metadata.name = 'first';
    const second = deployment();
    second.metadata.name = 'second';

    const findings = evaluateRules(resolveRules([pack]), [{ manifest: first, constructPath: 'same' }, { manifest: second, constructPath: 'same' }]);

    expect(findings.map((f) => `${f.name} ${f.fieldPath}`)).toEqual(['second spec.a', 'first spec.b']);
  });

  test('summary counts the passes and failures that the findings list', () => {
    const outdir = tempDir();
    const { app } = appWith(outdir, deployment(), PRIVILEGED);
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE], reportFormats: [] });
    checks.evaluate();
    const listed = checks.findings;

    const [summary] = checks.summary();

    expect(summary.pack).toBe('pss-baseline');
    expect(summary.passed).toBe(listed.filter((f) => f.status === FindingStatus.PASS).length);
    expect(summary.failed).toBe(listed.filter((f) => f.status === FindingStatus.FAIL).length);
    expect(summary.passed).toBeGreaterThan(0);
    expect(summary.failed).toBe(1);
  });
});

describe('suppressions', () => {
  test('suppression on a chart covers its objects and shows the reason', () => {
    // GIVEN a privileged Deployment in a chart with a suppression
    const outdir = tempDir();
    const { app, chart } = appWith(outdir, PRIVILEGED);
    Compliance.suppress(chart, { ruleId: 'PSS-baseline-privileged-containers', reason: 'The device plugin needs host devices.' });
    const checks = new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE] });

    // WHEN
    app.synth();

    // THEN
    const suppressed = checks.findings.filter((finding) => finding.status === FindingStatus.SUPPRESSED);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressionReason).toBe('The device plugin needs host devices.');
    expect(fs.readFileSync(path.join(outdir, 'compliance-report.md'), 'utf-8')).toContain('Suppressed: The device plugin needs host devices.');
  });

  test('suppression on a sibling construct covers nothing', () => {
    const { app } = appWith(tempDir(), PRIVILEGED);
    const sibling = new Chart(app, 'other');
    Compliance.suppress(sibling, { ruleId: 'PSS-baseline-privileged-containers', reason: 'The device plugin needs host devices.' });
    new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE] });

    expect(() => app.synth()).toThrow(/The suppression 'PSS-baseline-privileged-containers' added on 'other' matches no failing or not evaluated finding/);
  });

  test('props suppression narrows to objects by kind and name', () => {
    const { app } = appWith(tempDir(), PRIVILEGED, { ...PRIVILEGED, metadata: { ...PRIVILEGED.metadata, name: 'second' } });
    const checks = new ComplianceChecks(app, {
      packs: [CompliancePack.PSS_BASELINE],
      suppressions: [{ ruleId: 'PSS-baseline-privileged-containers', reason: 'Reviewed: needs raw device access.', objects: [{ kind: 'Deployment', name: 'second' }] }],
    });

    const findings = checks.evaluate().filter((finding) => finding.ruleId === 'PSS-baseline-privileged-containers');

    expect(findings.map((finding) => `${finding.name} ${finding.status}`)).toEqual(['app fail', 'second suppressed']);
    expect(() => app.synth()).toThrow(/1 unsuppressed error-level finding/);
  });

  test('suppression by construct path covers the object', () => {
    const { app } = appWith(tempDir(), PRIVILEGED);
    const checks = new ComplianceChecks(app, {
      packs: [CompliancePack.PSS_BASELINE],
      suppressions: [{ ruleId: 'PSS-baseline-privileged-containers', reason: 'Reviewed: needs raw device access.', objects: [{ constructPath: 'workloads' }] }],
    });
    expect(checks.evaluate().filter((finding) => finding.status === FindingStatus.SUPPRESSED)).toHaveLength(1);
  });

  test('fails synth on an unmatched props suppression', () => {
    const { app } = appWith(tempDir(), deployment());
    new ComplianceChecks(app, {
      packs: [CompliancePack.PSS_BASELINE],
      suppressions: [{ ruleId: 'PSS-baseline-host-ports', reason: 'The ingress controller binds host ports.' }],
    });
    expect(() => app.synth()).toThrow(/The suppression 'PSS-baseline-host-ports' given in the suppressions prop matches no failing or not evaluated finding/);
  });

  test('fails synth on an unknown rule id', () => {
    const { app } = appWith(tempDir(), deployment());
    new ComplianceChecks(app, { packs: [CompliancePack.PSS_BASELINE], suppressions: [{ ruleId: 'CIS-5.2.2', reason: 'The CIS pack is not enabled here.' }] });
    expect(() => app.synth()).toThrow(/names rule 'CIS-5.2.2', which no enabled pack contains/);
  });

  test('not evaluated findings can be suppressed', () => {
    const { app } = appWith(tempDir());
    const checks = new ComplianceChecks(app, {
      packs: [CompliancePack.CIS_KUBERNETES],
      suppressions: [{ ruleId: 'CIS-5.3.1', reason: 'The cluster runs Cilium, which enforces NetworkPolicies.' }],
    });
    const finding = checks.evaluate().find((f) => f.ruleId === 'CIS-5.3.1');
    expect(finding?.status).toBe(FindingStatus.SUPPRESSED);
  });

  test.each([
    ['short', /reason 'short' \(5 characters\). Give a reason of at least 10 characters/],
    ['   padded   ', /reason 'padded' \(6 characters\)/],
  ])('throws on reason %p when added', (reason, pattern) => {
    const { app, chart } = appWith(tempDir());
    expect(() => Compliance.suppress(chart, { ruleId: 'CIS-5.1.2', reason })).toThrow(pattern);
    expect(() => new ComplianceChecks(app, { suppressions: [{ ruleId: 'CIS-5.1.2', reason }] })).toThrow(pattern);
  });

  test('throws listing every problem of a suppression', () => {
    const { chart } = appWith(tempDir());
    expect(() => Compliance.suppress(chart, { ruleId: '', reason: 'x', objects: [{}] })).toThrow(/has no ruleId[\s\S]*reason 'x'[\s\S]*empty objects\[0\]/);
  });

  test('throws on a short reason in addSuppression', () => {
    const { app } = appWith(tempDir());
    const checks = new ComplianceChecks(app);
    expect(() => checks.addSuppression({ ruleId: 'CIS-5.1.2', reason: 'because' })).toThrow(/at least 10 characters/);
  });
});
