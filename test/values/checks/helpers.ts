import { checkValues, ValuesFinding } from '../../../src/values/checks';
import { chartDefaults } from '../../../src/values/defaults';
import { mergeValues } from '../../../src/values/merge';

/** Release of the fixtures: `helm template cert-manager CHART -n cert-manager`. */
export const RELEASE = { releaseName: 'cert-manager', namespace: 'cert-manager', version: 'v1.21.1' };

/** Merges user values onto the chart defaults and runs every check. */
export function findingsFor(userValues: Record<string, any>, release = RELEASE): ValuesFinding[] {
  return checkValues(mergeValues(chartDefaults(), userValues), release);
}

/** Findings of one level. */
export function ofLevel(findings: ValuesFinding[], level: 'error' | 'warning'): ValuesFinding[] {
  return findings.filter((finding) => finding.level === level);
}
