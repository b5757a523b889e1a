import { formatGoValue } from '../extra-objects';

/*
 * Go template printing that the workload templates need beyond `formatGoValue` and `plainScalar`
 * (in the extraObjects renderer): sprig's `quote`, `hasKey` and float formatting.
 */

/**
 * Formats a float64 as `strconv.FormatFloat(f, 'g', -1, 64)` does: the shortest digits that
 * read back to the same number, in exponent form when the exponent is below -4 or at least 6.
 */
export function formatGoFloat(value: number): string {
  if (Number.isNaN(value)) {
    return 'NaN';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? '+Inf' : '-Inf';
  }
  if (value === 0) {
    return Object.is(value, -0) ? '-0' : '0';
  }
  const [mantissa, exponentText] = value.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? '-' : '+';
    const digits = String(Math.abs(exponent)).padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  // In this exponent range JavaScript prints plain decimals with the same shortest digits.
  return String(value);
}

/**
 * Quotes a value as sprig's `quote` does: Go's `%q` of the `%v` text. A null value yields the
 * empty string without quotes, because `quote` skips nil arguments.
 */
export function goQuote(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  return quoteGoString(formatGoValue(value));
}

/** Quotes a string with Go's `strconv.Quote` escapes for quotes, backslashes and control characters. */
export function quoteGoString(text: string): string {
  const named: Record<string, string> = {
    '\x07': '\\a',
    '\b': '\\b',
    '\f': '\\f',
    '\n': '\\n',
    '\r': '\\r',
    '\t': '\\t',
    '\v': '\\v',
    '"': '\\"',
    '\\': '\\\\',
  };
  let result = '"';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (named[char] !== undefined) {
      result += named[char];
    } else if (code < 0x20 || code === 0x7f) {
      result += `\\x${code.toString(16).padStart(2, '0')}`;
    } else {
      result += char;
    }
  }
  return `${result}"`;
}

/** The template function `hasKey`: true when the map contains the key, even with a null value. */
export function hasKey(map: unknown, key: string): boolean {
  return map !== null && typeof map === 'object' && !Array.isArray(map) && key in (map as object);
}
