import * as fs from 'fs';
import * as path from 'path';
import { Duration } from 'cdk8s';
import { k8s } from 'cdk8s-plus-28';
import { ChartValuesProps } from '../../src/props';
import { propsToValues } from '../../src/props/to-values';

const DOC = fs.readFileSync(path.join(__dirname, '../../docs/helm-values.md'), 'utf8');
const SCHEMA = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/helm/v1.21.1-chart-values.schema.json'), 'utf8'));

/** Leaf values of the chart: `$defs` keys `helm-values.<path>` that no other key extends. */
function schemaLeaves(): string[] {
  const paths = Object.keys(SCHEMA.$defs)
    .filter((key) => key.startsWith('helm-values.'))
    .map((key) => key.slice('helm-values.'.length));
  return paths.filter((p) => !paths.some((other) => other.startsWith(`${p}.`)));
}

interface DocRow {
  readonly helm: string;
  readonly prop?: string;
  readonly notes: string;
}

/** Rows of the "Every chart value" table. */
function docRows(): DocRow[] {
  const section = DOC.split('## Every chart value')[1];
  const rows: DocRow[] = [];
  for (const line of section.split('\n')) {
    const match = /^\| `([^`]+)` \| (?:`([^`]+)`|none) \| (.*) \|$/.exec(line);
    if (match) {
      rows.push({ helm: match[1], prop: match[2], notes: match[3] });
    }
  }
  return rows;
}

function nest(dotted: string, value: any): any {
  return dotted.split('.').reduceRight((inner, key) => ({ [key]: inner }), value);
}

function at(values: any, dotted: string): any {
  return dotted.split('.').reduce((current, key) => (current === undefined ? undefined : current[key]), values);
}

/**
 * A valid prop value for each chart value, and the chart value it must produce. Values that keep
 * their form are built from the schema type; the rest are listed by path or by leaf name.
 */
const SAMPLES_BY_PATH: Record<string, [any, any]> = {
  'global.leaderElection.retryPeriod': [Duration.seconds(10), '10s'],
  'livenessProbe': [{ enabled: false, initialDelaySeconds: 3 }, { enabled: false, initialDelaySeconds: 3 }],
  'webhook.livenessProbe': [{ periodSeconds: 7, failureThreshold: 2 }, { periodSeconds: 7, failureThreshold: 2 }],
  'webhook.readinessProbe': [{ timeoutSeconds: 2 }, { timeoutSeconds: 2 }],
  'webhook.url': [{ host: 'webhook.example.com' }, { host: 'webhook.example.com' }],
  'webhook.timeoutSeconds': [10, 10],
};
const SAMPLES_BY_LEAF: Record<string, [any, any]> = {
  leaseDuration: [Duration.seconds(45), '45s'],
  renewDeadline: [Duration.seconds(30), '30s'],
  interval: [Duration.seconds(45), '45s'],
  scrapeTimeout: [Duration.millis(1500), '1500ms'],
  timeout: [Duration.minutes(5), '300s'],
  pullPolicy: ['Always', 'Always'],
  serviceType: ['NodePort', 'NodePort'],
  podDnsPolicy: ['None', 'None'],
  serviceIPFamilyPolicy: ['RequireDualStack', 'RequireDualStack'],
  serviceIPFamilies: [['IPv6', 'IPv4'], ['IPv6', 'IPv4']],
  unhealthyPodEvictionPolicy: ['AlwaysAllow', 'AlwaysAllow'],
  digest: [`sha256:${'a'.repeat(64)}`, `sha256:${'a'.repeat(64)}`],
  featureGates: [{ Foo: true, Bar: false }, 'Foo=true,Bar=false'],
  dns01RecursiveNameservers: [['1.1.1.1:53', 'https://dns.example/dns-query'], '1.1.1.1:53,https://dns.example/dns-query'],
  apiserverClientCertSubjects: [['kube-apiserver', 'front-proxy'], 'kube-apiserver,front-proxy'],
  minAvailable: [k8s.IntOrString.fromString('50%'), '50%'],
  maxUnavailable: [k8s.IntOrString.fromNumber(1), 1],
  extraArgs: [['--example'], ['--example']],
  approveSignerNames: [['example.com/*'], ['example.com/*']],
  extraObjects: [['kind: ConfigMap'], ['kind: ConfigMap']],
};

function sample(row: DocRow, schemaType: string, chartDefault: any): [any, any] {
  const leaf = row.helm.split('.').pop()!;
  const listed = SAMPLES_BY_PATH[row.helm] ?? SAMPLES_BY_LEAF[leaf];
  if (listed) {
    return listed;
  }
  switch (schemaType) {
    case 'boolean':
      return [chartDefault !== true, chartDefault !== true];
    case 'number':
    case 'any':
      return [5, 5];
    case 'string':
      return ['example', 'example'];
    case 'object':
      return [{ 'example.com/key': 'value' }, { 'example.com/key': 'value' }];
    case 'array':
      return [[{ name: 'example' }], [{ name: 'example' }]];
    default:
      throw new Error(`No sample for ${row.helm} of type ${schemaType}.`);
  }
}

describe('helm values doc', () => {
  const rows = docRows();

  test('helm values doc lists every chart leaf', () => {
    const documented = new Set(rows.map((row) => row.helm));
    const leaves = schemaLeaves();
    expect(leaves).toHaveLength(246);
    expect(leaves.filter((leaf) => !documented.has(leaf))).toEqual([]);
  });

  test('helm values doc lists no unknown value', () => {
    const leaves = new Set(schemaLeaves());
    expect(rows.filter((row) => !leaves.has(row.helm)).map((row) => row.helm)).toEqual([]);
  });

  test('helm values doc explains each missing prop', () => {
    for (const row of rows.filter((r) => r.prop === undefined)) {
      expect(row.notes).toMatch(/^No prop/);
    }
  });

  const mapped = rows.filter((row) => row.prop !== undefined);
  test.each(mapped.map((row) => [row.prop!, row.helm, row]))('prop %s sets %s', (prop, helm, row) => {
    const definition = SCHEMA.$defs[`helm-values.${helm}`];
    const [input, expected] = sample(row as DocRow, definition.type ?? 'any', definition.default);

    const values = propsToValues(nest(prop as string, input) as ChartValuesProps);

    expect(at(values, helm as string)).toEqual(expected);
  });
});
