/**
 * Returns a deep copy of JSON data, equal to `JSON.parse(JSON.stringify(value))`, without the
 * round trip through a string. Maps drop keys whose value is undefined, a function or a symbol;
 * lists turn those into null. Anything that is not a string, a finite number, a boolean, null, a
 * plain object or a list (a Date, NaN, a class instance) is copied through JSON, so it comes out
 * as JSON would give it.
 */
export function copyJson<T>(value: T): T {
  return copyValue(value) as T;
}

function copyValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'number') {
    // JSON writes -0 as 0, and NaN and the infinities as null.
    return Number.isFinite(value) ? value + 0 : null;
  }
  if (Array.isArray(value)) {
    const result = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      result[i] = omitted(item) ? null : copyValue(item);
    }
    return result;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !('toJSON' in (value as object))) {
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(value as object)) {
      const item = (value as Record<string, unknown>)[key];
      if (omitted(item)) {
        continue;
      }
      if (key === '__proto__') {
        // An assignment would set the prototype, where JSON.parse creates an own property.
        Object.defineProperty(result, key, { value: copyValue(item), enumerable: true, writable: true, configurable: true });
      } else {
        result[key] = copyValue(item);
      }
    }
    return result;
  }
  if (omitted(value)) {
    return undefined;
  }
  return JSON.parse(JSON.stringify(value));
}

/** True for the values that JSON leaves out of a map. */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
