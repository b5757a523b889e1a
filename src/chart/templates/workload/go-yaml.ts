import { formatGoFloat } from './go-text';
import { copyJson } from '../../../private/json-copy';

/*
 * Helm's `toYaml` as text: `sigs.k8s.io/yaml` marshals the value to JSON and re-emits it with
 * go-yaml v2. The text matters where a template embeds it in a string, as the chart does for the
 * component configuration files in the ConfigMaps.
 *
 * This follows go-yaml v2.4. Map keys come in its natural order, where digit runs compare as
 * numbers. Sequences inside maps stay at the map's indentation. Strings are quoted only when plain
 * text would read as another type or break the syntax, with single quotes before double quotes.
 * Multi-line strings become literal blocks, and plain or single-quoted text folds at spaces past
 * column 80.
 */

/** Marshals a value as Helm's `toYaml` does, without the final newline that `toYaml` trims. */
export function toGoYaml(value: unknown): string {
  const lines: string[] = [];
  emitNode(normalize(value), 0, lines, null);
  return lines.join('\n');
}

/** Applies the JSON round trip: undefined map entries vanish and undefined list items become null. */
function normalize(value: unknown): unknown {
  if (value === undefined) {
    return null;
  }
  return copyJson(value);
}

const BEST_WIDTH = 80;

/**
 * Appends a node. `prefix` is the text already on the current line (`key: ` or `- `), or null
 * when the node starts a new line at `indent`.
 */
function emitNode(value: unknown, indent: number, lines: string[], prefix: string | null): void {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) {
      pushInline(lines, prefix, pad, '[]');
      return;
    }
    if (prefix !== null && !prefix.endsWith('- ')) {
      lines.push(prefix.trimEnd());
      prefix = null;
    }
    value.forEach((item, index) => {
      const itemPrefix = index === 0 && prefix !== null ? `${prefix}- ` : `${pad}- `;
      emitNode(item, indent + 2, lines, itemPrefix);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort(compareGoYamlKeys);
    if (keys.length === 0) {
      pushInline(lines, prefix, pad, '{}');
      return;
    }
    if (prefix !== null && !prefix.endsWith('- ')) {
      lines.push(prefix.trimEnd());
      prefix = null;
    }
    keys.forEach((key, index) => {
      const child = (value as Record<string, unknown>)[key];
      const keyText = `${index === 0 && prefix !== null ? prefix : pad}${formatKey(key)}:`;
      if (isCollection(child) && !isEmptyCollection(child)) {
        // A sequence under a key stays at the key's indentation, a map moves two spaces in.
        const childIndent = Array.isArray(child) ? indent : indent + 2;
        lines.push(keyText);
        emitNode(child, childIndent, lines, null);
      } else {
        emitNode(child, indent + 2, lines, `${keyText} `);
      }
    });
    return;
  }
  emitScalar(value, indent, lines, prefix ?? pad);
}

function pushInline(lines: string[], prefix: string | null, pad: string, text: string): void {
  lines.push(`${prefix ?? pad}${text}`);
}

function isCollection(value: unknown): boolean {
  return value !== null && typeof value === 'object';
}

function isEmptyCollection(value: unknown): boolean {
  return Array.isArray(value) ? value.length === 0 : Object.keys(value as object).length === 0;
}

function emitScalar(value: unknown, indent: number, lines: string[], prefix: string): void {
  if (value === null) {
    lines.push(`${prefix}null`);
  } else if (typeof value === 'boolean') {
    lines.push(`${prefix}${value}`);
  } else if (typeof value === 'number') {
    lines.push(`${prefix}${formatNumber(value)}`);
  } else {
    emitString(String(value), indent, lines, prefix);
  }
}

/** JSON keeps integers below 1e21 as integers; other numbers come back from go-yaml as floats. */
function formatNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) {
    return value.toFixed(0);
  }
  if (Number.isNaN(value)) {
    return '.nan';
  }
  if (!Number.isFinite(value)) {
    return value > 0 ? '+.inf' : '-.inf';
  }
  return formatGoFloat(value);
}

function formatKey(key: string): string {
  const style = chooseStyle(key, true);
  if (style === 'plain') {
    return key;
  }
  return style === 'single' ? singleQuoted(key) : doubleQuoted(key);
}

function emitString(text: string, indent: number, lines: string[], prefix: string): void {
  const style = chooseStyle(text, false);
  if (style === 'literal') {
    emitLiteral(text, indent, lines, prefix);
    return;
  }
  let folded: string[];
  if (style === 'double') {
    folded = doubleQuotedLines(text, prefix.length, indent, true);
  } else {
    const rendered = style === 'single' ? singleQuoted(text) : text;
    folded = foldAtSpaces(rendered, prefix.length, indent, style === 'single');
  }
  lines.push(`${prefix}${folded[0]}`);
  for (const line of folded.slice(1)) {
    lines.push(`${' '.repeat(indent)}${line}`);
  }
}

/**
 * Breaks a scalar at single spaces once the column passes 80, as go-yaml v2 does for plain and
 * single-quoted scalars.
 *
 * Strings with line breaks never reach this function, because they take the literal or the
 * double-quoted style.
 */
function foldAtSpaces(text: string, startColumn: number, indent: number, quoted: boolean): string[] {
  const result: string[] = [];
  let current = '';
  let column = startColumn;
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === ' ') {
      const interior = !quoted || (i !== 1 && i !== text.length - 2);
      if (interior && !previousSpace && column > BEST_WIDTH && text[i + 1] !== ' ') {
        result.push(current);
        current = '';
        column = indent;
      } else {
        current += char;
        column++;
      }
      previousSpace = true;
    } else {
      current += char;
      column++;
      previousSpace = false;
    }
  }
  result.push(current);
  return result;
}

type ScalarStyle = 'plain' | 'single' | 'double' | 'literal';

/**
 * Chooses the style as go-yaml v2 does: a string that would resolve to another type is
 * double-quoted, a multi-line string becomes a literal block, and the emitter's scalar analysis
 * then downgrades plain to single-quoted and single-quoted to double-quoted.
 */
function chooseStyle(text: string, isKey: boolean): ScalarStyle {
  const analysis = analyzeScalar(text);
  let style: ScalarStyle;
  if (!resolvesToString(text)) {
    style = 'double';
  } else if (text.includes('\n')) {
    style = 'literal';
  } else {
    style = 'plain';
  }
  if (style === 'plain' && (!analysis.blockPlainAllowed || text.length === 0)) {
    style = 'single';
  }
  if (style === 'literal' && (!analysis.blockAllowed || isKey)) {
    style = 'double';
  }
  if (style === 'single' && !analysis.singleQuotedAllowed) {
    style = 'double';
  }
  return style;
}

interface ScalarAnalysis {
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
}

function isBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r' || char === '\u0085' || char === '\u2028' || char === '\u2029';
}

function isBlankOrEnd(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\t' || isBreak(char);
}

function isPrintable(char: string): boolean {
  const code = char.codePointAt(0)!;
  return code === 0x0a || (code >= 0x20 && code <= 0x7e) || code === 0x85 ||
    (code >= 0xa0 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd && code !== 0xfeff) ||
    (code >= 0x10000 && code <= 0x10ffff);
}

/** The character features of a scalar that libyaml's `yaml_emitter_analyze_scalar` collects. */
interface ScalarFeatures {
  blockIndicators: boolean;
  specialCharacters: boolean;
  lineBreaks: boolean;
  leadingSpace: boolean;
  leadingBreak: boolean;
  trailingSpace: boolean;
  trailingBreak: boolean;
  /** A space right after a line break. */
  breakSpace: boolean;
  /** A line break right after a space. */
  spaceBreak: boolean;
}

/** Scans a non-empty scalar for indicators, special characters, spaces and line breaks. */
function scanScalar(text: string): ScalarFeatures {
  const chars = Array.from(text);
  const features: ScalarFeatures = {
    blockIndicators: text.startsWith('---') || text.startsWith('...'),
    specialCharacters: false,
    lineBreaks: false,
    leadingSpace: false,
    leadingBreak: false,
    trailingSpace: false,
    trailingBreak: false,
    breakSpace: false,
    spaceBreak: false,
  };
  let previousSpace = false;
  let previousBreak = false;
  let precededByWhitespace = true;
  chars.forEach((char, index) => {
    const first = index === 0;
    const last = index === chars.length - 1;
    const followedByWhitespace = isBlankOrEnd(chars[index + 1]);

    if (first) {
      if ('#,[]{}&*!|>\'"%@`'.includes(char)) {
        features.blockIndicators = true;
      }
      if ((char === '?' || char === ':' || char === '-') && followedByWhitespace) {
        features.blockIndicators = true;
      }
    } else {
      if (char === ':' && followedByWhitespace) {
        features.blockIndicators = true;
      }
      if (char === '#' && precededByWhitespace) {
        features.blockIndicators = true;
      }
    }
    if (!isPrintable(char)) {
      features.specialCharacters = true;
    }

    if (char === ' ') {
      features.leadingSpace ||= first;
      features.trailingSpace ||= last;
      features.breakSpace ||= previousBreak;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(char)) {
      features.lineBreaks = true;
      features.leadingBreak ||= first;
      features.trailingBreak ||= last;
      features.spaceBreak ||= previousSpace;
      previousBreak = true;
      previousSpace = false;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrEnd(char);
  });
  return features;
}

/** Decides which styles libyaml allows for a scalar in block context, as `yaml_emitter_analyze_scalar` does. */
function analyzeScalar(text: string): ScalarAnalysis {
  if (text.length === 0) {
    return { blockPlainAllowed: false, singleQuotedAllowed: true, blockAllowed: false };
  }
  const features = scanScalar(text);
  let blockPlainAllowed = true;
  let singleQuotedAllowed = true;
  let blockAllowed = true;
  if (features.leadingSpace || features.leadingBreak || features.trailingSpace || features.trailingBreak) {
    blockPlainAllowed = false;
  }
  if (features.trailingSpace) {
    blockAllowed = false;
  }
  if (features.breakSpace) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
  }
  if (features.spaceBreak || features.specialCharacters) {
    blockPlainAllowed = false;
    singleQuotedAllowed = false;
    blockAllowed = false;
  }
  if (features.lineBreaks || features.blockIndicators) {
    blockPlainAllowed = false;
  }
  return { blockPlainAllowed, singleQuotedAllowed, blockAllowed };
}

const NON_STRING_WORDS = new Set([
  '', '~', 'null', 'Null', 'NULL',
  'y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE',
  'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE',
  '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF', '.nan', '.NaN', '.NAN',
  '<<',
]);

const GO_INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]*|0[bB][01]+|[1-9][0-9]*)$/;
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]| +)\d{1,2}:\d{1,2}:\d{1,2}(?:\.\d*)?(?:Z|[-+]\d{1,2}(?::\d{2})?)?)?$/;

/**
 * True when go-yaml v2 reads the plain text back as a string: not null, a boolean, a number,
 * a timestamp, the merge key or a base-60 float.
 */
function resolvesToString(text: string): boolean {
  if (NON_STRING_WORDS.has(text)) {
    return false;
  }
  const first = text[0];
  if (/[-+.0-9]/.test(first)) {
    const plain = text.replace(/_/g, '');
    if (GO_INT.test(plain) || YAML_FLOAT.test(plain)) {
      return false;
    }
  }
  return !BASE60_FLOAT.test(text) && !TIMESTAMP.test(text);
}

function singleQuoted(text: string): string {
  return `'${text.replace(/'/g, '\'\'')}'`;
}

const DOUBLE_QUOTED_ESCAPES: Record<string, string> = {
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/** Escapes one character as libyaml does inside double quotes, or returns it unchanged. */
function escapeDoubleQuoted(char: string): string {
  const code = char.codePointAt(0)!;
  if (DOUBLE_QUOTED_ESCAPES[char] !== undefined) {
    return DOUBLE_QUOTED_ESCAPES[char];
  }
  if (isPrintable(char) && code !== 0xfeff) {
    return char;
  }
  if (code <= 0xff) {
    return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  if (code <= 0xffff) {
    return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  }
  return `\\U${code.toString(16).toUpperCase().padStart(8, '0')}`;
}

/** Writes double-quoted text on one line, as go-yaml writes map keys. */
function doubleQuoted(text: string): string {
  return doubleQuotedLines(text, 0, 0, false).join('');
}

/**
 * Writes double-quoted text with libyaml's escapes. With `allowBreaks`, a single space past
 * column 80 becomes a line break at `indent`, and a backslash keeps a following space.
 */
function doubleQuotedLines(text: string, startColumn: number, indent: number, allowBreaks: boolean): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let current = '"';
  let column = startColumn + 1;
  let previousSpace = false;
  chars.forEach((char, index) => {
    const interior = index !== 0 && index !== chars.length - 1;
    if (char === ' ' && allowBreaks && !previousSpace && column > BEST_WIDTH && interior) {
      lines.push(current);
      current = chars[index + 1] === ' ' ? '\\' : '';
      column = indent + current.length;
      previousSpace = true;
      return;
    }
    const written = char === ' ' ? char : escapeDoubleQuoted(char);
    current += written;
    column += written.length;
    previousSpace = char === ' ';
  });
  lines.push(`${current}"`);
  return lines;
}

/** Writes a literal block (`|`, `|-` or `|+`) with its lines two spaces in from `indent`. */
function emitLiteral(text: string, indent: number, lines: string[], prefix: string): void {
  let chomping = '';
  if (!text.endsWith('\n')) {
    chomping = '-';
  } else if (text.endsWith('\n\n') || text === '\n') {
    chomping = '+';
  }
  const indentHint = text.startsWith(' ') || isBreak(text[0]) ? '2' : '';
  lines.push(`${prefix}|${indentHint}${chomping}`);
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  const pad = ' '.repeat(indent);
  for (const line of body.split('\n')) {
    lines.push(line === '' ? '' : `${pad}${line}`);
  }
}

/**
 * Orders map keys as go-yaml v2's `keyList.Less`: runs of digits compare by value, and where a
 * letter meets another character the letter sorts first only right after a digit.
 */
export function compareGoYamlKeys(a: string, b: string): number {
  if (a === b) {
    return 0;
  }
  return goYamlKeyLess(a, b) ? -1 : 1;
}

function isLetter(char: string): boolean {
  return /\p{L}/u.test(char);
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && /\p{Nd}/u.test(char);
}

function goYamlKeyLess(a: string, b: string): boolean {
  const ar = Array.from(a);
  const br = Array.from(b);
  let digits = false;
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) {
      digits = isDigit(ar[i]);
      continue;
    }
    const al = isLetter(ar[i]);
    const bl = isLetter(br[i]);
    if (al && bl) {
      return ar[i] < br[i];
    }
    if (al || bl) {
      return digits ? al : bl;
    }
    let an = 0;
    let bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    let ai = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) {
      an = an * 10 + Number(ar[ai]);
    }
    let bi = i;
    for (; bi < br.length && isDigit(br[bi]); bi++) {
      bn = bn * 10 + Number(br[bi]);
    }
    if (an !== bn) {
      return an < bn;
    }
    if (ai !== bi) {
      return ai < bi;
    }
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}
