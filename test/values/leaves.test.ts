import * as fs from 'fs';
import * as path from 'path';
import { LEAF_TYPES, LEAVES_WITHOUT_DEFAULT, OPEN_MAPPINGS } from '../../src/values/leaves';

const HELM = path.join(__dirname, '..', 'fixtures', 'helm');

interface LeafRow {
  readonly path: string;
  readonly type: string;
  readonly defaultJson: string;
}

function readLeafRows(): LeafRow[] {
  const lines = fs.readFileSync(path.join(HELM, 'matrix', 'LEAVES.tsv'), 'utf8').split('\n').filter((line) => line !== '');
  return lines.slice(1).map((line) => {
    const [leafPath, type, defaultJson] = line.split('\t');
    return { path: leafPath, type, defaultJson };
  });
}

const schema = JSON.parse(fs.readFileSync(path.join(HELM, 'v1.21.1-chart-values.schema.json'), 'utf8'));
const definitions: Record<string, any> = schema.$defs;

describe('leaf data', () => {
  const rows = readLeafRows();

  test('covers the 246 chart leaves', () => {
    expect(rows).toHaveLength(246);
    expect(Object.keys(LEAF_TYPES).sort()).toEqual(rows.map((row) => row.path).sort());
  });

  test('leaf types match LEAVES.tsv', () => {
    for (const row of rows) {
      expect([row.path, LEAF_TYPES[row.path]]).toEqual([row.path, row.type]);
    }
  });

  test('leaf types match the schema', () => {
    for (const [leafPath, type] of Object.entries(LEAF_TYPES)) {
      const definition = definitions[`helm-values.${leafPath}`];
      expect(definition).toBeDefined();
      expect(definition.properties).toBeUndefined();
      expect([leafPath, definition.type ?? 'any']).toEqual([leafPath, type]);
    }
  });

  test('leaves without default match LEAVES.tsv', () => {
    const expected = rows.filter((row) => row.defaultJson === 'null').map((row) => row.path).sort();
    expect([...LEAVES_WITHOUT_DEFAULT].sort()).toEqual(expected);
  });

  test('open mappings match the schema', () => {
    const open = Object.entries(definitions)
      .filter(([, definition]) => definition.properties !== undefined && definition.additionalProperties !== false)
      .map(([name]) => name.replace(/^helm-values\.?/, ''));
    expect([...OPEN_MAPPINGS].sort()).toEqual(open.sort());
  });

  test('every schema mapping holds a known leaf', () => {
    const mappings = Object.entries(definitions)
      .filter(([name, definition]) => name !== 'helm-values' && definition.properties !== undefined)
      .map(([name]) => name.replace(/^helm-values\./, ''));
    for (const mapping of mappings) {
      const hasLeaf = Object.keys(LEAF_TYPES).some((leaf) => leaf.startsWith(`${mapping}.`));
      expect([mapping, hasLeaf]).toEqual([mapping, true]);
    }
  });
});
