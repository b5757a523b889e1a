import { Check, PackEntry, RuleLevel } from '../rule';

/**
 * Builds a pack entry that a check decides.
 */
export function decided(controlId: string, title: string, level: RuleLevel, check: Check): PackEntry {
  return { controlId, title, level, check };
}

/**
 * Builds a pack entry that manifests cannot decide; it reports "not evaluated" with the reason.
 */
export function undecidable(controlId: string, title: string, level: RuleLevel, reason: string): PackEntry {
  return { controlId, title, level, notEvaluatedReason: reason };
}
