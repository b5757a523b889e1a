import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { podSpecOf, resultOf } from '../manifest-helpers';

// Kubernetes accepts a label value of at most 63 characters that is empty or starts and ends
// with an alphanumeric character, with dashes, underscores and dots between.
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function invalidLabels(labels: unknown, path: string): RuleViolation[] {
  if (!labels || typeof labels !== 'object') return [];
  const violations: RuleViolation[] = [];
  for (const [key, value] of Object.entries(labels as Record<string, unknown>)) {
    if (typeof value !== 'string' || value.length > 63 || !LABEL_VALUE.test(value)) {
      violations.push({
        fieldPath: `${path}["${key}"]`,
        message: `Label "${key}" has the value ${JSON.stringify(value)}, which Kubernetes rejects. Use a string of at most 63 characters that starts and ends with a letter or digit, with only "-", "_" and "." between.`,
      });
    }
  }
  return violations;
}

/** Every label value on the object and on its pod template is one that Kubernetes accepts. */
export const LabelValuesValid: Check = {
  name: 'LabelValuesValid',
  title: 'Label values are valid',
  rationale: 'The API server rejects an object whose label values break the label syntax, so the apply fails.',
  fix: 'Shorten the value to 63 characters or fewer and keep only letters, digits, "-", "_" and "." with a letter or digit at both ends.',
  kinds: [],
  check(object: ManifestObject): RuleResult {
    const violations = invalidLabels(object.manifest.metadata?.labels, 'metadata.labels');
    const pod = podSpecOf(object.manifest);
    if (pod && pod.podMetadataPath !== 'metadata') {
      violations.push(...invalidLabels(pod.podMetadata.labels, `${pod.podMetadataPath}.labels`));
    }
    return resultOf(violations);
  },
};
