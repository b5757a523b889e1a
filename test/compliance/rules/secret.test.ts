import { Case, configMap, messagesOf, outcomeOf, withContainer, withPod } from './outcome';
import { ConfigMapNoSensitiveContent } from '../../../src/compliance/rules/secret/ConfigMapNoSensitiveContent';
import {
  NoExposedAwsSecret,
  NoExposedDatadogSecret,
  NoExposedGitHubSecret,
  NoExposedJwtSecret,
  NoExposedPrivateKeySecret,
  NoExposedStripeSecret,
  noExposedSecret,
} from '../../../src/compliance/rules/secret/NoExposedSecret';
import { PodUsesNoSecrets } from '../../../src/compliance/rules/secret/PodUsesNoSecrets';
import { SECRET_PATTERNS } from '../../../src/compliance/rules/secret/secret-patterns';

// Token-shaped test values, assembled at run time so that the source contains no credential-shaped literal.
const AWS_KEY = ['AKIA', 'ABCDEFGHIJKLMNOP'].join('');
const GITHUB_TOKEN = ['ghp', '_', 'a'.repeat(36)].join('');
const STRIPE_KEY = ['sk', 'live', 'a1b2c3d4e5f6g7h8'].join('_');
const JWT = ['eyJ' + 'h'.repeat(20), 'eyJ' + 'p'.repeat(20), 's'.repeat(20)].join('.');
const PRIVATE_KEY = ['-----BEGIN', 'RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----'].join(' ');
const DATADOG_LINE = `datadog_api_key: ${'f'.repeat(40)}`;

const secret = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'apps' }, stringData: { key: AWS_KEY } };

const CASES: Case[] = [
  ['aws key in env fails', NoExposedAwsSecret, [withContainer({ env: [{ name: 'KEY_ID', value: AWS_KEY }] })], 'fail'],
  ['aws key in a configmap fails', NoExposedAwsSecret, [configMap('settings', { credentials: `[default]\naws_access_key_id = ${AWS_KEY}` })], 'fail'],
  ['plain values pass aws check', NoExposedAwsSecret, [configMap('settings', { region: 'eu-west-1' })], 'pass'],
  ['secrets are not applicable', NoExposedAwsSecret, [secret], 'not-applicable'],
  ['github token in args fails', NoExposedGitHubSecret, [withContainer({ args: [`--token=${GITHUB_TOKEN}`] })], 'fail'],
  ['stripe key fails', NoExposedStripeSecret, [configMap('settings', { stripe: STRIPE_KEY })], 'fail'],
  ['jwt fails', NoExposedJwtSecret, [configMap('settings', { token: JWT })], 'fail'],
  ['private key in an annotation fails', NoExposedPrivateKeySecret, [configMap('settings', {})].map((m) => ({ ...m, metadata: { ...m.metadata, annotations: { key: PRIVATE_KEY } } })), 'fail'],
  ['datadog key with keyword fails', NoExposedDatadogSecret, [configMap('settings', { 'agent.yaml': DATADOG_LINE })], 'fail'],
  ['datadog key as map entry fails', NoExposedDatadogSecret, [configMap('settings', { datadog_api_key: 'f'.repeat(40) })], 'fail'],
  ['hex without keyword passes datadog check', NoExposedDatadogSecret, [configMap('settings', { checksum: 'f'.repeat(40) })], 'pass'],
  ['configmap with plain keys passes', ConfigMapNoSensitiveContent, [configMap('settings', { logLevel: 'info' })], 'pass'],
  ['configmap with password key fails', ConfigMapNoSensitiveContent, [configMap('settings', { DB_PASSWORD: 'x' })], 'fail'],
  ['configmap with private key value fails', ConfigMapNoSensitiveContent, [configMap('settings', { 'tls.key': PRIVATE_KEY })], 'fail'],
  ['pod without secrets passes', PodUsesNoSecrets, [withPod({})], 'pass'],
  ['secret volume fails', PodUsesNoSecrets, [withPod({ volumes: [{ name: 'tls', secret: { secretName: 'tls' } }] })], 'fail'],
  ['secret env fails', PodUsesNoSecrets, [withContainer({ env: [{ name: 'P', valueFrom: { secretKeyRef: { name: 's', key: 'p' } } }] })], 'fail'],
  ['projected token without secret passes', PodUsesNoSecrets, [withPod({ volumes: [{ name: 'token', projected: { sources: [{ serviceAccountToken: { path: 'token' } }] } }] })], 'pass'],
  ['secret check skips configmaps', PodUsesNoSecrets, [configMap()], 'not-applicable'],
];

describe('secret checks', () => {
  test.each(CASES)('%s', (_name, check, manifests, expected) => {
    expect(outcomeOf(check, manifests)).toBe(expected);
  });

  test('every provider pattern has a check', () => {
    for (const provider of Object.keys(SECRET_PATTERNS)) {
      expect(noExposedSecret(provider as keyof typeof SECRET_PATTERNS).name).toBe(`NoExposed${provider}Secret`);
    }
  });

  test('exposed secret message names the field', () => {
    const [message] = messagesOf(NoExposedAwsSecret, [withContainer({ env: [{ name: 'KEY_ID', value: AWS_KEY }] })]);
    expect(message).toContain('spec.template.spec.containers[0].env[0].value');
    expect(message).not.toContain(AWS_KEY);
  });

  test('reports each exposed field of an object with its path, in document order', () => {
    const manifest = configMap();
    manifest.data = { first: 'plain', second: AWS_KEY };
    manifest.metadata.annotations = { note: `key ${AWS_KEY}` };
    manifest.list = [['x', AWS_KEY]];
    const result = NoExposedAwsSecret.check({ manifest, constructPath: 'app/config' }, []);
    expect(Array.isArray(result) ? result.map((violation) => violation.fieldPath) : result)
      .toEqual(['metadata.annotations.note', 'data.second', 'list[0][1]']);
  });
});
