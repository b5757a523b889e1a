import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';
import { podSpecOf, resultOf } from '../manifest-helpers';

/** Options of a required-labels check. */
export interface RequiredLabelsOptions {
  /** Unique check name, naming the compliant state. */
  readonly name: string;
  readonly title: string;
  readonly rationale: string;
  /** Label keys that must be present with a non-empty value. */
  readonly keys: string[];
  /** Kinds to check; an empty list means every kind. */
  readonly kinds: string[];
  /** Check the object's own `metadata.labels`. */
  readonly onObject: boolean;
  /** Check the labels of the pods (the Pod's own, or the pod template's). */
  readonly onPods: boolean;
}

/** Builds a check that requires label keys on objects, on their pods, or both. */
export function requiredLabels(options: RequiredLabelsOptions): Check {
  const keyList = options.keys.map((key) => `"${key}"`).join(', ');
  return {
    name: options.name,
    title: options.title,
    rationale: options.rationale,
    fix: `Add the labels ${keyList} with non-empty values.`,
    kinds: options.kinds,
    check(object: ManifestObject): RuleResult {
      const places: Array<{ labels: Record<string, unknown>; path: string }> = [];
      if (options.onObject) places.push({ labels: object.manifest.metadata?.labels ?? {}, path: 'metadata.labels' });
      if (options.onPods) {
        const pod = podSpecOf(object.manifest);
        if (pod && pod.podMetadataPath !== 'metadata') places.push({ labels: pod.podMetadata.labels ?? {}, path: `${pod.podMetadataPath}.labels` });
        if (!pod && !options.onObject) return 'not-applicable';
      }
      const violations: RuleViolation[] = [];
      for (const place of places) {
        const missing = options.keys.filter((key) => typeof place.labels[key] !== 'string' || place.labels[key] === '');
        if (missing.length > 0) {
          violations.push({
            fieldPath: place.path,
            message: `Labels ${missing.map((key) => `"${key}"`).join(', ')} are missing from ${place.path}. Add them with non-empty values.`,
          });
        }
      }
      return resultOf(violations);
    },
  };
}
