/**
 * Wording helpers shared by the values validator and the values checks, so that every message
 * shows paths and values the same way.
 */

/** One step of a values path: a mapping key or a list index. */
export type PathSegment = string | number;

const PLAIN_KEY = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Formats a values path the way a user writes it in a values file: keys joined by dots, list
 * indexes in brackets, and keys that contain dots or other characters in quotes and brackets,
 * for example `podLabels["app.kubernetes.io/name"]`.
 */
export function formatPath(segments: readonly PathSegment[]): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      text += `[${segment}]`;
    } else if (PLAIN_KEY.test(segment)) {
      text += text === '' ? segment : `.${segment}`;
    } else {
      text += `[${JSON.stringify(segment)}]`;
    }
  }
  return text === '' ? '(top level)' : text;
}

/** Joins a dotted path prefix such as `webhook` and a relative path such as `affinity`. */
export function joinPath(prefix: string, path: string): string {
  if (prefix === '') {
    return path;
  }
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

const MAX_VALUE_LENGTH = 80;

/** Formats a received value as compact JSON, cut to a readable length. */
export function formatValue(value: unknown): string {
  if (value === undefined) {
    return 'nothing';
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  if (text.length > MAX_VALUE_LENGTH) {
    text = `${text.slice(0, MAX_VALUE_LENGTH - 3)}...`;
  }
  return text;
}

/** Names the kind of a YAML value with an article: "a string", "a mapping", "null". */
export function describeKind(value: unknown): string {
  if (value === null || value === undefined) {
    return 'null';
  }
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (typeof value === 'object') {
    return 'a mapping';
  }
  if (typeof value === 'number') {
    return 'a number';
  }
  if (typeof value === 'boolean') {
    return 'a boolean';
  }
  if (typeof value === 'string') {
    return 'a string';
  }
  return `a ${typeof value}`;
}

/** Tells whether a value is a YAML mapping, that is a plain object and not a list or null. */
export function isMapping(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}

/** Reads a value at a dotted path of plain keys, or returns undefined when a step is missing. */
export function valueAt(values: Record<string, any>, dottedPath: string): any {
  let current: any = values;
  for (const key of dottedPath.split('.')) {
    if (!isMapping(current)) {
      return undefined;
    }
    current = current[key];
  }
  return current;
}

/** Computes the Levenshtein edit distance between two strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Finds the candidate that a mistyped key most likely meant: the nearest by edit distance
 * (ignoring case) if at most a third of the key's letters differ (two for short keys), else the
 * candidate that shares the longest common prefix of at least four letters, such as
 * `replicaCount` for `replicas`. Returns undefined when no candidate is close.
 */
export function suggestKey(key: string, candidates: readonly string[]): string | undefined {
  const lowerKey = key.toLowerCase();
  const maxDistance = Math.max(2, Math.floor(key.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lowerKey, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= maxDistance) {
    return best;
  }

  let longestPrefix = 0;
  let byPrefix: string | undefined;
  for (const candidate of candidates) {
    const prefix = commonPrefixLength(lowerKey, candidate.toLowerCase());
    if (prefix > longestPrefix) {
      longestPrefix = prefix;
      byPrefix = candidate;
    }
  }
  return longestPrefix >= 4 ? byPrefix : undefined;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) {
    length++;
  }
  return length;
}

/**
 * Tells whether a value counts as true in a Go template `if`: false, 0, the empty string, null,
 * an empty list and an empty mapping are false, everything else is true.
 */
export function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === 'object') {
    return Object.keys(value as object).length > 0;
  }
  return true;
}
