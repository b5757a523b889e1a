import { ComplianceFinding } from './finding';
import { FindingStatus, ManifestObject, RuleResult } from './rule';
import { ResolvedRule } from './rule-set';

/**
 * Runs every rule over every object and returns the findings, unsuppressed and in a stable
 * order: rule order first, then construct path, field path and message.
 *
 * A rule without a check yields one `NOT_EVALUATED` finding with the pack's reason. A check that
 * throws yields a `NOT_EVALUATED` finding for that object with the error text, never a pass.
 */
export function evaluateRules(rules: ResolvedRule[], objects: ManifestObject[]): ComplianceFinding[] {
  const findings: ComplianceFinding[] = [];
  rules.forEach((rule) => {
    if (!rule.check) {
      findings.push({
        ruleId: rule.id,
        pack: rule.pack.name,
        level: rule.level,
        status: FindingStatus.NOT_EVALUATED,
        message: rule.entry.notEvaluatedReason ?? 'The pack maps this id onto no check and gives no reason.',
      });
      return;
    }
    const ruleFindings: ComplianceFinding[] = [];
    for (const object of objects) {
      ruleFindings.push(...evaluateOne(rule, object, objects));
    }
    ruleFindings.sort(compareWithinRule);
    findings.push(...ruleFindings);
  });
  return findings;
}

function evaluateOne(rule: ResolvedRule, object: ManifestObject, all: ManifestObject[]): ComplianceFinding[] {
  const check = rule.check!;
  const manifest = object.manifest;
  if (check.kinds.length > 0 && !check.kinds.includes(manifest.kind)) {
    return [];
  }
  const base = {
    ruleId: rule.id,
    pack: rule.pack.name,
    level: rule.level,
    kind: manifest.kind,
    namespace: manifest.metadata?.namespace,
    name: manifest.metadata?.name,
    constructPath: object.constructPath,
  };
  let result: RuleResult;
  try {
    result = check.check(object, all);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return [{ ...base, status: FindingStatus.NOT_EVALUATED, message: `Check ${check.name} failed with an error: ${text}` }];
  }
  if (result === 'not-applicable') {
    return [];
  }
  if (result === 'pass') {
    return [{ ...base, status: FindingStatus.PASS, message: check.title }];
  }
  if (Array.isArray(result)) {
    if (result.length === 0) {
      return [{ ...base, status: FindingStatus.NOT_EVALUATED, message: `Check ${check.name} returned an empty list of violations, which is not a valid result.` }];
    }
    return result.map((violation) => ({
      ...base,
      status: FindingStatus.FAIL,
      fieldPath: violation.fieldPath,
      message: violation.message,
    }));
  }
  if (result && typeof result === 'object' && typeof result.notEvaluated === 'string') {
    return [{ ...base, status: FindingStatus.NOT_EVALUATED, message: result.notEvaluated }];
  }
  return [{ ...base, status: FindingStatus.NOT_EVALUATED, message: `Check ${check.name} returned an invalid result: ${JSON.stringify(result)}.` }];
}

function compareWithinRule(a: ComplianceFinding, b: ComplianceFinding): number {
  return compareText(a.constructPath, b.constructPath)
    || compareText(a.fieldPath, b.fieldPath)
    || compareText(a.message, b.message)
    || compareText(a.status, b.status);
}

/**
 * Compares two optional strings by code unit, so the order does not depend on the locale.
 */
export function compareText(a: string | undefined, b: string | undefined): number {
  const left = a ?? '';
  const right = b ?? '';
  if (left < right) return -1;
  if (left > right) return 1;
  return 0;
}

/**
 * Formats a finding as one line: `<rule id>: <message> (<kind>/<name>)`.
 */
export function formatFinding(finding: ComplianceFinding): string {
  const object = finding.kind ? ` (${finding.kind}/${finding.name ?? '(unnamed)'})` : '';
  return `${finding.ruleId}: ${finding.message}${object}`;
}
