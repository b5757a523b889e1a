import { Check, ManifestObject, RuleResult, RuleViolation } from '../rule';

/**
 * Builds a check that holds when every one of the given checks holds. For each object it runs
 * the checks whose kinds include the object's kind and merges their results: any violation
 * fails, else any not evaluated result makes it not evaluated, else any pass passes, else the
 * combined check does not apply.
 */
export function allOf(props: { name: string; title: string; rationale: string; fix: string; checks: Check[] }): Check {
  const everyKind = props.checks.some((check) => check.kinds.length === 0);
  const kinds = everyKind ? [] : [...new Set(props.checks.flatMap((check) => check.kinds))];
  return {
    name: props.name,
    title: props.title,
    rationale: props.rationale,
    fix: props.fix,
    kinds,
    check: (object: ManifestObject, all: ManifestObject[]): RuleResult => {
      const violations: RuleViolation[] = [];
      const notEvaluated: string[] = [];
      let passed = false;
      for (const check of props.checks) {
        if (check.kinds.length > 0 && !check.kinds.includes(object.manifest.kind)) {
          continue;
        }
        const result = check.check(object, all);
        if (result === 'pass') {
          passed = true;
        } else if (Array.isArray(result)) {
          violations.push(...result);
        } else if (result !== 'not-applicable') {
          notEvaluated.push(result.notEvaluated);
        }
      }
      if (violations.length > 0) {
        return violations;
      }
      if (notEvaluated.length > 0) {
        return { notEvaluated: notEvaluated.join(' ') };
      }
      return passed ? 'pass' : 'not-applicable';
    },
  };
}
