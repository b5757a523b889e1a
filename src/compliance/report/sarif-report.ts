import { ComplianceFinding } from '../finding';
import { FindingStatus, RuleLevel } from '../rule';
import { ResolvedRule } from '../rule-set';

/** URI of the SARIF 2.1.0 JSON schema, as the OASIS standard publishes it. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** Name of the tool in SARIF output. */
export const SARIF_TOOL_NAME = 'cdk8s-cert-manager-compliance';

function sarifLevel(level: RuleLevel): string {
  switch (level) {
    case RuleLevel.ERROR:
      return 'error';
    case RuleLevel.WARNING:
      return 'warning';
    default:
      return 'note';
  }
}

/**
 * Maps a finding onto a SARIF result. SARIF requires `level: none` for results whose `kind` is
 * not `fail`, so passes and not evaluated findings carry the rule's level only in `properties`.
 */
function toResult(finding: ComplianceFinding, ruleIndex: number): Record<string, any> {
  const failing = finding.status === FindingStatus.FAIL || finding.status === FindingStatus.SUPPRESSED;
  let kind = 'fail';
  if (finding.status === FindingStatus.PASS) {
    kind = 'pass';
  } else if (finding.status === FindingStatus.NOT_EVALUATED) {
    kind = 'review';
  }
  const logicalLocation: Record<string, any> = finding.constructPath !== undefined
    ? {
      name: finding.name ?? finding.constructPath,
      fullyQualifiedName: finding.constructPath,
      kind: 'resource',
    }
    : { name: 'app', fullyQualifiedName: 'app', kind: 'module' };
  const result: Record<string, any> = {
    ruleId: finding.ruleId,
    ruleIndex,
    kind,
    level: failing ? sarifLevel(finding.level) : 'none',
    message: { text: finding.message },
    locations: [{ logicalLocations: [logicalLocation] }],
    properties: {
      status: finding.status,
      pack: finding.pack,
      ...(finding.kind !== undefined ? { objectKind: finding.kind } : {}),
      ...(finding.namespace !== undefined ? { namespace: finding.namespace } : {}),
      ...(finding.fieldPath !== undefined ? { fieldPath: finding.fieldPath } : {}),
    },
  };
  if (finding.status === FindingStatus.SUPPRESSED) {
    result.suppressions = [{ kind: 'external', status: 'accepted', justification: finding.suppressionReason ?? '' }];
  }
  return result;
}

/**
 * Renders a SARIF 2.1.0 log with one run, on one line: every rule as a reporting descriptor and
 * every finding as a result.
 */
export function renderSarifReport(rules: ResolvedRule[], findings: ComplianceFinding[]): string {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: SARIF_TOOL_NAME,
          informationUri: 'https://cert-manager.io/docs/installation/best-practice/',
          rules: rules.map((rule) => ({
            id: rule.id,
            name: rule.check?.name ?? rule.id.replace(/[^A-Za-z0-9]/g, ''),
            shortDescription: { text: rule.entry.title },
            fullDescription: { text: rule.check ? rule.check.rationale : (rule.entry.notEvaluatedReason ?? rule.entry.title) },
            help: { text: rule.check ? rule.check.fix : 'Review this control by hand. Manifests cannot decide it.' },
            defaultConfiguration: { level: sarifLevel(rule.level) },
            properties: { pack: rule.pack.name, decidable: rule.check !== undefined },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      results: findings.map((finding) => toResult(finding, index.get(finding.ruleId) ?? -1)),
    }],
  };
  // One line, because tools read SARIF: indenting made the default install's log 1.75 times as large.
  return `${JSON.stringify(log)}\n`;
}
