import { ChartContext } from '../../src/chart/context';
import { formatGoValue, plainScalar, renderTemplate } from '../../src/chart/templates/extra-objects';
import { chartDefaults } from '../../src/values/defaults';
import { mergeValues } from '../../src/values/merge';
import { readValuesFixture, renderWithValues } from '../util/parity';

function contextFor(values: Record<string, any>): ChartContext {
  return new ChartContext({
    releaseName: 'platform-certs',
    releaseNamespace: 'platform-tls',
    values: mergeValues(chartDefaults(), values),
    appVersion: 'v1.21.1',
    chartVersion: 'v1.21.1',
  });
}

function render(template: string, values: Record<string, any> = {}): string {
  return renderTemplate(template, contextFor(values), 'extraObjects[0]');
}

function extraObjects(items: unknown): any[] {
  return renderWithValues({ extraObjects: items }).filter((object) => object.metadata.name.startsWith('extra-'));
}

describe('extraObjects tpl subset', () => {
  test('release and chart fields', () => {
    expect(render('{{ .Release.Name }}/{{ .Release.Namespace }}/{{ .Release.Service }}')).toBe('platform-certs/platform-tls/Helm');
    expect(render('{{ .Chart.Name }}-{{ .Chart.Version }}')).toBe('cert-manager-v1.21.1');
  });

  test('values fields and missing keys', () => {
    expect(render('{{ .Values.webhook.timeoutSeconds }}s')).toBe('30s');
    expect(render('{{ $.Values.global.leaderElection.namespace }}')).toBe('kube-system');
    expect(render('[{{ .Values.notSet }}]')).toBe('[]');
    expect(render('[{{ .Values.constructor }}]')).toBe('[]');
  });

  test('named helpers through include and template', () => {
    const values = { fullnameOverride: 'pki' };
    expect(render('{{ include "cert-manager.fullname" . }}', values)).toBe('pki');
    expect(render('{{ template "webhook.fullname" . }}', values)).toBe('pki-webhook');
    expect(render('{{ include "cert-manager.namespace" $ | upper }}', values)).toBe('PLATFORM-TLS');
    expect(render('{{ include "cert-manager.serviceAccountName" . }}', values)).toBe('pki');
    expect(render('{{ include "webhook.caRef" . }}', values)).toBe('platform-tls/pki-webhook-ca');
  });

  test('labels helper renders yaml lines', () => {
    const text = render('labels:{{ include "labels" . | nindent 2 }}', { global: { commonLabels: { team: 'pki' } } });
    expect(text).toBe('labels:\n  app.kubernetes.io/version: v1.21.1\n  app.kubernetes.io/managed-by: Helm\n  ' +
      'helm.sh/chart: cert-manager-v1.21.1\n  team: pki');
  });

  test('pipelines of sprig functions', () => {
    expect(render('{{ .Release.Name | quote }}')).toBe('"platform-certs"');
    expect(render('{{ .Release.Name | squote }}')).toBe('\'platform-certs\'');
    expect(render('{{ .Values.notSet | default "fallback" }}')).toBe('fallback');
    expect(render('{{ "abcdef-" | trunc 6 | trimSuffix "-" }}')).toBe('abcdef');
    expect(render('{{ printf "%s-%v" .Release.Name 3 }}')).toBe('platform-certs-3');
    expect(render('{{ "a.b" | replace "." "-" | upper }}')).toBe('A-B');
    expect(render('{{ "x" | b64enc }}')).toBe('eA==');
    expect(render('{{ .Values.webhook.validatingWebhookConfiguration | toJson }}'))
      .toBe('{"namespaceSelector":{"matchExpressions":[{"key":"cert-manager.io/disable-validation","operator":"NotIn","values":["true"]}]}}');
  });

  test('trim markers and comments', () => {
    expect(render('a  \n{{- " b" -}}\n  c')).toBe('a bc');
    expect(render('a {{/* note */}}b')).toBe('a b');
    expect(render('a {{- /* note */ -}} b')).toBe('ab');
    expect(render('{{ "{{" }} $labels.name }}')).toBe('{{ $labels.name }}');
  });

  test('throws on control structures', () => {
    expect(() => render('{{ if .Values.x }}y{{ end }}')).toThrow(/extraObjects\[0\] uses the "if" control structure/);
    expect(() => render('{{ range .Values.x }}{{ end }}')).toThrow(/extraObjects\[0\] uses the "range" control structure/);
  });

  test('throws on variables and parentheses', () => {
    expect(() => render('{{ $name := "x" }}')).toThrow(/extraObjects\[0\] uses template variables/);
    expect(() => render('{{ (.Release.Name) }}')).toThrow(/extraObjects\[0\] uses parenthesised expressions/);
  });

  test('throws on unknown function or helper', () => {
    expect(() => render('{{ .Release.Name | sha256sum }}')).toThrow(/extraObjects\[0\] calls the function "sha256sum"/);
    expect(() => render('{{ include "cert-manager.image" . }}')).toThrow(/named template "cert-manager.image"/);
    expect(() => render('{{ .Capabilities.KubeVersion }}')).toThrow(/references \.Capabilities\.KubeVersion/);
    expect(() => render('{{ include "toString" . }}')).toThrow(/named template "toString"/);
  });

  test('throws on field of missing value', () => {
    expect(() => render('{{ .Values.notSet.child }}')).toThrow(/\.Values\.notSet is not set/);
  });

  test('throws on unclosed action', () => {
    expect(() => render('name: {{ .Release.Name')).toThrow(/extraObjects\[0\] has a template action "\{\{" without a closing/);
  });
});

describe('extraObjects rendering', () => {
  test('renders templated objects', () => {
    const objects = extraObjects([
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-{{ include "cert-manager.fullname" . }}\ndata:\n  mode: "0444"\n',
    ]);
    expect(objects).toHaveLength(1);
    expect(objects[0].metadata.name).toBe('extra-cert-manager');
    expect(objects[0].data.mode).toBe('0444');
  });

  test('splits one item into documents', () => {
    const objects = extraObjects([
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-a\n---\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-b\n',
    ]);
    expect(objects.map((object) => object.metadata.name)).toEqual(['extra-a', 'extra-b']);
  });

  test('parses plain scalars as yaml 1.1', () => {
    const [object] = extraObjects(['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-c\nspec:\n  a: on\n  b: 0444\n  c: 2024-01-01\n']);
    expect(object.spec.a).toBe(true);
    expect(object.spec.b).toBe(292);
    expect(object.spec.c).toBe('2024-01-01');
  });

  test('throws when extraObjects is a map', () => {
    const values = readValuesFixture('helm/matrix/invalid/02-extraobjects-as-mapping.yaml');
    expect(() => renderWithValues(values)).toThrow(/extraObjects\[0\] must be a string/);
    expect(() => renderWithValues({ extraObjects: { first: 'kind: ConfigMap' } }))
      .toThrow(/extraObjects must be a list of strings, but it is a map/);
  });

  test('throws on a document without kind', () => {
    expect(() => extraObjects(['apiVersion: v1\nmetadata:\n  name: extra-d\n']))
      .toThrow(/extraObjects\[0\] renders an object without a string apiVersion, kind or metadata.name/);
  });

  test('throws on invalid yaml after templating', () => {
    expect(() => extraObjects(['kind: [unclosed\n'])).toThrow(/extraObjects\[0\] is not valid YAML after templating/);
  });
});

describe('go value formatting', () => {
  test('numbers print as go float64', () => {
    expect(formatGoValue(30)).toBe('30');
    expect(formatGoValue(100000)).toBe('100000');
    expect(formatGoValue(1000000)).toBe('1e+06');
    expect(formatGoValue(1234567)).toBe('1.234567e+06');
    expect(formatGoValue(0.5)).toBe('0.5');
    expect(formatGoValue(0.00001)).toBe('1e-05');
    expect(formatGoValue(-12.25)).toBe('-12.25');
  });

  test('collections print as go maps and slices', () => {
    expect(formatGoValue(['a', 1, null])).toBe('[a 1 <nil>]');
    expect(formatGoValue({ b: 2, a: 'x' })).toBe('map[a:x b:2]');
    expect(formatGoValue(undefined)).toBe('');
  });

  test('plain scalars are typed again', () => {
    expect(plainScalar('true', 'x')).toBe(true);
    expect(plainScalar('30', 'x')).toBe(30);
    expect(plainScalar('', 'x')).toBeNull();
    expect(plainScalar('60s', 'x')).toBe('60s');
  });

  test('throws on a value that is not plain yaml', () => {
    expect(() => plainScalar('a: b: c', 'webhook.url.host')).toThrow(/webhook\.url\.host is "a: b: c"/);
  });
});
