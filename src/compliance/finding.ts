import { FindingStatus, RuleLevel } from './rule';

/**
 * The outcome of one rule on one object, as reports and `ComplianceChecks.findings` show it.
 *
 * A rule that manifests cannot decide yields one finding without an object, with status
 * `NOT_EVALUATED` and the reason as message.
 */
export interface ComplianceFinding {
  /** Rule id, `<pack prefix>-<control id>`, for example `CIS-5.2.2`. */
  readonly ruleId: string;
  /** Name of the pack that holds the rule, for example `cis-kubernetes`. */
  readonly pack: string;
  /** Level of the rule in its pack. */
  readonly level: RuleLevel;
  /** Outcome. */
  readonly status: FindingStatus;
  /**
   * Kind of the object.
   *
   * @default - no object: the rule is not decidable from manifests
   */
  readonly kind?: string;
  /**
   * Namespace of the object.
   *
   * @default - cluster-scoped, no namespace set, or no object
   */
  readonly namespace?: string;
  /**
   * Name of the object.
   *
   * @default - no object
   */
  readonly name?: string;
  /**
   * Construct path of the `ApiObject`, for example `app/chart/controller/deployment`.
   *
   * @default - no object
   */
  readonly constructPath?: string;
  /**
   * JSON path of the offending field in the rendered manifest.
   *
   * @default - the finding concerns the whole object, or the rule passed
   */
  readonly fieldPath?: string;
  /** What is wrong and what to change; for a pass, the rule's title; for not evaluated, the reason. */
  readonly message: string;
  /**
   * The reason given by the suppression that covers this finding.
   *
   * @default - not suppressed
   */
  readonly suppressionReason?: string;
}

/**
 * Counts of findings for one pack.
 */
export interface PackSummary {
  /** Pack name. */
  readonly pack: string;
  /** Number of rules in the pack. */
  readonly rules: number;
  /** Findings with status pass. */
  readonly passed: number;
  /** Unsuppressed failing findings. */
  readonly failed: number;
  /** Unsuppressed failing findings of level error, which fail synth. */
  readonly errors: number;
  /** Suppressed findings. */
  readonly suppressed: number;
  /** Findings that could not be evaluated. */
  readonly notEvaluated: number;
}
