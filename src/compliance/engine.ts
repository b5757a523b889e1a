import { ComplianceFinding } from './finding';
import { withRunCaches } from './private/run-cache';
import { Check, FindingStatus, ManifestObject, RuleResult } from './rule';
import { ResolvedRule } from './rule-set';

/** Outcome codes of one rule on one candidate object; 0, the initial value, is not applicable. */
const PASSED = 1;
const OTHER = 2;

/**
 * The outcome of one rule over the app: a code per candidate object, and the findings other than
 * passes. Pass findings are built only when the findings are listed, and the other findings of a
 * rule only when something reads them.
 */
interface RuleOutcomes {
  readonly rule: ResolvedRule;
  /** The objects of the rule's kinds, ordered by construct path. */
  readonly candidates: readonly ManifestObject[];
  /** 0 (not applicable), `PASSED` or `OTHER` for each candidate. */
  readonly codes: Uint8Array;
  /** Returns the findings of each candidate coded `OTHER`, in candidate order, each list ordered. */
  readonly others: () => ReadonlyArray<readonly ComplianceFinding[]>;
  /** The finding of a rule without a check. */
  readonly unchecked?: ComplianceFinding;
  readonly passed: number;
}

/**
 * The result of running rules over objects. It keeps each check's results and counts the passes,
 * so that a large app pays for pass findings only when its findings are listed. A rule's failing
 * and not evaluated findings are built when they are first read.
 */
export class Evaluation {
  private readonly outcomes: RuleOutcomes[];
  private readonly duplicatePaths: boolean;

  /** @internal */
  constructor(outcomes: RuleOutcomes[], duplicatePaths: boolean) {
    this.outcomes = outcomes;
    this.duplicatePaths = duplicatePaths;
  }

  /**
   * Lists the findings other than passes, in the order of `findings()`, of every rule or of the
   * rules that `include` accepts.
   */
  public nonPassing(include?: (rule: ResolvedRule) => boolean): ComplianceFinding[] {
    const result: ComplianceFinding[] = [];
    for (const outcome of this.outcomes) {
      if (include && !include(outcome.rule)) {
        continue;
      }
      if (outcome.unchecked) {
        result.push(outcome.unchecked);
        continue;
      }
      for (const list of outcome.others()) {
        for (const finding of list) {
          result.push(finding);
        }
      }
    }
    return result;
  }

  /** Number of pass findings of each rule, by rule id. */
  public passCounts(): Map<string, number> {
    return new Map(this.outcomes.map((outcome) => [outcome.rule.id, outcome.passed]));
  }

  /**
   * Returns a copy in which `replace` has mapped every finding other than a pass, of every rule
   * or of the rules in `ruleIds`. It keeps the order, so it serves to mark suppressed findings.
   */
  public mapNonPassing(replace: (finding: ComplianceFinding) => ComplianceFinding, ruleIds?: ReadonlySet<string>): Evaluation {
    return new Evaluation(this.outcomes.map((outcome) => {
      if (ruleIds && !ruleIds.has(outcome.rule.id)) {
        return outcome;
      }
      if (outcome.unchecked) {
        return { ...outcome, unchecked: replace(outcome.unchecked) };
      }
      const replaced = outcome.others().map((list) => list.map(replace));
      return { ...outcome, others: () => replaced };
    }), this.duplicatePaths);
  }

  /**
   * Lists every finding, passes included: rule order first, then construct path, field path,
   * message and status.
   */
  public findings(): ComplianceFinding[] {
    const findings: ComplianceFinding[] = [];
    for (const outcome of this.outcomes) {
      if (outcome.unchecked) {
        findings.push(outcome.unchecked);
        continue;
      }
      const start = findings.length;
      const { rule, candidates, codes } = outcome;
      const otherLists = outcome.others();
      let next = 0;
      const title = rule.check!.title;
      for (let position = 0; position < candidates.length; position++) {
        const code = codes[position];
        if (code === PASSED) {
          findings.push(objectFinding(rule, candidates[position], FindingStatus.PASS, title));
        } else if (code === OTHER) {
          for (const finding of otherLists[next++]) {
            findings.push(finding);
          }
        }
      }
      if (this.duplicatePaths) {
        // Objects that share a construct path (manifests read from files can) interleave by
        // field path and message, as a sort of the whole rule orders them.
        const own = findings.splice(start).sort(compareWithinRule);
        for (const finding of own) {
          findings.push(finding);
        }
      }
    }
    return findings;
  }
}

/**
 * Runs every rule over every object and returns the findings, unsuppressed and in a stable
 * order: rule order first, then construct path, field path and message.
 *
 * A rule without a check yields one `NOT_EVALUATED` finding with the pack's reason. A check that
 * throws yields a `NOT_EVALUATED` finding for that object with the error text, never a pass.
 */
export function evaluateRules(rules: ResolvedRule[], objects: ManifestObject[]): ComplianceFinding[] {
  return evaluate(rules, objects).findings();
}

/**
 * Runs every rule over every object. A check that several packs cite runs once per object, and
 * its result is used for each of those rules, so checks must be pure functions of their
 * arguments.
 */
export function evaluate(rules: ResolvedRule[], objects: ManifestObject[]): Evaluation {
  return withRunCaches(() => evaluateWithCaches(rules, objects));
}

function evaluateWithCaches(rules: ResolvedRule[], objects: ManifestObject[]): Evaluation {
  const ordered = orderByPath(objects);
  const candidatesOf = candidateLists(ordered);
  const resultsOf = new Map<Check, CheckResults>();
  const outcomes: RuleOutcomes[] = [];
  for (const rule of rules) {
    const check = rule.check;
    if (!check) {
      outcomes.push({
        rule,
        candidates: [],
        codes: new Uint8Array(0),
        others: () => [],
        passed: 0,
        unchecked: {
          ruleId: rule.id,
          pack: rule.pack.name,
          level: rule.level,
          status: FindingStatus.NOT_EVALUATED,
          message: rule.entry.notEvaluatedReason ?? 'The pack maps this id onto no check and gives no reason.',
        },
      });
      continue;
    }
    const candidates = candidatesOf(check.kinds);
    let results = resultsOf.get(check);
    if (!results) {
      results = runCheckOnAll(check, candidates, objects);
      resultsOf.set(check, results);
    }
    outcomes.push(outcomesOfRule(rule, candidates, results));
  }
  return new Evaluation(outcomes, hasDuplicatePaths(ordered));
}

function runCheck(check: Check, object: ManifestObject, all: ManifestObject[]): RuleResult | Error {
  try {
    return check.check(object, all);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/**
 * The results of one check on the candidate objects of its kinds, shared by every rule that cites
 * the check.
 */
interface CheckResults {
  /** 0 (not applicable), `PASSED` or `OTHER` for each candidate. */
  readonly codes: Uint8Array;
  readonly passed: number;
  /** Positions of the candidates coded `OTHER`, in increasing order. */
  readonly otherPositions: number[];
  /** The result of the candidate at the same index of `otherPositions`. */
  readonly otherResults: Array<RuleResult | Error>;
}

function runCheckOnAll(check: Check, candidates: readonly ManifestObject[], all: ManifestObject[]): CheckResults {
  const codes = new Uint8Array(candidates.length);
  const otherPositions: number[] = [];
  const otherResults: Array<RuleResult | Error> = [];
  let passed = 0;
  for (let position = 0; position < candidates.length; position++) {
    const result = runCheck(check, candidates[position], all);
    if (result === 'not-applicable') {
      continue;
    }
    if (result === 'pass') {
      codes[position] = PASSED;
      passed++;
      continue;
    }
    codes[position] = OTHER;
    otherPositions.push(position);
    otherResults.push(result);
  }
  return { codes, passed, otherPositions, otherResults };
}

/**
 * Prepares a rule's outcome from its check's results. The findings of results other than a pass
 * or not applicable are built on the first read, because synth reads only those of error-level
 * rules and suppressed rules.
 */
function outcomesOfRule(rule: ResolvedRule, candidates: readonly ManifestObject[], results: CheckResults): RuleOutcomes {
  const check = rule.check!;
  const { otherPositions, otherResults } = results;
  let built: ComplianceFinding[][] | undefined;
  const others = () => {
    if (!built) {
      built = new Array(otherPositions.length);
      for (let i = 0; i < otherPositions.length; i++) {
        built[i] = otherFindings(rule, check, candidates[otherPositions[i]], otherResults[i]);
      }
    }
    return built;
  };
  return { rule, candidates, codes: results.codes, others, passed: results.passed };
}

function otherFindings(rule: ResolvedRule, check: Check, object: ManifestObject, result: RuleResult | Error): ComplianceFinding[] {
  if (result instanceof Error) {
    return [objectFinding(rule, object, FindingStatus.NOT_EVALUATED, `Check ${check.name} failed with an error: ${result.message}`)];
  }
  if (Array.isArray(result)) {
    if (result.length === 0) {
      return [objectFinding(rule, object, FindingStatus.NOT_EVALUATED, `Check ${check.name} returned an empty list of violations, which is not a valid result.`)];
    }
    return result.map((violation) => violationFinding(rule, object, violation.fieldPath, violation.message)).sort(compareWithinRule);
  }
  if (result && typeof result === 'object' && typeof (result as { notEvaluated?: unknown }).notEvaluated === 'string') {
    return [objectFinding(rule, object, FindingStatus.NOT_EVALUATED, (result as { notEvaluated: string }).notEvaluated)];
  }
  return [objectFinding(rule, object, FindingStatus.NOT_EVALUATED, `Check ${check.name} returned an invalid result: ${JSON.stringify(result)}.`)];
}

/**
 * Orders the objects by construct path, keeping list order among equal paths.
 */
function orderByPath(objects: ManifestObject[]): ManifestObject[] {
  return objects
    .map((object, position) => ({ object, position }))
    .sort((a, b) => compareText(a.object.constructPath, b.object.constructPath) || a.position - b.position)
    .map((entry) => entry.object);
}

function hasDuplicatePaths(ordered: ManifestObject[]): boolean {
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i].constructPath === ordered[i - 1].constructPath) {
      return true;
    }
  }
  return false;
}

/**
 * Returns a function that lists the objects of some kinds in path order, every object for no
 * kinds. Many checks read the same kinds, so each list is built once.
 */
function candidateLists(ordered: ManifestObject[]): (kinds: readonly string[]) => readonly ManifestObject[] {
  const byKinds = new Map<readonly string[], readonly ManifestObject[]>();
  const byKey = new Map<string, readonly ManifestObject[]>();
  const kindOf = ordered.map((object) => object.manifest.kind);
  return (kinds) => {
    if (kinds.length === 0) {
      return ordered;
    }
    // Each check passes the same list of kinds on every call, so the list itself is the first key.
    let list = byKinds.get(kinds);
    if (!list) {
      const kindSet = new Set(kinds);
      const key = [...kindSet].sort().join('\n');
      list = byKey.get(key);
      if (!list) {
        list = ordered.filter((_object, position) => kindSet.has(kindOf[position]));
        byKey.set(key, list);
      }
      byKinds.set(kinds, list);
    }
    return list;
  };
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
