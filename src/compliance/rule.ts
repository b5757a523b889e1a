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
 * One check over synthesized manifests, written once and cited by many packs.
 *
 * A check lives in `src/compliance/rules/<kind>/<Name>.ts`, named for the compliant state
 * (`ContainerReadOnlyRootFilesystem`). It carries the texts that reports and `RULES.md` show;
 * packs only map their standard's ids onto checks.
 */
export interface Check {
  /** PascalCase name of the compliant state; unique across the library. */
  readonly name: string;
  /** Short statement of the compliant state. */
  readonly title: string;
  /** Why it matters. */
  readonly rationale: string;
  /** How to fix a failure. */
  readonly fix: string;
  /** Kinds the check reads; other kinds are not applicable. An empty list means every kind. */
  readonly kinds: string[];
  /**
   * Checks one object. `all` holds every object of the app, for checks that relate objects
   * (a NetworkPolicy selecting a Deployment's pods, a PDB and its replicas).
   *
   * The result must depend on the arguments alone, and the check must change neither: the
   * engine runs a check once per object for all the packs that cite it.
   */
  check(object: ManifestObject, all: ManifestObject[]): RuleResult;
}

/**
 * One id of a standard, as a pack lists it: either mapped onto a check, or recorded as not
 * decidable from manifests with the reason.
 */
export interface PackEntry {
  /** The standard's id exactly as the standard writes it, for example `5.2.2`. */
  readonly controlId: string;
  /** The standard's title for the id, in our own words. */
  readonly title: string;
  /** Level of a failure in this pack. */
  readonly level: RuleLevel;
  /** The check that decides the id; absent when manifests cannot decide it. */
  readonly check?: Check;
  /** Why manifests cannot decide the id; required when `check` is absent. */
  readonly notEvaluatedReason?: string;
}

/**
 * A rule pack: one standard's ids. Rule ids are `<prefix>-<controlId>`, for example `CIS-5.2.2`.
 */
export interface Pack {
  /** Pack name, for example `cis-kubernetes`. */
  readonly name: string;
  /** Rule id prefix, for example `CIS`. */
  readonly prefix: string;
  /** The standard and its version, for reports. */
  readonly source: string;
  /** The ids. */
  readonly entries: PackEntry[];
}
