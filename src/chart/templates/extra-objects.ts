import type * as YAML from 'yaml';
import { yaml } from '../../private/yaml';
import { CHART_NAME, ChartContext, Manifest, truthy } from '../context';

/**
 * YAML options that resolve plain scalars as YAML 1.1, like the decoder that Helm and Kubernetes
 * use (`sigs.k8s.io/yaml`): `on` is true and `0444` is octal. Timestamps stay strings, as they do
 * when that decoder fills an untyped map.
 */
const YAML_1_1: YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions & YAML.ToStringOptions = {
  version: '1.1',
  customTags: (tags) => tags.filter((tag) => typeof tag === 'string' || tag.tag !== 'tag:yaml.org,2002:timestamp'),
};

/**
 * Formats a value the way Go's `text/template` prints `{{ value }}` in a Helm chart.
 *
 * Helm reads values files into float64 numbers, so a number prints as Go's `%v` of a float64:
 * `1000000` becomes `1e+06`. A missing value prints as an empty string, because Helm removes
 * `<no value>` from the output.
 */
export function formatGoValue(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'number') {
    return formatGoFloat(value);
  }
  if (typeof value === 'string') {
    return value;
  }
  if (typeof value === 'boolean') {
    return value ? 'true' : 'false';
  }
  if (Array.isArray(value)) {
    return `[${value.map(formatGoValueNested).join(' ')}]`;
  }
  if (typeof value === 'object') {
    const entries = Object.keys(value as object).sort().map((key) => `${key}:${formatGoValueNested((value as any)[key])}`);
    return `map[${entries.join(' ')}]`;
  }
  return String(value);
}

/** Go prints nil inside a list or map as `<nil>`, unlike a top-level nil. */
function formatGoValueNested(value: unknown): string {
  return value === null || value === undefined ? '<nil>' : formatGoValue(value);
}

/** Go's `strconv.FormatFloat(n, 'g', -1, 64)`: shortest digits, exponent form from 1e+06 up. */
function formatGoFloat(n: number): string {
  if (Number.isNaN(n)) {
    return 'NaN';
  }
  if (!Number.isFinite(n)) {
    return n > 0 ? '+Inf' : '-Inf';
  }
  if (n === 0) {
    return Object.is(n, -0) ? '-0' : '0';
  }
  const [mantissa, exponentText] = n.toExponential().split('e');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 6) {
    const sign = exponent < 0 ? '-' : '+';
    const digits = String(Math.abs(exponent)).padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  return n.toFixed(Math.max(0, mantissa.replace(/^-?\d\.?/, '').length - exponent));
}

/**
 * Plain scalars that YAML 1.1 resolves to strings without parsing: a letter, then letters, digits,
 * `_`, `.` or `-`. Numbers, timestamps, `.inf` and `~` start with another character; the words
 * that YAML 1.1 reads as booleans or null are looked up below. The renderers pass values such as
 * `IfNotPresent`, `kube-system` and `10250` here for every install, and the parser is far slower.
 */
const PLAIN_STRING = /^[A-Za-z][A-Za-z0-9_.-]*$/;

/** Decimal integers without sign or leading zero (a leading zero means octal in YAML 1.1), up to 15 digits. */
const PLAIN_INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;

/** Exponents without a mantissa, such as `e10`, which the `yaml` package's 1.1 float pattern reads as NaN. */
const EXPONENT_ONLY = /^[eE]-?[0-9]+$/;

/** Words that YAML 1.1 reads as a boolean or null (the `yaml` package's 1.1 schema), with their values. */
const YAML_1_1_WORDS = new Map<string, boolean | null>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((word): [string, boolean] => [word, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((word): [string, boolean] => [word, false]),
  ...['null', 'Null', 'NULL'].map((word): [string, null] => [word, null]),
]);

/**
 * Returns the value that `key: {{ value }}` yields once Helm's output is parsed as YAML: the chart
 * prints the value unquoted, so the YAML parser types it again (`"true"` becomes a boolean, an
 * empty value becomes null).
 *
 * @param value the chart value
 * @param valuePath the value's dotted path, for the error message
 */
export function plainScalar(value: unknown, valuePath: string): any {
  const text = formatGoValue(value);
  if (PLAIN_STRING.test(text) && !EXPONENT_ONLY.test(text)) {
    return YAML_1_1_WORDS.has(text) ? YAML_1_1_WORDS.get(text) : text;
  }
  if (PLAIN_INTEGER.test(text)) {
    return Number(text);
  }
  try {
    return yaml().parse(text, YAML_1_1);
  } catch (error) {
    throw new Error(`${valuePath} is ${JSON.stringify(value)}, which the chart prints unquoted and which is then not valid YAML ` +
      `(${(error as Error).message.split('\n')[0]}). Set ${valuePath} to a plain value without YAML syntax.`);
  }
}

/**
 * Renders `extras-objects.yaml`: each `extraObjects` item is a string that Helm runs through `tpl`
 * with the chart's context and then parses as one or more YAML documents.
 *
 * @throws when `extraObjects` is not a list, when an item is not a string, when an item uses
 *   template syntax outside the supported subset (see {@link renderTemplate}), or when a document
 *   is not a Kubernetes object
 */
export function renderExtraObjects(ctx: ChartContext): Manifest[] {
  const items = ctx.values.extraObjects;
  if (items === null || items === undefined) {
    return [];
  }
  if (!Array.isArray(items)) {
    throw new Error(`extraObjects must be a list of strings, but it is ${describeType(items)}: ${JSON.stringify(items)}. ` +
      'Write each object as a list item holding a YAML string, for example "extraObjects: [ |\\n  apiVersion: v1\\n  kind: ConfigMap ... ]".');
  }
  const objects: Manifest[] = [];
  items.forEach((item, index) => {
    const where = `extraObjects[${index}]`;
    if (typeof item !== 'string') {
      throw new Error(`${where} must be a string, because the chart renders it with tpl, but it is ${describeType(item)}: ` +
        `${JSON.stringify(item)}. Write the object as a YAML block string ("- |" followed by the indented manifest).`);
    }
    const text = renderTemplate(item, ctx, where);
    objects.push(...parseManifests(text, where));
  });
  return objects;
}

function describeType(value: unknown): string {
  if (Array.isArray(value)) {
    return 'a list';
  }
  if (value === null) {
    return 'null';
  }
  return typeof value === 'object' ? 'a map' : `a ${typeof value}`;
}

/** Splits rendered text into YAML documents and checks that each is a Kubernetes object. */
function parseManifests(text: string, where: string): Manifest[] {
  const manifests: Manifest[] = [];
  for (const document of yaml().parseAllDocuments(text, YAML_1_1)) {
    if (document.errors.length > 0) {
      throw new Error(`${where} is not valid YAML after templating: ${document.errors[0].message.split('\n')[0]}. ` +
        `The rendered text was:\n${text}`);
    }
    const object = document.toJS();
    if (object === null || object === undefined) {
      continue;
    }
    if (typeof object !== 'object' || Array.isArray(object)) {
      throw new Error(`${where} renders a YAML document that is ${describeType(object)}, not a Kubernetes object. ` +
        'Each document must be a map with apiVersion, kind and metadata.');
    }
    // NOTE: helm template prints such a document without an error, and only the API server rejects it at install.
    if (typeof object.apiVersion !== 'string' || typeof object.kind !== 'string' || typeof object.metadata?.name !== 'string') {
      throw new Error(`${where} renders an object without a string apiVersion, kind or metadata.name: ${JSON.stringify(object)}. ` +
        'Add the missing fields to the manifest.');
    }
    manifests.push(object as Manifest);
  }
  return manifests;
}

/** The functions that {@link renderTemplate} supports, for error messages. */
const SUPPORTED_FUNCTIONS = [
  'quote', 'squote', 'default', 'upper', 'lower', 'trim', 'trimSuffix', 'trimPrefix', 'trunc', 'replace',
  'toYaml', 'toJson', 'indent', 'nindent', 'printf', 'b64enc', 'required',
];

const SUPPORTED_SUMMARY = 'Supported are text, comments, field references from the root (.Values.x, .Release.Name, ' +
  '.Release.Namespace, .Chart.Name, $.Values.x), string, number and boolean literals, "include" and "template" of the ' +
  `chart's name, namespace and label helpers with "." as argument, and pipelines of the functions ${SUPPORTED_FUNCTIONS.join(', ')}.`;

/**
 * Renders one `extraObjects` item as Helm's `tpl` does, for a subset of Go template syntax.
 *
 * The subset covers text, comments, field references from the root such as `{{ .Values.a.b }}`,
 * literals, `include` and `template` of the chart's name, namespace and label helpers, and
 * pipelines of common Sprig functions. Whitespace trimming (`{{-`, `-}}`) works as in Go.
 *
 * @throws an error that names `where` for control structures (`if`, `range`, `with`), variables,
 *   parenthesised expressions and any other construct outside that subset, rather than print
 *   template text
 */
export function renderTemplate(text: string, ctx: ChartContext, where: string): string {
  const engine = new TemplateEngine(ctx, where);
  let output = '';
  let position = 0;
  let trimNextText = false;
  while (position < text.length) {
    const open = text.indexOf('{{', position);
    let literal = open === -1 ? text.slice(position) : text.slice(position, open);
    if (trimNextText) {
      literal = literal.replace(/^[ \t\r\n]+/, '');
    }
    if (open === -1) {
      output += literal;
      break;
    }
    const trimLeft = /^\{\{-[ \t\r\n]/.test(text.slice(open, open + 4));
    if (trimLeft) {
      literal = literal.replace(/[ \t\r\n]+$/, '');
    }
    output += literal;
    const bodyStart = open + (trimLeft ? 3 : 2);
    const close = findActionEnd(text, bodyStart, where);
    const trimRight = /[ \t\r\n]-$/.test(text.slice(bodyStart, close));
    const body = text.slice(bodyStart, trimRight ? close - 2 : close);
    output += engine.evaluateAction(body.trim());
    trimNextText = trimRight;
    position = close + 2;
  }
  // Helm removes the "<no value>" that Go prints for missing map keys, wherever it occurs.
  return output.replace(/<no value>/g, '');
}

/** Finds the `}}` that closes an action, skipping string literals and comments. */
function findActionEnd(text: string, start: number, where: string): number {
  if (/^\s*\/\*/.test(text.slice(start))) {
    const commentEnd = text.indexOf('*/', start);
    const closing = commentEnd === -1 ? null : /^(\s+-)?\}\}/.exec(text.slice(commentEnd + 2));
    if (commentEnd === -1 || !closing) {
      throw new Error(`${where} has a template comment "{{/*" without a closing "*/}}". Close the comment or remove it.`);
    }
    return commentEnd + 2 + closing[0].length - 2;
  }
  let i = start;
  while (i < text.length) {
    const char = text[i];
    if (char === '"' || char === '`' || char === '\'') {
      const endQuote = char === '"' || char === '\'' ? findQuoteEnd(text, i, char) : text.indexOf('`', i + 1);
      if (endQuote === -1) {
        break;
      }
      i = endQuote + 1;
      continue;
    }
    if (text.startsWith('}}', i)) {
      return i;
    }
    i++;
  }
  throw new Error(`${where} has a template action "{{" without a closing "}}" near ${JSON.stringify(text.slice(start - 2, start + 40))}. ` +
    'Close the action, or write {{ "{{" }} to print the braces literally.');
}

function findQuoteEnd(text: string, start: number, quote: string): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') {
      i++;
    } else if (text[i] === quote) {
      return i;
    } else if (text[i] === '\n') {
      return -1;
    }
  }
  return -1;
}

type Token =
  | { kind: 'literal'; value: unknown; text: string }
  | { kind: 'field'; path: string[]; text: string }
  | { kind: 'identifier'; text: string }
  | { kind: 'pipe'; text: string };

/** Evaluates the actions of one template against the chart context. */
class TemplateEngine {
  private readonly root: Record<string, any>;

  constructor(private readonly ctx: ChartContext, private readonly where: string) {
    this.root = {
      Values: ctx.values,
      Release: {
        Name: ctx.releaseName,
        Namespace: ctx.releaseNamespace,
        Service: 'Helm',
        IsInstall: true,
        IsUpgrade: false,
        Revision: 1,
      },
      Chart: {
        Name: CHART_NAME,
        Version: ctx.chartVersion,
        AppVersion: ctx.appVersion,
      },
    };
  }

  /** Evaluates the body of one `{{ }}` action and returns its printed text. */
  public evaluateAction(body: string): string {
    if (body.startsWith('/*')) {
      return '';
    }
    const tokens = this.tokenize(body);
    if (tokens.length === 0) {
      throw this.unsupported(body, 'an empty action');
    }
    const first = tokens[0];
    if (first.kind === 'identifier' && ['if', 'else', 'end', 'range', 'with', 'define', 'block', 'break', 'continue'].includes(first.text)) {
      throw this.unsupported(body, `the "${first.text}" control structure`);
    }
    if (first.kind === 'identifier' && first.text === 'template') {
      if (tokens.some((token) => token.kind === 'pipe')) {
        throw this.unsupported(body, 'a pipeline after "template" (use "include" to pipe a helper\'s output)');
      }
      return formatGoValue(this.callNamedTemplate(tokens.slice(1), body));
    }
    const commands: Token[][] = [[]];
    for (const token of tokens) {
      if (token.kind === 'pipe') {
        commands.push([]);
      } else {
        commands[commands.length - 1].push(token);
      }
    }
    let value: unknown;
    commands.forEach((command, index) => {
      if (command.length === 0) {
        throw this.unsupported(body, 'an empty pipeline stage');
      }
      value = this.evaluateCommand(command, body, index === 0 ? [] : [value]);
    });
    return formatGoValue(value);
  }

  private evaluateCommand(command: Token[], body: string, piped: unknown[]): unknown {
    const [head, ...rest] = command;
    if (head.kind !== 'identifier') {
      if (rest.length > 0 || piped.length > 0) {
        throw this.unsupported(body, `arguments after the non-function "${head.text}"`);
      }
      return this.evaluateTerm(head, body);
    }
    if (head.text === 'include') {
      return this.callNamedTemplate([...rest, ...piped.map((value) => ({ kind: 'literal' as const, value, text: '<piped>' }))], body);
    }
    const args = [...rest.map((token) => this.evaluateTerm(token, body)), ...piped];
    return this.callFunction(head.text, args, body);
  }

  private evaluateTerm(token: Token, body: string): unknown {
    switch (token.kind) {
      case 'literal':
        return token.value;
      case 'field':
        return this.lookup(token.path, token.text);
      default:
        throw this.unsupported(body, `"${token.text}" as an argument (functions cannot be nested without parentheses)`);
    }
  }

  private lookup(path: string[], text: string): unknown {
    let current: any = this.root;
    for (let i = 0; i < path.length; i++) {
      const key = path[i];
      if (i === 0 && !Object.hasOwn(this.root, key)) {
        throw new Error(`${this.where} references ${text}, but only .Values, .Release and .Chart are supported. ` +
          'Write the value into the manifest or take it from .Values.');
      }
      if (current === null || current === undefined) {
        throw new Error(`${this.where} references ${text}, but .${path.slice(0, i).join('.')} is not set, so Helm fails with ` +
          `"nil pointer evaluating interface {}.${key}". Set the value or remove the reference.`);
      }
      if (typeof current !== 'object' || Array.isArray(current)) {
        throw new Error(`${this.where} references ${text}, but .${path.slice(0, i).join('.')} is ${describeType(current)}, ` +
          `which has no field ${key}. Correct the path.`);
      }
      if ((i === 1 && (path[0] === 'Release' || path[0] === 'Chart')) && !Object.hasOwn(current, key)) {
        throw new Error(`${this.where} references ${text}, which this renderer does not support. ` +
          `Supported fields of .${path[0]} are ${Object.keys(current).join(', ')}.`);
      }
      // Own keys only, so that names such as `constructor` read as missing map keys.
      current = Object.hasOwn(current, key) ? current[key] : undefined;
    }
    return current;
  }

  private callNamedTemplate(args: Token[], body: string): string {
    const [nameToken, dataToken, ...extra] = args;
    if (!nameToken || nameToken.kind !== 'literal' || typeof nameToken.value !== 'string') {
      throw this.unsupported(body, 'include or template without a quoted template name');
    }
    const isRoot = dataToken && ((dataToken.kind === 'field' && dataToken.path.length === 0));
    if (!isRoot || extra.length > 0) {
      throw this.unsupported(body, `include "${nameToken.value}" with an argument other than "." or "$"`);
    }
    const helper = Object.hasOwn(NAMED_TEMPLATES, nameToken.value) ? NAMED_TEMPLATES[nameToken.value] : undefined;
    if (!helper) {
      throw new Error(`${this.where} includes the named template "${nameToken.value}", which this renderer does not support. ` +
        `Supported names are ${Object.keys(NAMED_TEMPLATES).join(', ')}. Write the text into the manifest instead.`);
    }
    return helper(this.ctx);
  }

  private callFunction(name: string, args: unknown[], body: string): unknown {
    const requireArgs = (count: number) => {
      if (args.length !== count) {
        throw new Error(`${this.where}: function "${name}" in {{ ${body} }} takes ${count} arguments but received ${args.length}. ` +
          'Check the pipeline: a piped value becomes the last argument.');
      }
    };
    const text = (value: unknown) => formatGoValue(value);
    switch (name) {
      case 'quote':
        return args.filter((arg) => arg !== null && arg !== undefined).map((arg) => JSON.stringify(text(arg))).join(' ');
      case 'squote':
        return args.filter((arg) => arg !== null && arg !== undefined).map((arg) => `'${text(arg)}'`).join(' ');
      case 'default':
        requireArgs(2);
        return truthy(args[1]) ? args[1] : args[0];
      case 'required':
        requireArgs(2);
        if (args[1] === null || args[1] === undefined || args[1] === '') {
          throw new Error(`${this.where}: ${text(args[0])}`);
        }
        return args[1];
      case 'upper':
        requireArgs(1);
        return text(args[0]).toUpperCase();
      case 'lower':
        requireArgs(1);
        return text(args[0]).toLowerCase();
      case 'trim':
        requireArgs(1);
        return text(args[0]).trim();
      case 'trimSuffix':
        requireArgs(2);
        return text(args[1]).endsWith(text(args[0])) && text(args[0]) ? text(args[1]).slice(0, -text(args[0]).length) : text(args[1]);
      case 'trimPrefix':
        requireArgs(2);
        return text(args[1]).startsWith(text(args[0])) ? text(args[1]).slice(text(args[0]).length) : text(args[1]);
      case 'trunc':
        requireArgs(2);
        return truncate(text(args[1]), Number(args[0]));
      case 'replace':
        requireArgs(3);
        return text(args[2]).split(text(args[0])).join(text(args[1]));
      case 'toYaml':
        requireArgs(1);
        return args[0] === null || args[0] === undefined ? 'null' : yaml().stringify(args[0], YAML_1_1).replace(/\n$/, '');
      case 'toJson':
        requireArgs(1);
        return JSON.stringify(args[0] ?? null);
      case 'indent':
        requireArgs(2);
        return indent(text(args[1]), Number(args[0]));
      case 'nindent':
        requireArgs(2);
        return `\n${indent(text(args[1]), Number(args[0]))}`;
      case 'b64enc':
        requireArgs(1);
        return Buffer.from(text(args[0]), 'utf8').toString('base64');
      case 'printf':
        if (args.length === 0) {
          requireArgs(1);
        }
        return this.printf(text(args[0]), args.slice(1), body);
      default:
        throw new Error(`${this.where} calls the function "${name}" in {{ ${body} }}, which this renderer does not support. ` +
          `${SUPPORTED_SUMMARY} Write the result into the manifest instead.`);
    }
  }

  private printf(format: string, args: unknown[], body: string): string {
    let next = 0;
    return format.replace(/%([%svdq])/g, (_match, verb: string) => {
      if (verb === '%') {
        return '%';
      }
      if (next >= args.length) {
        return `%!${verb}(MISSING)`;
      }
      const arg = args[next++];
      if (verb === 'q') {
        return JSON.stringify(formatGoValue(arg));
      }
      if (verb === 'd' && typeof arg !== 'number') {
        throw this.unsupported(body, `printf %d with the non-number ${JSON.stringify(arg)}`);
      }
      return formatGoValue(arg);
    });
  }

  private tokenize(body: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    while (i < body.length) {
      const rest = body.slice(i);
      const space = /^\s+/.exec(rest);
      if (space) {
        i += space[0].length;
        continue;
      }
      const char = body[i];
      if (char === '|') {
        tokens.push({ kind: 'pipe', text: '|' });
        i++;
        continue;
      }
      if (char === '"') {
        const end = findQuoteEnd(body, i, '"');
        const literal = body.slice(i, end + 1);
        tokens.push({ kind: 'literal', value: this.parseStringLiteral(literal, body), text: literal });
        i = end + 1;
        continue;
      }
      if (char === '`') {
        const end = body.indexOf('`', i + 1);
        tokens.push({ kind: 'literal', value: body.slice(i + 1, end), text: body.slice(i, end + 1) });
        i = end + 1;
        continue;
      }
      const field = /^(\$|\.)((?:\.?[A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?/.exec(rest);
      if (field) {
        const chain = field[2] ?? '';
        if (field[1] === '$' && chain !== '' && !chain.startsWith('.')) {
          throw this.unsupported(body, 'template variables');
        }
        if (field[1] === '.' && chain.startsWith('.')) {
          throw this.unsupported(body, `the expression "${field[0]}"`);
        }
        tokens.push({ kind: 'field', path: chain.split('.').filter((part) => part !== ''), text: field[0] });
        i += field[0].length;
        continue;
      }
      const number = /^[-+]?(0x[0-9a-fA-F]+|\d+(\.\d*)?([eE][-+]?\d+)?)(?![A-Za-z0-9_.])/.exec(rest);
      if (number) {
        tokens.push({ kind: 'literal', value: Number(number[0]), text: number[0] });
        i += number[0].length;
        continue;
      }
      const identifier = /^[A-Za-z_][A-Za-z0-9_]*(?![.A-Za-z0-9_])/.exec(rest);
      if (identifier) {
        const word = identifier[0];
        if (word === 'true' || word === 'false') {
          tokens.push({ kind: 'literal', value: word === 'true', text: word });
        } else if (word === 'nil') {
          tokens.push({ kind: 'literal', value: null, text: word });
        } else {
          tokens.push({ kind: 'identifier', text: word });
        }
        i += word.length;
        continue;
      }
      if (char === '(' || char === ')') {
        throw this.unsupported(body, 'parenthesised expressions');
      }
      if (rest.startsWith(':=') || char === '=') {
        throw this.unsupported(body, 'variable assignments');
      }
      throw this.unsupported(body, `the character ${JSON.stringify(char)}`);
    }
    return tokens;
  }

  private parseStringLiteral(literal: string, body: string): string {
    try {
      return JSON.parse(literal.replace(/\\'/g, '\''));
    } catch {
      throw this.unsupported(body, `the string literal ${literal} (only JSON-compatible escapes are supported)`);
    }
  }

  private unsupported(body: string, construct: string): Error {
    return new Error(`${this.where} uses ${construct} in {{ ${body} }}, which this renderer does not support. ` +
      `${SUPPORTED_SUMMARY} Write the result into the manifest instead, or create the object outside the chart values.`);
  }
}

function truncate(text: string, length: number): string {
  if (length < 0) {
    return text.length + length > 0 ? text.slice(text.length + length) : text;
  }
  return text.slice(0, length);
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text.split('\n').map((line) => pad + line).join('\n');
}

/** Renders a label map as the chart's helpers print it: one `key: value` line per label. */
function labelLines(labels: Record<string, unknown>): string {
  return yaml().stringify(labels, YAML_1_1).replace(/\n$/, '');
}

/** The `_helpers.tpl` templates that `include` and `template` can call from `extraObjects`. */
const NAMED_TEMPLATES: Record<string, (ctx: ChartContext) => string> = {
  'cert-manager.name': (ctx) => ctx.name,
  'cert-manager.fullname': (ctx) => ctx.fullname,
  'cert-manager.namespace': (ctx) => ctx.namespace,
  'cert-manager.serviceAccountName': (ctx) => ctx.serviceAccountName('controller'),
  'webhook.name': () => 'webhook',
  'webhook.fullname': (ctx) => ctx.webhookFullname,
  'webhook.caRef': (ctx) => ctx.webhookCaRef,
  'webhook.serviceAccountName': (ctx) => ctx.serviceAccountName('webhook'),
  'cainjector.name': () => 'cainjector',
  'cainjector.fullname': (ctx) => ctx.cainjectorFullname,
  'cainjector.serviceAccountName': (ctx) => ctx.serviceAccountName('cainjector'),
  'startupapicheck.name': () => 'startupapicheck',
  'startupapicheck.fullname': (ctx) => ctx.startupapicheckFullname,
  'startupapicheck.serviceAccountName': (ctx) => ctx.serviceAccountName('startupapicheck'),
  'chartName': (ctx) => ctx.chartLabel,
  'labels': (ctx) => labelLines(ctx.commonLabels()),
  'cert-manager.crd-labels': (ctx) => labelLines(ctx.crdLabels()),
};
