import { ComplianceFinding } from '../../src/compliance/finding';
import { renderJsonReport } from '../../src/compliance/report/json-report';
import { renderMarkdownReport } from '../../src/compliance/report/markdown-report';
import { SARIF_SCHEMA_URI, renderSarifReport } from '../../src/compliance/report/sarif-report';
import { FindingStatus, Pack, RuleLevel } from '../../src/compliance/rule';
import { resolveRules } from '../../src/compliance/rule-set';

const check = (name: string) => ({ name, title: `${name} title`, rationale: `${name} rationale`, fix: `${name} fix`, kinds: [], check: () => 'pass' as const });

const PACK: Pack = {
  name: 'demo',
  prefix: 'D',
  source: 'Demo standard v1',
  entries: [
    { controlId: 'PASS', title: 'Passing rule', level: RuleLevel.ERROR, check: check('Passing') },
    { controlId: 'FAIL', title: 'Failing rule', level: RuleLevel.ERROR, check: check('Failing') },
    { controlId: 'SUPPRESSED', title: 'Suppressed rule', level: RuleLevel.WARNING, check: check('Suppressed') },
    { controlId: 'NE', title: 'Undecidable rule', level: RuleLevel.INFO, notEvaluatedReason: 'Only the cluster shows it.' },
    { controlId: 'EMPTY', title: 'Rule without objects', level: RuleLevel.INFO, check: check('Empty') },
  ],
};
const RULES = resolveRules([PACK]);
const OBJECT = { kind: 'Deployment', namespace: 'apps', name: 'app', constructPath: 'chart/app' };
const FINDINGS: ComplianceFinding[] = [
  { ruleId: 'D-PASS', pack: 'demo', level: RuleLevel.ERROR, status: FindingStatus.PASS, message: 'Passing title', ...OBJECT },
  { ruleId: 'D-FAIL', pack: 'demo', level: RuleLevel.ERROR, status: FindingStatus.FAIL, message: 'Set x to y.', fieldPath: 'spec.x', ...OBJECT },
  { ruleId: 'D-FAIL', pack: 'demo', level: RuleLevel.ERROR, status: FindingStatus.PASS, message: 'Failing title', ...OBJECT, name: 'other', constructPath: 'chart/other' },
  { ruleId: 'D-SUPPRESSED', pack: 'demo', level: RuleLevel.WARNING, status: FindingStatus.SUPPRESSED, message: 'Set z.', suppressionReason: 'Accepted for the demo.', ...OBJECT },
  { ruleId: 'D-NE', pack: 'demo', level: RuleLevel.INFO, status: FindingStatus.NOT_EVALUATED, message: 'Only the cluster shows it.' },
];

describe('markdown report', () => {
  const markdown = renderMarkdownReport(RULES, FINDINGS);

  test.each([
    ['D-PASS', '| D-PASS | error | pass | 1 | 0 | 0 | 0 | Passing title |'],
    ['D-FAIL', '| D-FAIL | error | fail | 1 | 1 | 0 | 0 | Failing title |'],
    ['D-SUPPRESSED', '| D-SUPPRESSED | warning | suppressed | 0 | 0 | 1 | 0 | Suppressed title |'],
    ['D-NE', '| D-NE | info | not-evaluated | 0 | 0 | 0 | 1 | Undecidable rule |'],
    ['D-EMPTY', '| D-EMPTY | info | pass (no applicable objects) | 0 | 0 | 0 | 0 | Empty title |'],
  ])('row for %s', (_id, row) => {
    expect(markdown.split('\n')).toContain(row);
  });

  test('lists failures, suppressions and not evaluated findings', () => {
    expect(markdown).toContain('### Failures\n\n- D-FAIL: Set x to y. (Deployment/app) at `chart/app`, `spec.x`.');
    expect(markdown).toContain('### Suppressed findings\n\n- D-SUPPRESSED: Set z. (Deployment/app) at `chart/app`. Suppressed: Accepted for the demo.');
    expect(markdown).toContain('### Not evaluated\n\n- D-NE: Only the cluster shows it.');
  });
});

describe('json report', () => {
  const report = JSON.parse(renderJsonReport(RULES, FINDINGS));

  test('lists every rule with its outcome', () => {
    expect(report.rules.map((rule: any) => `${rule.id} ${rule.status}`)).toEqual([
      'D-PASS pass', 'D-FAIL fail', 'D-SUPPRESSED suppressed', 'D-NE not-evaluated', 'D-EMPTY pass',
    ]);
    expect(report.rules[4].noApplicableObjects).toBe(true);
  });

  test('keeps every finding', () => {
    expect(report.findings).toEqual(FINDINGS);
    expect(report.packs).toEqual([{ name: 'demo', prefix: 'D', source: 'Demo standard v1' }]);
  });
});

/**
 * Checks what the SARIF 2.1.0 JSON schema requires of the parts this library emits. The schema
 * (sarif-schema-2.1.0.json, OASIS) requires: `version` ("2.1.0") and `runs` on the log; `tool` on a
 * run; `driver` on a tool; `name` on a toolComponent; `id` on a reportingDescriptor; `message` on
 * a result, with `text` (or `id`) on a message. It restricts `level` to none, note, warning and
 * error, `kind` to notApplicable, pass, fail, review, open and informational, `suppressions[].kind`
 * to inSource and external, `suppressions[].status` to accepted, underReview and rejected, and
 * `ruleIndex` to integers from -1. The specification (3.27.9) requires `level: none` whenever
 * `kind` is not `fail`. Rule ids in `results[].ruleId` must name a rule of the driver.
 */
describe('sarif report', () => {
  const log = JSON.parse(renderSarifReport(RULES, FINDINGS));
  const run = log.runs[0];

  test('log has version, schema and runs', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(Array.isArray(log.runs)).toBe(true);
    expect(log.runs).toHaveLength(1);
  });

  test('driver names the tool and every rule', () => {
    expect(typeof run.tool.driver.name).toBe('string');
    expect(run.tool.driver.rules.map((rule: any) => rule.id)).toEqual(['D-PASS', 'D-FAIL', 'D-SUPPRESSED', 'D-NE', 'D-EMPTY']);
    for (const rule of run.tool.driver.rules) {
      expect(typeof rule.shortDescription.text).toBe('string');
      expect(['none', 'note', 'warning', 'error']).toContain(rule.defaultConfiguration.level);
    }
  });

  test('results carry rule id, level, message and locations', () => {
    const ruleIds = run.tool.driver.rules.map((rule: any) => rule.id);
    expect(run.results).toHaveLength(FINDINGS.length);
    for (const result of run.results) {
      expect(ruleIds).toContain(result.ruleId);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(['none', 'note', 'warning', 'error']).toContain(result.level);
      expect(['notApplicable', 'pass', 'fail', 'review', 'open', 'informational']).toContain(result.kind);
      if (result.kind !== 'fail') {
        expect(result.level).toBe('none');
      }
      expect(typeof result.message.text).toBe('string');
      expect(result.locations.length).toBeGreaterThan(0);
      expect(typeof result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('string');
    }
  });

  test('maps each outcome onto kind, level and suppressions', () => {
    expect(run.results.map((result: any) => `${result.ruleId} ${result.kind} ${result.level}`)).toEqual([
      'D-PASS pass none', 'D-FAIL fail error', 'D-FAIL pass none', 'D-SUPPRESSED fail warning', 'D-NE review none',
    ]);
    expect(run.results[3].suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: 'Accepted for the demo.' }]);
    expect(run.results[1].suppressions).toBeUndefined();
  });
});
