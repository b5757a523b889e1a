import { ComplianceFinding } from '../finding';
import { ResolvedRule } from '../rule-set';
import { outcomesOf } from './rule-outcome';

/**
 * Renders the JSON report: every rule with its outcome, then every finding.
 */
export function renderJsonReport(rules: ResolvedRule[], findings: ComplianceFinding[]): string {
  const packs = [...new Map(rules.map((rule) => [rule.pack.name, rule.pack])).values()];
  const report = {
    reportVersion: 1,
    packs: packs.map((pack) => ({ name: pack.name, prefix: pack.prefix, source: pack.source })),
    rules: outcomesOf(rules, findings),
    findings,
  };
  return `${JSON.stringify(report, undefined, 2)}\n`;
}
