import { copyJson } from '../private/json-copy';
/**
 * Merges user values onto defaults the way Helm coalesces values files: maps merge key by key,
 * lists and scalars replace, and a `null` removes the default of its key.
 *
 * Neither argument is changed; the result shares no maps or lists with them.
 */
export function mergeValues(defaults: Record<string, any>, overrides: Record<string, any>): Record<string, any> {
  const result: Record<string, any> = {};
  for (const [key, value] of Object.entries(defaults)) {
    result[key] = copy(value);
  }
  mergeInto(result, overrides);
  return result;
}

/**
 * Merges user values into `target` in place, with the rules of {@link mergeValues}. `target` must
 * share no maps or lists with other data, because nested maps are merged in place; values taken
 * from `overrides` are copied. Merging in place copies each default once, where merging level by
 * level would copy a nested default once per level above it.
 */
export function mergeInto(target: Record<string, any>, overrides: Record<string, any>): void {
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) {
      // An unset optional property from a JavaScript caller means "not set", never "remove".
      continue;
    }
    if (value === null) {
      // NOTE: Helm keeps a null for a key that has no default; the schema check reports those.
      if (key in target) {
        delete target[key];
      } else {
        target[key] = null;
      }
      continue;
    }
    const base = target[key];
    if (isMap(base) && isMap(value)) {
      mergeInto(base, value);
    } else {
      target[key] = copy(value);
    }
  }
}

function isMap(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function copy<T>(value: T): T {
  if (value === undefined || value === null || typeof value !== 'object') {
    return value;
  }
  return copyJson(value);
}
