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
  const objectsByKind = groupByKind(objects);
  for (const rule of rules) {
    if (!rule.check) {
      findings.push({
        ruleId: rule.id,
        pack: rule.pack.name,
        level: rule.level,
        status: FindingStatus.NOT_EVALUATED,
        message: rule.entry.notEvaluatedReason ?? 'The pack maps this id onto no check and gives no reason.',
      });
      continue;
    }
    const kinds = rule.check.kinds;
    const candidates = kinds.length === 0 ? objects : [...new Set(kinds)].flatMap((kind) => objectsByKind.get(kind) ?? []);
    const ruleFindings: ComplianceFinding[] = [];
    for (const object of candidates) {
      evaluateOne(rule, object, objects, ruleFindings);
    }
    ruleFindings.sort(compareWithinRule);
    // A loop, not push(...ruleFindings): spreading a list of more than about 100,000 findings
    // exceeds the engine's maximum number of call arguments.
    for (const finding of ruleFindings) {
      findings.push(finding);
    }
  }
  return findings;
}

/**
 * Groups the objects by kind, so that each rule visits only the objects of its kinds. The order
 * of the findings does not change, because each rule's findings are sorted afterwards.
 */
function groupByKind(objects: ManifestObject[]): Map<string, ManifestObject[]> {
  const groups = new Map<string, ManifestObject[]>();
  for (const object of objects) {
    const kind = object.manifest.kind;
    const group = groups.get(kind);
    if (group) {
      group.push(object);
    } else {
      groups.set(kind, [object]);
    }
  }
  return groups;
}

/**
 * Runs one rule on one object and appends its findings to `out`. Findings are built only for
 * results that produce one, because most rules do not apply to most objects.
 */
function evaluateOne(rule: ResolvedRule, object: ManifestObject, all: ManifestObject[], out: ComplianceFinding[]): void {
  const check = rule.check!;
  let result: RuleResult;
  try {
    result = check.check(object, all);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    out.push(objectFinding(rule, object, FindingStatus.NOT_EVALUATED, `Check ${check.name} failed with an error: ${text}`));
    return;
  }
  if (result === 'not-applicable') {
    return;
  }
  if (result === 'pass') {
    out.push(objectFinding(rule, object, FindingStatus.PASS, check.title));
    return;
  }
  if (Array.isArray(result)) {
    if (result.length === 0) {
      out.push(objectFinding(rule, object, FindingStatus.NOT_EVALUATED, `Check ${check.name} returned an empty list of violations, which is not a valid result.`));
      return;
    }
    for (const violation of result) {
      out.push(violationFinding(rule, object, violation.fieldPath, violation.message));
    }
    return;
  }
  if (result && typeof result === 'object' && typeof result.notEvaluated === 'string') {
    out.push(objectFinding(rule, object, FindingStatus.NOT_EVALUATED, result.notEvaluated));
    return;
  }
  out.push(objectFinding(rule, object, FindingStatus.NOT_EVALUATED, `Check ${check.name} returned an invalid result: ${JSON.stringify(result)}.`));
}

function objectFinding(rule: ResolvedRule, object: ManifestObject, status: FindingStatus, message: string): ComplianceFinding {
  const manifest = object.manifest;
  return {
    ruleId: rule.id,
    pack: rule.pack.name,
    level: rule.level,
    kind: manifest.kind,
    namespace: manifest.metadata?.namespace,
    name: manifest.metadata?.name,
    constructPath: object.constructPath,
    status,
    message,
  };
}

function violationFinding(rule: ResolvedRule, object: ManifestObject, fieldPath: string, message: string): ComplianceFinding {
  const manifest = object.manifest;
  return {
    ruleId: rule.id,
    pack: rule.pack.name,
    level: rule.level,
    kind: manifest.kind,
    namespace: manifest.metadata?.namespace,
    name: manifest.metadata?.name,
    constructPath: object.constructPath,
    status: FindingStatus.FAIL,
    fieldPath,
    message,
  };
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
