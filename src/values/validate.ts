import { chartDefaults } from './defaults';
import { describeKind, formatPath, formatValue, isMapping, isTruthy, PathSegment, suggestKey, valueAt } from './describe';
import { LEAF_TYPES, LEAVES_WITHOUT_DEFAULT, LeafType, OPEN_MAPPINGS } from './leaves';
import { mergeValues } from './merge';

/** One reason why a set of Helm values is invalid. */
export interface ValuesProblem {
  /** Values path as the user writes it, for example `webhook.replicaCount` or `extraObjects[0]`. */
  readonly path: string;
  /** Description of the problem, with the value received and the fix, in full sentences. */
  readonly message: string;
}

/**
 * Error for Helm values that the cert-manager chart v1.21.1 rejects. The message lists every
 * problem, one per line, and `problems` carries them as data.
 */
export class InvalidValuesError extends Error {
  public readonly problems: readonly ValuesProblem[];

  constructor(problems: readonly ValuesProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((problem) => `- ${problem.message}`);
    super(`The Helm values for the cert-manager chart v1.21.1 are invalid (${count}):\n${lines.join('\n')}`);
    this.name = 'InvalidValuesError';
    this.problems = problems;
  }
}

/**
 * Validates user Helm values, before they are merged onto the chart defaults, against what the
 * cert-manager chart v1.21.1 rejects. That is its values schema (unknown keys, wrong types, null
 * for a key without a default) and the template errors that depend on values alone.
 *
 * @throws InvalidValuesError listing every problem, when there is at least one.
 */
export function validateValues(values: unknown): void {
  const problems = findValuesProblems(values);
  if (problems.length > 0) {
    throw new InvalidValuesError(problems);
  }
}

/** Lists every problem that {@link validateValues} would report, in document order. */
export function findValuesProblems(values: unknown): ValuesProblem[] {
  if (!isMapping(values)) {
    return [{
      path: formatPath([]),
      message: `The Helm values must be a mapping of keys to values, but received ${describeKind(values)} (${formatValue(values)}). `
        + 'Pass an object such as `{ webhook: { replicaCount: 3 } }`.',
    }];
  }
  const problems: ValuesProblem[] = [];
  checkMapping(values, [], '', problems);
  checkTemplateErrors(values, problems);
  return problems;
}

/** Keys of each structured mapping of the chart's values, by dotted path ('' for the top level). */
const CHILD_KEYS: ReadonlyMap<string, readonly string[]> = buildChildKeys();

function buildChildKeys(): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const leaf of Object.keys(LEAF_TYPES)) {
    const keys = leaf.split('.');
    for (let depth = 0; depth < keys.length; depth++) {
      const parent = keys.slice(0, depth).join('.');
      const siblings = children.get(parent) ?? [];
      if (!siblings.includes(keys[depth])) {
        siblings.push(keys[depth]);
      }
      children.set(parent, siblings);
    }
  }
  return children;
}

function checkMapping(mapping: Record<string, any>, segments: PathSegment[], schemaPath: string, problems: ValuesProblem[]): void {
  for (const [key, value] of Object.entries(mapping)) {
    if (value === undefined) {
      // A JavaScript caller's undefined means "not set", and YAML cannot produce it.
      continue;
    }
    const childSegments = [...segments, key];
    const childSchemaPath = schemaPath === '' ? key : `${schemaPath}.${key}`;
    const isKnown = !key.includes('.') && (childSchemaPath in LEAF_TYPES || CHILD_KEYS.has(childSchemaPath));

    if (!isKnown) {
      if (!OPEN_MAPPINGS.has(schemaPath)) {
        problems.push(unknownKeyProblem(key, value, childSegments, schemaPath));
      }
      continue;
    }

    if (childSchemaPath in LEAF_TYPES) {
      checkLeaf(value, childSegments, childSchemaPath, problems);
    } else if (value === null) {
      const path = formatPath(childSegments);
      problems.push({
        path,
        message: `\`${path}\` is null. Helm then drops every chart default under \`${path}\`, and the chart's templates fail on the missing keys. `
          + `Remove \`${path}\`, or set only the keys under it that you want to change.`,
      });
    } else if (!isMapping(value)) {
      const path = formatPath(childSegments);
      problems.push({
        path,
        message: `\`${path}\` must be a mapping of settings, but received ${describeKind(value)} (${formatValue(value)}). `
          + `Write the settings as keys under \`${path}\`, for example \`${path}.${CHILD_KEYS.get(childSchemaPath)![0]}\`.`,
      });
    } else {
      checkMapping(value, childSegments, childSchemaPath, problems);
    }
  }
}

function unknownKeyProblem(key: string, value: unknown, segments: PathSegment[], schemaPath: string): ValuesProblem {
  const path = formatPath(segments);
  const where = schemaPath === '' ? 'at the top level' : `under \`${schemaPath}\``;
  let fix: string;
  const nested = schemaPath === '' ? key : `${schemaPath}.${key}`;
  if (key.includes('.') && (nested in LEAF_TYPES || CHILD_KEYS.has(nested))) {
    const keys = nested.split('.');
    const example = `${keys.join(': { ')}: ...${' }'.repeat(keys.length - 1)}`;
    fix = `Write it as nested keys (\`${example}\`), because Helm does not split keys at dots in a values file.`;
  } else {
    const suggestion = suggestKey(key, CHILD_KEYS.get(schemaPath) ?? []);
    const parentPath = formatPath(segments.slice(0, -1));
    fix = suggestion === undefined
      ? `Remove it, or look up the key you meant in the chart's values.yaml ${where}.`
      : `Did you mean \`${schemaPath === '' ? suggestion : `${parentPath}.${suggestion}`}\`?`;
  }
  return {
    path,
    message: `\`${path}\` is not a value of the chart (received ${formatValue(value)}): its values schema allows no key \`${key}\` ${where}. ${fix}`,
  };
}

const TYPE_WORDS: Record<Exclude<LeafType, 'any'>, string> = {
  string: 'a string',
  number: 'a number',
  boolean: 'a boolean',
  object: 'a mapping',
  array: 'a list',
};

function checkLeaf(value: unknown, segments: PathSegment[], schemaPath: string, problems: ValuesProblem[]): void {
  const type = LEAF_TYPES[schemaPath];
  if (type === 'any') {
    return;
  }
  const path = formatPath(segments);
  const expected = TYPE_WORDS[type];

  if (value === null) {
    if (LEAVES_WITHOUT_DEFAULT.has(schemaPath)) {
      problems.push({
        path,
        message: `\`${path}\` is null, but the chart sets no default for it, so Helm keeps the null and the chart's schema rejects it: `
          + `the value must be ${expected}. Remove \`${path}\` to leave it unset, or set it to ${expected}.`,
      });
    }
    return;
  }
  if (hasType(value, type)) {
    return;
  }
  problems.push({
    path,
    message: `\`${path}\` must be ${expected}, but received ${describeKind(value)} (${formatValue(value)}). ${typeFix(path, value, type)}`,
  });
}

function hasType(value: unknown, type: Exclude<LeafType, 'any'>): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isMapping(value);
    case 'array':
      return Array.isArray(value);
  }
}

function typeFix(path: string, value: unknown, type: Exclude<LeafType, 'any'>): string {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    if (type === 'number' && trimmed !== '' && Number.isFinite(Number(trimmed))) {
      return `Write the number without quotes: \`${path}: ${trimmed}\`.`;
    }
    if (type === 'boolean' && (trimmed === 'true' || trimmed === 'false')) {
      return `Write the boolean without quotes: \`${path}: ${trimmed}\`.`;
    }
  }
  if (type === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
    return `Quote the value so that YAML reads it as a string: \`${path}: "${String(value)}"\`.`;
  }
  if (type === 'array' && value !== null && !Array.isArray(value)) {
    return 'Write it as a list, one item per line starting with `- `.';
  }
  return `Set it to ${TYPE_WORDS[type]}, as the chart's values.yaml documents.`;
}

/** Components whose image reference the chart builds, with the value that turns each one off. */
const IMAGE_OWNERS: ReadonlyArray<{ prefix: string; enabledPath?: string }> = [
  { prefix: '' },
  { prefix: 'webhook' },
  { prefix: 'cainjector', enabledPath: 'cainjector.enabled' },
  { prefix: 'startupapicheck', enabledPath: 'startupapicheck.enabled' },
  // The controller passes the solver image as a flag, so it is built whenever the controller is.
  { prefix: 'acmesolver' },
];

/**
 * Finds values that pass the schema but make the chart's templates fail (`fail`, `required` or a
 * type error in `tpl`), so that the user learns it before rendering.
 */
function checkTemplateErrors(values: Record<string, any>, problems: ValuesProblem[]): void {
  const defaults = chartDefaults();
  const merged = mergeValues(defaults, values);

  const prometheus = merged.prometheus;
  if (isMapping(prometheus) && isTruthy(prometheus.enabled)
    && isTruthy(valueAt(merged, 'prometheus.servicemonitor.enabled')) && isTruthy(valueAt(merged, 'prometheus.podmonitor.enabled'))) {
    problems.push({
      path: 'prometheus.podmonitor.enabled',
      message: '`prometheus.servicemonitor.enabled` and `prometheus.podmonitor.enabled` are both true, but the chart renders at most one '
        + 'of the two monitors and fails with "Either .Values.prometheus.podmonitor.enabled or .Values.prometheus.servicemonitor.enabled '
        + 'can be enabled at a time, but not both." Set one of them to false.',
    });
  }

  const extraObjects = values.extraObjects;
  if (Array.isArray(extraObjects)) {
    extraObjects.forEach((item, index) => {
      if (typeof item !== 'string') {
        const path = formatPath(['extraObjects', index]);
        problems.push({
          path,
          message: `\`${path}\` is ${describeKind(item)} (${formatValue(item)}), but the chart passes each item of \`extraObjects\` to \`tpl\`, `
            + 'which accepts only a string, so rendering fails. Write the object as a string, with a literal block (`- |`) '
            + 'followed by the object\'s YAML indented below it.',
        });
      }
    });
  }

  for (const owner of IMAGE_OWNERS) {
    if (owner.enabledPath !== undefined && !isTruthy(valueAt(merged, owner.enabledPath))) {
      continue;
    }
    const imagePath = owner.prefix === '' ? 'image' : `${owner.prefix}.image`;
    const image = valueAt(merged, imagePath);
    if (!isMapping(image) || isTruthy(image.repository) || isTruthy(image.name)) {
      continue;
    }
    const defaultName = valueAt(defaults, `${imagePath}.name`);
    problems.push({
      path: `${imagePath}.name`,
      message: `\`${imagePath}.name\` is ${formatValue(image.name)} and \`${imagePath}.repository\` is empty, so the chart cannot build the image `
        + 'reference and fails with "image.name must be set when image.repository is empty". '
        + `Set \`${imagePath}.name\` (the chart's default is ${formatValue(defaultName)}), or set \`${imagePath}.repository\` to the full repository.`,
    });
  }
}
