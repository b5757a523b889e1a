import { formatFinding } from '../engine';
import { ComplianceFinding } from '../finding';
import { FindingStatus } from '../rule';
import { ResolvedRule } from '../rule-set';
import { outcomesOf } from './rule-outcome';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Renders the Markdown report: per pack, a table of every rule with its outcome, then the
 * failing, suppressed and not evaluated findings.
 */
export function renderMarkdownReport(rules: ResolvedRule[], findings: ComplianceFinding[]): string {
  const outcomes = outcomesOf(rules, findings);
  const lines: string[] = ['# Compliance report', ''];
  const packs = [...new Map(rules.map((rule) => [rule.pack.name, rule.pack])).values()];
  for (const pack of packs) {
    lines.push(`## ${pack.name}: ${pack.source}`, '');
    lines.push('| Rule | Level | Status | Pass | Fail | Suppressed | Not evaluated | Title |');
    lines.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const outcome of outcomes.filter((o) => o.pack === pack.name)) {
      const status = outcome.noApplicableObjects ? `${outcome.status} (no applicable objects)` : outcome.status;
      lines.push(`| ${outcome.id} | ${outcome.level} | ${status} | ${outcome.passed} | ${outcome.failed} | ${outcome.suppressed} | ${outcome.notEvaluated} | ${cell(outcome.title)} |`);
    }
    lines.push('');
    const sections: [FindingStatus, string][] = [
      [FindingStatus.FAIL, 'Failures'],
      [FindingStatus.SUPPRESSED, 'Suppressed findings'],
      [FindingStatus.NOT_EVALUATED, 'Not evaluated'],
    ];
    for (const [status, heading] of sections) {
      const selected = findings.filter((f) => f.pack === pack.name && f.status === status);
      if (selected.length === 0) {
        continue;
      }
      lines.push(`### ${heading}`, '');
      for (const finding of selected) {
        const where = finding.constructPath ? ` at \`${finding.constructPath}\`${finding.fieldPath ? `, \`${finding.fieldPath}\`` : ''}` : '';
        const reason = finding.suppressionReason ? ` Suppressed: ${finding.suppressionReason}` : '';
        const line = `${cell(formatFinding(finding))}${where}`;
        lines.push(`- ${line}${line.endsWith('.') ? '' : '.'}${reason}`);
      }
      lines.push('');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
