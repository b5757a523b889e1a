import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURES } from './fixtures';
import { readValuesFile } from '../../src/values/read-file';

let directory: string;

beforeAll(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'values-read-'));
});

afterAll(() => {
  fs.rmSync(directory, { recursive: true, force: true });
});

function writeValues(name: string, text: string): string {
  const file = path.join(directory, name);
  fs.writeFileSync(file, text);
  return file;
}

function errorOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('readValuesFile', () => {
  test('reads octal defaultMode as 292', () => {
    const values = readValuesFile(path.join(FIXTURES, 'helm', 'matrix', '23-hardened-pods.yaml'));
    expect(values.volumes[0].projected.defaultMode).toBe(292);
    expect(values.webhook.volumes[0].projected.defaultMode).toBe(292);
    expect(values.global.hostUsers).toBe(false);
  });

  test('reads YAML 1.1 booleans', () => {
    const values = readValuesFile(writeValues('booleans.yaml', 'a: on\nb: yes\nc: off\nd: no\ne: "on"\n'));
    expect(values).toEqual({ a: true, b: true, c: false, d: false, e: 'on' });
  });

  test('keeps timestamps and base-60 as strings', () => {
    const values = readValuesFile(writeValues('strings.yaml', 'date: 2024-01-31\ntime: 1:30\n'));
    expect(values).toEqual({ date: '2024-01-31', time: '1:30' });
  });

  test('resolves anchors and merge keys', () => {
    const text = 'webhook:\n  podLabels: &labels\n    team: pki\ncainjector:\n  podLabels:\n    <<: *labels\n    tier: core\n';
    const values = readValuesFile(writeValues('anchors.yaml', text));
    expect(values.cainjector.podLabels).toEqual({ team: 'pki', tier: 'core' });
  });

  test('reads empty file as no values', () => {
    expect(readValuesFile(writeValues('empty.yaml', '# only a comment\n'))).toEqual({});
  });

  test('throws on duplicate key with line', () => {
    const file = writeValues('duplicate.yaml', 'webhook:\n  replicaCount: 1\n  timeoutSeconds: 10\n  replicaCount: 3\n');
    const message = errorOf(() => readValuesFile(file));
    expect(message).toContain(`"${file}" line 4`);
    expect(message).toContain('the key "replicaCount" appears twice in the same mapping');
  });

  test('throws on top-level list', () => {
    const file = writeValues('list.yaml', '- replicaCount: 1\n');
    const message = errorOf(() => readValuesFile(file));
    expect(message).toContain(`"${file}" must contain a mapping of keys to values at its top level, but it contains a list`);
  });

  test('throws on top-level scalar', () => {
    const message = errorOf(() => readValuesFile(writeValues('scalar.yaml', 'replicaCount\n')));
    expect(message).toContain('but it contains a string');
  });

  test('throws on missing file', () => {
    const file = path.join(directory, 'missing.yaml');
    expect(errorOf(() => readValuesFile(file))).toContain(`The Helm values file "${file}" was not found`);
  });

  test('throws on syntax error with line', () => {
    const file = writeValues('broken.yaml', 'webhook:\n\treplicaCount: 1\n');
    const message = errorOf(() => readValuesFile(file));
    expect(message).toContain(`"${file}" is not valid YAML`);
    expect(message).toContain(`"${file}" line 2: Tabs are not allowed as indentation.`);
  });

  test('throws on several documents', () => {
    const message = errorOf(() => readValuesFile(writeValues('two.yaml', 'a: 1\n---\nb: 2\n')));
    expect(message).toContain('contains 2 YAML documents, but Helm reads only the first one');
  });
});
