import { IConstruct } from 'constructs';
import { Evaluation } from './engine';
import { ComplianceFinding } from './finding';
import { FindingStatus } from './rule';
import { ComplianceSuppression } from './suppression';

/** Minimum length of a suppression reason, after trimming. */
export const MIN_REASON_LENGTH = 10;

/** Metadata type under which `Compliance.suppress` stores suppressions on a construct. */
export const SUPPRESSION_METADATA_TYPE = 'cdk8s-cert-manager:compliance-suppression';

/**
 * Metadata type of the suppressions that the library's own constructs ship with. They depend on
 * which packs the user enables and on the props, so one that matches nothing, or names a rule of
 * a pack that is off, is not an error.
 */
export const BUILT_IN_SUPPRESSION_METADATA_TYPE = 'cdk8s-cert-manager:built-in-compliance-suppression';

/**
 * A suppression with the construct scope it was added on.
 */
export interface ScopedSuppression extends ComplianceSuppression {
  /** Construct path of the scope; undefined for app-wide suppressions given as props. */
  readonly scopePath?: string;
  /** Shipped by a library construct rather than written by the user. */
  readonly builtIn?: boolean;
}

/**
 * Lists every problem of a suppression: a missing rule id, a short reason, an empty object filter.
 */
export function suppressionProblems(suppression: ComplianceSuppression, where: string): string[] {
  const problems: string[] = [];
  if (typeof suppression.ruleId !== 'string' || suppression.ruleId.trim() === '') {
    problems.push(`The suppression ${where} has no ruleId. Set ruleId to the id of the rule to suppress, for example 'CIS-5.1.2'.`);
  }
  const reason = typeof suppression.reason === 'string' ? suppression.reason.trim() : '';
  if (reason.length < MIN_REASON_LENGTH) {
    problems.push(`The suppression of '${suppression.ruleId}' ${where} has reason '${reason}' (${reason.length} characters). Give a reason of at least ${MIN_REASON_LENGTH} characters that says why the finding is acceptable.`);
  }
  (suppression.objects ?? []).forEach((object, index) => {
    if (!object.kind && !object.name && !object.namespace && !object.constructPath) {
      problems.push(`The suppression of '${suppression.ruleId}' ${where} has an empty objects[${index}]. Set kind, name, namespace or constructPath, or leave objects out to cover the whole scope.`);
    }
  });
  return problems;
}

/**
 * Throws one error that lists every problem of the suppression.
 */
export function assertValidSuppression(suppression: ComplianceSuppression, where: string): void {
  const problems = suppressionProblems(suppression, where);
  if (problems.length > 0) {
    throw new Error(`Invalid compliance suppression:\n  ${problems.join('\n  ')}`);
  }
}

function isWithin(path: string | undefined, scope: string): boolean {
  if (path === undefined) {
    return false;
  }
  return scope === '' || path === scope || path.startsWith(`${scope}/`);
}

/**
 * Tests whether a suppression covers a finding. Only failing and not-evaluated findings can be
 * suppressed; a finding without an object is covered only by an app-wide suppression without an
 * object filter.
 */
export function covers(suppression: ScopedSuppression, finding: ComplianceFinding): boolean {
  if (suppression.ruleId !== finding.ruleId) {
    return false;
  }
  if (finding.status !== FindingStatus.FAIL && finding.status !== FindingStatus.NOT_EVALUATED) {
    return false;
  }
  if (suppression.scopePath !== undefined && !isWithin(finding.constructPath, suppression.scopePath)) {
    return false;
  }
  const objects = suppression.objects ?? [];
  if (objects.length === 0) {
    return true;
  }
  return objects.some((object) => (object.kind === undefined || object.kind === finding.kind)
    && (object.name === undefined || object.name === finding.name)
    && (object.namespace === undefined || object.namespace === finding.namespace)
    && (object.constructPath === undefined || isWithin(finding.constructPath, object.constructPath)));
}

/**
 * Marks the findings that a suppression covers and returns the suppressions that covered none.
 * When several suppressions cover a finding, the first one's reason is shown.
 */
export function applySuppressions(findings: ComplianceFinding[], suppressions: ScopedSuppression[]): {
  findings: ComplianceFinding[];
  unmatched: ScopedSuppression[];
} {
  const used = new Set<ScopedSuppression>();
  const result = findings.map((finding) => suppressed(finding, suppressions, used));
  return { findings: result, unmatched: suppressions.filter((suppression) => !used.has(suppression)) };
}

/**
 * Marks the findings of an evaluation that a suppression covers, as `applySuppressions` does.
 * Passes are never covered, so only the other findings are visited.
 */
export function applySuppressionsToEvaluation(evaluation: Evaluation, suppressions: ScopedSuppression[]): {
  evaluation: Evaluation;
  unmatched: ScopedSuppression[];
} {
  const used = new Set<ScopedSuppression>();
  const byRule = new Map<string, ScopedSuppression[]>();
  for (const suppression of suppressions) {
    byRule.set(suppression.ruleId, [...(byRule.get(suppression.ruleId) ?? []), suppression]);
  }
  const result = suppressions.length === 0
    ? evaluation
    : evaluation.mapNonPassing((finding) => suppressed(finding, byRule.get(finding.ruleId) ?? [], used), new Set(byRule.keys()));
  return { evaluation: result, unmatched: suppressions.filter((suppression) => !used.has(suppression)) };
}

function suppressed(finding: ComplianceFinding, suppressions: ScopedSuppression[], used: Set<ScopedSuppression>): ComplianceFinding {
  if (suppressions.length === 0) {
    return finding;
  }
  const matching = suppressions.filter((suppression) => covers(suppression, finding));
  matching.forEach((suppression) => used.add(suppression));
  if (matching.length === 0) {
    return finding;
  }
  return { ...finding, status: FindingStatus.SUPPRESSED, suppressionReason: matching[0].reason.trim() };
}

/**
 * Collects the suppressions that `Compliance.suppress` stored on the constructs below a root.
 */
export function collectScopedSuppressions(root: IConstruct): ScopedSuppression[] {
  const result: ScopedSuppression[] = [];
  for (const construct of root.node.findAll()) {
    for (const entry of construct.node.metadata) {
      if (entry.type === SUPPRESSION_METADATA_TYPE) {
        result.push({ ...(entry.data as ComplianceSuppression), scopePath: construct.node.path });
      }
      if (entry.type === BUILT_IN_SUPPRESSION_METADATA_TYPE) {
        result.push({ ...(entry.data as ComplianceSuppression), scopePath: construct.node.path, builtIn: true });
      }
    }
  }
  return result;
}

/**
 * Describes a suppression for error messages.
 */
export function describeSuppression(suppression: ScopedSuppression): string {
  const scope = suppression.scopePath === undefined ? 'given in the suppressions prop' : `added on '${suppression.scopePath || '(app)'}'`;
  const objects = (suppression.objects ?? [])
    .map((o) => [o.kind, o.namespace, o.name, o.constructPath].filter((part) => part !== undefined).join('/'))
    .join(', ');
  return `'${suppression.ruleId}' ${scope}${objects ? ` for ${objects}` : ''}`;
}

/**
 * Adds a suppression that a library construct ships for its own objects. It is checked like a
 * user's, but neither an unknown rule id nor a lack of matches is an error.
 */
export function addBuiltInSuppression(scope: IConstruct, suppression: ComplianceSuppression): void {
  assertValidSuppression(suppression, `built into '${scope.node.path}'`);
  scope.node.addMetadata(BUILT_IN_SUPPRESSION_METADATA_TYPE, {
    ruleId: suppression.ruleId,
    reason: suppression.reason,
    ...(suppression.objects ? { objects: suppression.objects.map((object) => ({ ...object })) } : {}),
  });
}
