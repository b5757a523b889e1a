/**
 * Objects that a suppression is narrowed to. Every field that is set must match.
 */
export interface SuppressedObject {
  /**
   * Kind of the object, for example `ClusterRole`.
   *
   * @default - any kind
   */
  readonly kind?: string;
  /**
   * Name of the object.
   *
   * @default - any name
   */
  readonly name?: string;
  /**
   * Namespace of the object.
   *
   * @default - any namespace
   */
  readonly namespace?: string;
  /**
   * Construct path of the object or of one of its parents; the suppression covers that construct
   * and its children.
   *
   * @default - any construct path
   */
  readonly constructPath?: string;
}

/**
 * A decision to accept the failures of one rule, with the reason.
 */
export interface ComplianceSuppression {
  /** Rule id, for example `CIS-5.1.2`. */
  readonly ruleId: string;
  /** Why the failures are acceptable; at least ten characters. */
  readonly reason: string;
  /**
   * Objects the suppression is narrowed to; a finding is covered when it matches any of them.
   *
   * @default - every object of the scope
   */
  readonly objects?: SuppressedObject[];
}
