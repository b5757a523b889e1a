import * as fs from 'fs';
import * as path from 'path';

const PROPS_DIR = path.join(__dirname, '../../src/props');

/** Chart defaults by values path, parsed from the JSON column of LEAVES.tsv. */
function chartDefaults(): Map<string, any> {
  const tsv = fs.readFileSync(path.join(__dirname, '../fixtures/helm/matrix/LEAVES.tsv'), 'utf8');
  const defaults = new Map<string, any>();
  for (const line of tsv.trim().split('\n').slice(1)) {
    const [leaf, , json] = line.split('\t');
    defaults.set(leaf, JSON.parse(json));
  }
  return defaults;
}

/** Doc comment text of the props sources, with the leading `*` of each line removed. */
function docText(): string {
  return fs.readdirSync(PROPS_DIR)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => fs.readFileSync(path.join(PROPS_DIR, file), 'utf8'))
    .join('\n')
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''))
    .join(' ');
}

/** Reads a default as the docs write it: `''`, `true`, `60`, `{}`, `['a', 'b']` or a bare string. */
function parseDocDefault(text: string): any {
  if (text === "''") {
    return '';
  }
  try {
    return JSON.parse(text.startsWith('[') ? text.replace(/'/g, '"') : text);
  } catch {
    return text;
  }
}

/** The chart default at a path, looking inside the default of an enclosing object leaf such as `livenessProbe`. */
function defaultAt(defaults: Map<string, any>, leaf: string): any {
  const keys = leaf.split('.');
  for (let i = keys.length; i > 0; i--) {
    const prefix = keys.slice(0, i).join('.');
    if (defaults.has(prefix)) {
      return keys.slice(i).reduce((value, key) => (value == null ? undefined : value[key]), defaults.get(prefix));
    }
  }
  throw new Error(`${leaf} is not a chart value.`);
}

describe('props doc defaults', () => {
  const defaults = chartDefaults();
  const text = docText();

  const stated = [...text.matchAll(/Helm value `([^`<]+)`(?:, [^;]+)?; the chart's default is `([^`]+)`/g)]
    .map((match) => [match[1], match[2]] as [string, string]);
  const unset = [...text.matchAll(/Helm value `([^`<]+)`(?:, [^;]+)?; the chart leaves it unset/g)].map((match) => match[1]);

  test('props docs state chart defaults', () => {
    expect(stated.length).toBeGreaterThan(30);
    expect(unset.length).toBeGreaterThan(15);
  });

  test.each(stated)('doc default of %s is %s', (leaf, docDefault) => {
    expect(parseDocDefault(docDefault)).toEqual(defaultAt(defaults, leaf));
  });

  test.each(unset.map((leaf) => [leaf]))('doc leaves %s unset', (leaf) => {
    expect(defaults.has(leaf)).toBe(true);
    expect(defaults.get(leaf)).toBeNull();
  });
});
