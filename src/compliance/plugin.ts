import * as path from 'path';
import { CompliancePack } from './compliance-pack';
import { evaluateRules } from './engine';
import { ComplianceFinding } from './finding';
import { FindingStatus, ManifestObject, RuleLevel } from './rule';
import { resolveRules } from './rule-set';
import { ComplianceSuppression } from './suppression';
import { applySuppressions, assertValidSuppression, describeSuppression } from './suppressions';

/**
 * Options of the cdk8s CLI validation plugin, as `properties` of its entry in `cdk8s.yaml`.
 */
export interface ComplianceValidationProps {
  /**
   * Names of the packs to run, for example `cis-kubernetes`.
   *
   * @default - every pack (`CompliancePack.all()`)
   */
  readonly packs?: string[];
  /**
   * Suppressions; in the CLI there are no constructs, so narrow them with `objects` by kind,
   * namespace and name.
   *
   * @default - none
   */
  readonly suppressions?: ComplianceSuppression[];
}

/**
 * A cdk8s CLI validation plugin that runs the compliance packs over the synthesized manifests.
 *
 * Reference it from `cdk8s.yaml` with the path of this package and the class name:
 *
 * ```yaml
 * validations:
 *   - package: ./node_modules/cdk8s-cert-manager
 *     class: ComplianceValidation
 *     version: 0.0.0
 *     properties:
 *       packs: [pss-restricted, cis-kubernetes]
 * ```
 *
 * Every unsuppressed failure becomes a violation of the CLI's report. The report fails when one of
 * them has level error, or when a suppression is invalid or covers nothing.
 */
export class ComplianceValidation {
  private readonly packs: CompliancePack[];
  private readonly suppressions: ComplianceSuppression[];

  /**
   * @param props options from the `properties` of the validation entry
   */
  constructor(props: ComplianceValidationProps = {}) {
    const available = CompliancePack.all();
    const names = props.packs ?? available.map((pack) => pack.name);
    const unknown = names.filter((name) => !available.some((pack) => pack.name === name));
    if (unknown.length > 0) {
      throw new Error(`Unknown compliance pack(s) in properties.packs: ${unknown.join(', ')}. Use names from ${available.map((pack) => pack.name).join(', ')}.`);
    }
    this.packs = available.filter((pack) => names.includes(pack.name));
    this.suppressions = props.suppressions ?? [];
    this.suppressions.forEach((suppression, index) => assertValidSuppression(suppression, `properties.suppressions[${index}]`));
  }

  /**
   * Runs the packs over the manifests of the validation context and submits the report.
   *
   * @param context the `ValidationContext` that cdk8s-cli passes
   */
  public async validate(context: any): Promise<void> {
    const objects: ManifestObject[] = [];
    const sources = new Map<string, string>();
    for (const manifestPath of context.manifests as string[]) {
      for (const manifest of context.parseManifest(manifestPath) as any[]) {
        if (!manifest || typeof manifest !== 'object') {
          continue;
        }
        const name = manifest.metadata?.name;
        const constructPath = context.metadata?.[name]?.path ?? `${path.basename(manifestPath)}/${manifest.kind}/${name}`;
        sources.set(constructPath, manifestPath);
        objects.push({ manifest, constructPath });
      }
    }

    const rules = resolveRules(this.packs.map((pack) => pack._pack));
    const known = new Set(rules.map((rule) => rule.id));
    const problems = this.suppressions
      .filter((suppression) => !known.has(suppression.ruleId))
      .map((suppression) => `The suppression ${describeSuppression(suppression)} names rule '${suppression.ruleId}', which no enabled pack contains.`);
    const { findings, unmatched } = applySuppressions(evaluateRules(rules, objects), this.suppressions.filter((s) => known.has(s.ruleId)));
    problems.push(...unmatched.map((suppression) => `The suppression ${describeSuppression(suppression)} matches no failing or not evaluated finding.`));

    const failing = findings.filter((finding) => finding.status === FindingStatus.FAIL);
    const byRule = new Map<string, ComplianceFinding[]>();
    for (const finding of failing) {
      byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
    }
    for (const rule of rules) {
      const ruleFindings = byRule.get(rule.id);
      if (!ruleFindings) {
        continue;
      }
      context.report.addViolation({
        ruleName: `${rule.id} (${rule.level})`,
        recommendation: rule.check?.title ?? rule.entry.title,
        fix: rule.check?.fix ?? '',
        violatingResources: ruleFindings.map((finding) => ({
          resourceName: finding.name ?? '',
          locations: [`${finding.fieldPath ?? ''}: ${finding.message}`],
          manifestPath: sources.get(finding.constructPath ?? '') ?? '',
        })),
      });
    }
    for (const problem of problems) {
      context.report.addViolation({ ruleName: 'suppression', recommendation: problem, fix: 'Correct or remove the suppression.', violatingResources: [] });
    }

    const errors = failing.filter((finding) => finding.level === RuleLevel.ERROR).length;
    const count = (status: FindingStatus) => String(findings.filter((finding) => finding.status === status).length);
    context.report.submit(errors > 0 || problems.length > 0 ? 'failure' : 'success', {
      packs: this.packs.map((pack) => pack.name).join(', '),
      passed: count(FindingStatus.PASS),
      failed: count(FindingStatus.FAIL),
      errors: String(errors),
      suppressed: count(FindingStatus.SUPPRESSED),
      notEvaluated: count(FindingStatus.NOT_EVALUATED),
    });
  }
}
