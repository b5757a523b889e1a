import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { CompliancePack } from './compliance-pack';
import { Evaluation, evaluate, formatFinding } from './engine';
import { ComplianceFinding, PackSummary } from './finding';
import { sameJson } from './private/same-json';
import { renderJsonReport } from './report/json-report';
import { renderMarkdownReport } from './report/markdown-report';
import { renderSarifReport } from './report/sarif-report';
import { FindingStatus, ManifestObject, RuleLevel } from './rule';
import { ResolvedRule, resolveRules } from './rule-set';
import { ComplianceSuppression } from './suppression';
import {
  SUPPRESSION_METADATA_TYPE,
  ScopedSuppression,
  applySuppressionsToEvaluation,
  assertValidSuppression,
  collectScopedSuppressions,
  describeSuppression,
} from './suppressions';

/**
 * Formats of the compliance report.
 */
export enum ReportFormat {
  /** `compliance-report.json`: every rule's outcome and every finding. */
  JSON = 'json',
  /** `compliance-report.sarif`: a SARIF 2.1.0 log for code scanning tools. */
  SARIF = 'sarif',
  /** `compliance-report.md`: a table per pack and the findings, for people. */
  MARKDOWN = 'markdown',
}

const REPORT_FILES: Record<ReportFormat, string> = {
  [ReportFormat.JSON]: 'compliance-report.json',
  [ReportFormat.SARIF]: 'compliance-report.sarif',
  [ReportFormat.MARKDOWN]: 'compliance-report.md',
};

const CONSTRUCT_ID = 'ComplianceChecks';

/**
 * The rules of each list of packs, by pack names. Packs do not change once loaded, and a test
 * suite creates many apps with the same packs.
 */
const RESOLVED_RULES = new Map<string, ResolvedRule[]>();

/**
 * Options of the compliance checks.
 */
export interface ComplianceChecksProps {
  /**
   * The packs to run.
   *
   * @default CompliancePack.all()
   */
  readonly packs?: CompliancePack[];
  /**
   * Suppressions that apply to the whole app; narrow them with `objects`. To suppress below one
   * construct, use `Compliance.suppress(scope, ...)`.
   *
   * @default - none
   */
  readonly suppressions?: ComplianceSuppression[];
  /**
   * Folder the reports are written to.
   *
   * @default - the app's `outdir`
   */
  readonly reportDir?: string;
  /**
   * Report formats to write after a successful synth. An empty list writes none.
   *
   * @default [ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.MARKDOWN]
   */
  readonly reportFormats?: ReportFormat[];
}

/**
 * Runs compliance packs over every `ApiObject` of an app when it synthesizes.
 *
 * The checks read each object's rendered JSON, so objects of every chart, JSON patches and
 * escape hatches are checked. An unsuppressed failure of an error-level rule fails `app.synth()`
 * with one message that lists every such finding, before any manifest is written. When synth
 * passes, the reports are written to `reportDir`.
 */
export class ComplianceChecks extends Construct {
  /**
   * Returns the compliance checks of an app, adding them with default options if the app has
   * none.
   */
  public static of(app: App): ComplianceChecks {
    const existing = app.node.tryFindChild(CONSTRUCT_ID);
    if (existing instanceof ComplianceChecks) {
      return existing;
    }
    return new ComplianceChecks(app);
  }

  /** The packs that run, without duplicates. */
  public readonly packs: CompliancePack[];

  private readonly app: App;
  private readonly suppressions: ScopedSuppression[] = [];
  private readonly reportDir: string;
  private readonly reportFormats: ReportFormat[];
  private lastEvaluation?: Evaluation;
  private lastFindings?: ComplianceFinding[];
  private lastSynthInput?: { manifests: ManifestObject[]; suppressions: ScopedSuppression[] };
  private lastSynthMessages: string[] = [];

  /**
   * @param app the app whose objects are checked
   * @param props options
   */
  constructor(app: App, props: ComplianceChecksProps = {}) {
    if (app.node.tryFindChild(CONSTRUCT_ID)) {
      throw new Error('The app already has ComplianceChecks. Use ComplianceChecks.of(app) to reach them, and add suppressions with addSuppression().');
    }
    super(app, CONSTRUCT_ID);

    const packs = props.packs ?? CompliancePack.all();
    const problems: string[] = [];
    if (packs.length === 0) {
      problems.push('packs is an empty list. Leave it out to run every pack, or name at least one CompliancePack.');
    }
    (props.suppressions ?? []).forEach((suppression, index) => {
      try {
        assertValidSuppression(suppression, `suppressions[${index}]`);
      } catch (error) {
        problems.push((error as Error).message);
      }
    });
    if (problems.length > 0) {
      throw new Error(`Invalid ComplianceChecks props at '${this.node.path}':\n  ${problems.join('\n  ')}`);
    }

    this.app = app;
    this.packs = [...new Map(packs.map((pack) => [pack.name, pack])).values()];
    this.suppressions.push(...(props.suppressions ?? []));
    this.reportDir = props.reportDir ?? app.outdir;
    this.reportFormats = props.reportFormats ?? [ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.MARKDOWN];

    this.node.addValidation({ validate: () => this.validateOnSynth() });
  }

  /**
   * Adds an app-wide suppression. The suppression is checked at once; at synth, one that covers
   * no finding is an error.
   */
  public addSuppression(suppression: ComplianceSuppression): void {
    assertValidSuppression(suppression, `added to '${this.node.path}'`);
    this.suppressions.push(suppression);
  }

  /**
   * Findings of the last synth or `evaluate()` call, in a stable order.
   *
   * Reading them before the checks have run throws an error.
   */
  public get findings(): ComplianceFinding[] {
    return [...this.listFindings()];
  }

  /**
   * Runs the packs now and returns the findings, suppressions applied. Writes no report and
   * throws nothing for failing findings.
   */
  public evaluate(): ComplianceFinding[] {
    this.run();
    return this.findings;
  }

  /**
   * Returns the counts of findings per pack, from the last synth or `evaluate()` call.
   */
  public summary(): PackSummary[] {
    const evaluation = this.evaluation();
    const passes = evaluation.passCounts();
    const others = evaluation.nonPassing();
    return this.packs.map((pack) => {
      const own = others.filter((finding) => finding.pack === pack.name);
      const count = (status: FindingStatus) => own.filter((finding) => finding.status === status).length;
      return {
        pack: pack.name,
        rules: pack.ruleIds.length,
        passed: pack.ruleIds.reduce((sum, id) => sum + (passes.get(id) ?? 0), 0),
        failed: count(FindingStatus.FAIL),
        errors: own.filter((finding) => finding.status === FindingStatus.FAIL && finding.level === RuleLevel.ERROR).length,
        suppressed: count(FindingStatus.SUPPRESSED),
        notEvaluated: count(FindingStatus.NOT_EVALUATED),
      };
    });
  }

  private evaluation(): Evaluation {
    if (!this.lastEvaluation) {
      throw new Error('The compliance checks have not run yet. Call app.synth() or checks.evaluate() before reading findings.');
    }
    return this.lastEvaluation;
  }

  /**
   * Lists the findings of the last run, passes included, building them on the first call after
   * the run. The list is the cached one: copy it before handing it out.
   */
  private listFindings(): ComplianceFinding[] {
    if (!this.lastFindings) {
      this.lastFindings = this.evaluation().findings();
    }
    return this.lastFindings;
  }

  private rules(): ResolvedRule[] {
    const key = this.packs.map((pack) => pack.name).join('\n');
    let rules = RESOLVED_RULES.get(key);
    if (!rules) {
      rules = resolveRules(this.packs.map((pack) => pack._pack));
      RESOLVED_RULES.set(key, rules);
    }
    return rules;
  }

  private run(
    manifests: ManifestObject[] = collectManifests(this.app),
    suppressions: ScopedSuppression[] = this.allSuppressions(),
  ): { rules: ResolvedRule[]; evaluation: Evaluation; problems: string[] } {
    const rules = this.rules();
    const known = new Set(rules.map((rule) => rule.id));
    const problems: string[] = [];
    for (const suppression of suppressions) {
      if (!known.has(suppression.ruleId) && !suppression.builtIn) {
        problems.push(`The suppression ${describeSuppression(suppression)} names rule '${suppression.ruleId}', which no enabled pack contains. Correct the id (see RULES.md) or remove the suppression.`);
      }
    }
    const { evaluation, unmatched } = applySuppressionsToEvaluation(evaluate(rules, manifests), suppressions.filter((s) => known.has(s.ruleId)));
    for (const suppression of unmatched.filter((s) => !s.builtIn)) {
      problems.push(`The suppression ${describeSuppression(suppression)} matches no failing or not evaluated finding. Remove it or correct its scope and objects.`);
    }
    this.lastEvaluation = evaluation;
    this.lastFindings = undefined;
    return { rules, evaluation, problems };
  }

  private allSuppressions(): ScopedSuppression[] {
    return [...this.suppressions, ...collectScopedSuppressions(this.app)];
  }

  /**
   * Runs the checks at synth, unless the objects and suppressions are those of the previous call.
   * cdk8s validates the app once in `App.synth()` and again for every chart it renders, so one
   * synth calls this several times with the same objects; the findings and the written reports
   * of the first call stand for the others.
   */
  private validateOnSynth(): string[] {
    const input = { manifests: collectManifests(this.app), suppressions: this.allSuppressions() };
    if (!this.lastSynthInput || !sameJson(input, this.lastSynthInput)) {
      this.lastSynthMessages = this.checkOnSynth(input.manifests, input.suppressions);
      this.lastSynthInput = input;
    }
    return [...this.lastSynthMessages];
  }

  private checkOnSynth(manifests: ManifestObject[], suppressions: ScopedSuppression[]): string[] {
    const { rules, evaluation, problems } = this.run(manifests, suppressions);
    const errors = evaluation.nonPassing((rule) => rule.level === RuleLevel.ERROR)
      .filter((finding) => finding.status === FindingStatus.FAIL);
    const messages: string[] = [...problems];
    if (errors.length > 0) {
      const lines = errors.map((finding) => `  ${formatFinding(finding)}`);
      messages.push(`Compliance checks found ${errors.length} unsuppressed error-level finding(s). Fix each one or suppress it with a reason:\n${lines.join('\n')}`);
    }
    if (messages.length > 0) {
      return messages;
    }
    if (this.reportFormats.length > 0 && this.otherConstructsValid()) {
      this.writeReports(rules, this.listFindings());
    }
    return [];
  }

  /**
   * Runs the validations of every other construct of the app, so that reports are written only
   * when the whole synth passes. Validations are side-effect free by contract, so running them
   * twice is safe.
   */
  private otherConstructsValid(): boolean {
    return this.app.node.findAll().every((construct) => construct === this || construct.node.validate().length === 0);
  }

  private writeReports(rules: ResolvedRule[], findings: ComplianceFinding[]): void {
    if (this.reportFormats.length === 0) {
      return;
    }
    fs.mkdirSync(this.reportDir, { recursive: true });
    for (const format of [...new Set(this.reportFormats)]) {
      const file = path.join(this.reportDir, REPORT_FILES[format]);
      fs.writeFileSync(file, renderReport(format, rules, findings));
    }
  }
}

function renderReport(format: ReportFormat, rules: ResolvedRule[], findings: ComplianceFinding[]): string {
  switch (format) {
    case ReportFormat.JSON:
      return renderJsonReport(rules, findings);
    case ReportFormat.SARIF:
      return renderSarifReport(rules, findings);
    case ReportFormat.MARKDOWN:
      return renderMarkdownReport(rules, findings);
    default:
      throw new Error(`Unknown report format '${format}'. Use one of ${Object.values(ReportFormat).join(', ')}.`);
  }
}

/**
 * Lists every `ApiObject` of the app with its rendered JSON, in construct tree order.
 */
function collectManifests(root: IConstruct): ManifestObject[] {
  return root.node.findAll()
    .filter((construct): construct is ApiObject => ApiObject.isApiObject(construct))
    .map((apiObject) => ({ manifest: apiObject.toJson(), constructPath: apiObject.node.path }));
}

/**
 * Entry points for suppressing compliance findings.
 */
export class Compliance {
  /**
   * Suppresses the findings of one rule on the objects below a construct (the construct itself
   * and all its children), optionally narrowed to some objects.
   *
   * The rule id and reason are checked at once; at synth, a suppression that covers no finding is
   * an error.
   *
   * @param scope the construct whose objects the suppression covers
   * @param suppression rule id, reason and optional objects
   */
  public static suppress(scope: IConstruct, suppression: ComplianceSuppression): void {
    assertValidSuppression(suppression, `on '${scope.node.path}'`);
    scope.node.addMetadata(SUPPRESSION_METADATA_TYPE, {
      ruleId: suppression.ruleId,
      reason: suppression.reason,
      ...(suppression.objects ? { objects: suppression.objects.map((object) => ({ ...object })) } : {}),
    });
  }

  private constructor() {
  }
}
