import { ComplianceFinding } from '../finding';
import { FindingStatus, RuleLevel } from '../rule';
import { ResolvedRule } from '../rule-set';

/**
 * The outcome of one rule over the whole app, for report rows.
 */
export interface RuleOutcome {
  readonly id: string;
  readonly pack: string;
  readonly level: RuleLevel;
  readonly title: string;
  readonly check?: string;
  /**
   * Overall status: `fail` when any finding fails, else `not-evaluated` when any is not
   * evaluated, else `suppressed` when any is suppressed, else `pass`.
   */
  readonly status: FindingStatus;
  readonly passed: number;
  readonly failed: number;
  readonly suppressed: number;
  readonly notEvaluated: number;
  /** Whether no object of the app was of a kind the rule reads; the rule then passes trivially. */
  readonly noApplicableObjects: boolean;
}

/**
 * Summarises the findings of each rule, in rule order.
 */
export function outcomesOf(rules: ResolvedRule[], findings: ComplianceFinding[]): RuleOutcome[] {
  const byRule = new Map<string, ComplianceFinding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.ruleId) ?? [];
    list.push(finding);
    byRule.set(finding.ruleId, list);
  }
  return rules.map((rule) => {
    const own = byRule.get(rule.id) ?? [];
    const count = (status: FindingStatus) => own.filter((f) => f.status === status).length;
    const passed = count(FindingStatus.PASS);
    const failed = count(FindingStatus.FAIL);
    const suppressed = count(FindingStatus.SUPPRESSED);
    const notEvaluated = count(FindingStatus.NOT_EVALUATED);
    let status = FindingStatus.PASS;
    if (failed > 0) {
      status = FindingStatus.FAIL;
    } else if (notEvaluated > 0) {
      status = FindingStatus.NOT_EVALUATED;
    } else if (suppressed > 0) {
      status = FindingStatus.SUPPRESSED;
    }
    return {
      id: rule.id,
      pack: rule.pack.name,
      level: rule.level,
      title: rule.check?.title ?? rule.entry.title,
      check: rule.check?.name,
      status,
      passed,
      failed,
      suppressed,
      notEvaluated,
      noApplicableObjects: own.length === 0,
    };
  });
}
