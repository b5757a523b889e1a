/**
 * Severity of a rule's failure. Unsuppressed `ERROR` findings fail synth.
 */
export enum RuleLevel {
  ERROR = 'error',
  WARNING = 'warning',
  INFO = 'info',
}

/**
 * Outcome of one rule on one object.
 */
export enum FindingStatus {
  PASS = 'pass',
  FAIL = 'fail',
  SUPPRESSED = 'suppressed',
  /** The rule cannot be decided from manifests, or it threw. Never counts as a pass. */
  NOT_EVALUATED = 'not-evaluated',
}

/**
 * A synthesized Kubernetes object as a rule sees it: the rendered JSON after JSON patches,
 * with the path of the construct that produced it.
 */
export interface ManifestObject {
  /** The rendered manifest. */
  readonly manifest: Record<string, any>;
  /** The construct path of the `ApiObject`, for example `app/chart/cert-manager/controller/deployment`. */
  readonly constructPath: string;
}

/**
 * One problem that a rule found on an object.
 */
export interface RuleViolation {
  /** JSON path of the offending field, for example `spec.template.spec.containers[0].securityContext`. */
  readonly fieldPath: string;
  /** What is wrong and what to change, as one sentence or two. */
  readonly message: string;
}

/**
 * What a rule returns for one object.
 *
 * - `'pass'`: the object meets the rule.
 * - `'not-applicable'`: the rule does not apply to this object (for example a pod rule on a Service).
 * - `{ notEvaluated: reason }`: manifests cannot decide the rule; the reason says why.
 * - a non-empty list of violations: the object fails, once per violation.
 */
export type RuleResult = 'pass' | 'not-applicable' | { notEvaluated: string } | RuleViolation[];

/**
 * A rule over synthesized manifests, with the metadata that reports and `RULES.md` show.
 */
export interface Rule {
  /** Rule id as `<pack>-<control id as the standard writes it>`, for example `CIS-5.2.2`. */
  readonly id: string;
  /** Pack that the rule belongs to, for example `cis-kubernetes`. */
  readonly pack: string;
  /** Level of a failure. */
  readonly level: RuleLevel;
  /** Short statement of the compliant state. */
  readonly title: string;
  /** Why the rule matters. */
  readonly rationale: string;
  /** How to fix a failure. */
  readonly fix: string;
  /** Exact id or section of the source standard, as the standard writes it. */
  readonly standardReference: string;
  /** Kinds the rule reads; other kinds are not applicable. An empty list means every kind. */
  readonly kinds: string[];
  /**
   * Checks one object. `all` holds every object of the app, for rules that relate objects
   * (a NetworkPolicy selecting a Deployment's pods, a PDB and its replicas).
   */
  check(object: ManifestObject, all: ManifestObject[]): RuleResult;
}
