import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { Manifest } from '../../src/chart/context';
import { renderChart } from '../../src/chart/render';
import { chartDefaults } from '../../src/values/defaults';
import { mergeValues } from '../../src/values/merge';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** Reads a values file the way Helm does: YAML 1.1, so `0444` is octal and `on` is true. */
export function readValuesFixture(relativePath: string): Record<string, any> {
  const text = fs.readFileSync(path.join(FIXTURES, relativePath), 'utf8');
  return (YAML.parse(text, { version: '1.1' }) as Record<string, any> | null) ?? {};
}

/** Reads a multi-document manifest file and drops empty documents. */
export function readManifestsFixture(relativePath: string): Manifest[] {
  const text = fs.readFileSync(path.join(FIXTURES, relativePath), 'utf8');
  return YAML.parseAllDocuments(text)
    .map((doc) => doc.toJS())
    .filter((object) => object !== null && typeof object === 'object');
}

/** Removes null values, which Kubernetes and cdk8s both treat as absent. */
export function dropNulls(value: any): any {
  if (Array.isArray(value)) {
    return value.map(dropNulls);
  }
  if (value !== null && typeof value === 'object') {
    const result: Record<string, any> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== null && item !== undefined) {
        result[key] = dropNulls(item);
      }
    }
    return result;
  }
  return value;
}

/** `Kind/namespace/name`, the identity of an object in a rendering. */
export function objectKey(object: Manifest): string {
  return `${object.kind}/${object.metadata?.namespace ?? ''}/${object.metadata?.name}`;
}

/** Renders the chart with a values fixture, as `helm template` would with `-f`. */
export function renderWithValues(values: Record<string, any>, releaseName = 'cert-manager', namespace = 'cert-manager'): Manifest[] {
  return renderChart({
    releaseName,
    releaseNamespace: namespace,
    values: mergeValues(chartDefaults(), values),
    appVersion: 'v1.21.1',
    chartVersion: 'v1.21.1',
  });
}

/**
 * Lists the differences between two renderings: missing and extra objects, and for objects in
 * both, each path whose value differs. Key order is ignored; list order is not.
 */
export function diffRenderings(actual: Manifest[], expected: Manifest[], kinds?: string[]): string[] {
  const keep = (object: Manifest) => !kinds || kinds.includes(object.kind);
  const index = (objects: Manifest[]) => {
    const map = new Map<string, Manifest>();
    for (const object of objects.filter(keep)) {
      map.set(objectKey(object), dropNulls(object));
    }
    return map;
  };
  const actualByKey = index(actual);
  const expectedByKey = index(expected);
  const problems: string[] = [];
  for (const key of expectedByKey.keys()) {
    if (!actualByKey.has(key)) {
      problems.push(`missing ${key}`);
    }
  }
  for (const key of actualByKey.keys()) {
    if (!expectedByKey.has(key)) {
      problems.push(`unexpected ${key}`);
    }
  }
  for (const [key, expectedObject] of expectedByKey) {
    const actualObject = actualByKey.get(key);
    if (actualObject) {
      diffValues(actualObject, expectedObject, key, problems);
    }
  }
  return problems;
}

function diffValues(actual: any, expected: any, where: string, problems: string[]): void {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length) {
      problems.push(`${where}: list of ${actual.length} items, expected ${expected.length}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`);
      return;
    }
    expected.forEach((item, i) => diffValues(actual[i], item, `${where}[${i}]`, problems));
    return;
  }
  const isMap = (v: any) => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (isMap(expected) && isMap(actual)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      diffValues(actual[key], expected[key], `${where}.${key}`, problems);
    }
    return;
  }
  if (actual !== expected) {
    problems.push(`${where}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  }
}
