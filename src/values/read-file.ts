import * as fs from 'fs';
import type * as YAML from 'yaml';
import { describeKind } from './describe';
import { yaml } from '../private/yaml';

/**
 * YAML 1.1 tags that Helm's YAML reader (go-yaml v2 through sigs.k8s.io/yaml) does not apply to
 * values: it keeps timestamps such as `2024-01-01` as strings, and it reads `1:30` as a string,
 * not as the base-60 number 90.
 */
function withoutTagsHelmIgnores(tags: YAML.Tags): YAML.Tags {
  return tags.filter((tag) => {
    const definition = tag as YAML.ScalarTag;
    return definition.tag !== 'tag:yaml.org,2002:timestamp' && definition.format !== 'TIME';
  });
}

/**
 * Reads a Helm values file the way Helm reads it: as YAML 1.1, so `0444` is the octal number 292
 * and `on`, `yes` and `y` are true. An empty file, or one with only comments, gives no values.
 *
 * Stricter than Helm in three ways, because each hides a mistake: a key that appears twice in one
 * mapping is an error (Helm keeps the last one), a file with more than one YAML document is an
 * error (Helm reads the first one), and any YAML syntax error lists every error with its line.
 *
 * NOTE: go-yaml v2 also reads `0o17` (15) and `0b101` (5) as numbers, which YAML 1.1 and this
 * reader keep as strings.
 *
 * @throws Error naming the file when it cannot be read, is not valid YAML, has a duplicate key or
 * its top level is not a mapping.
 */
export function readValuesFile(file: string): Record<string, any> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      throw new Error(`The Helm values file "${file}" was not found. Check the path, which is resolved from the current directory ${process.cwd()}.`);
    }
    throw new Error(`The Helm values file "${file}" could not be read: ${(error as Error).message}. Check that the path names a readable file.`);
  }
  return parseValuesYaml(text, file);
}

/**
 * Parses the text of a Helm values file; `source` names the file in error messages.
 * Follows the rules of {@link readValuesFile}.
 */
export function parseValuesYaml(text: string, source: string): Record<string, any> {
  const documents = yaml().parseAllDocuments(text, {
    version: '1.1',
    customTags: withoutTagsHelmIgnores,
  });
  // parseAllDocuments returns an empty list for an empty stream.
  const parsed = Array.isArray(documents) ? documents : [documents];

  const messages: string[] = [];
  for (const document of parsed) {
    for (const error of document.errors) {
      messages.push(describeYamlError(error, text, source));
    }
  }
  if (messages.length > 0) {
    throw new Error(`The Helm values file "${source}" is not valid YAML:\n${messages.map((message) => `- ${message}`).join('\n')}`);
  }
  if (parsed.length > 1) {
    throw new Error(`The Helm values file "${source}" contains ${parsed.length} YAML documents, but Helm reads only the first one. `
      + 'Merge them into one document, or split them into separate values files.');
  }
  if (parsed.length === 0) {
    return {};
  }

  const values = parsed[0].toJS({ maxAliasCount: 1000 });
  if (values === null || values === undefined) {
    return {};
  }
  if (typeof values !== 'object' || Array.isArray(values)) {
    throw new Error(`The Helm values file "${source}" must contain a mapping of keys to values at its top level, `
      + `but it contains ${describeKind(values)}. Write the values as \`key: value\` lines, for example \`replicaCount: 2\`.`);
  }
  return values;
}

function describeYamlError(error: YAML.YAMLError, text: string, source: string): string {
  const line = error.linePos?.[0].line;
  const where = line === undefined ? `"${source}"` : `"${source}" line ${line}`;
  if (error.code === 'DUPLICATE_KEY') {
    const key = keyTextAt(text, error.pos[0]);
    return `${where}: the key "${key}" appears twice in the same mapping. Helm would silently keep the last one. Remove one of them.`;
  }
  const firstLine = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return `${where}: ${firstLine}.`;
}

/** Returns the mapping key written at `offset` in the source text, quotes included. */
function keyTextAt(text: string, offset: number): string {
  const rest = text.slice(offset);
  const match = /^("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\n]*?)[ \t]*:(?:[ \t]|$)/m.exec(rest);
  return match ? match[1] : rest.split('\n')[0];
}
