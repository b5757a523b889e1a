import { configMap, outcomeOf } from './outcome';
import { Check } from '../../../src/compliance/rule';
import {
  NoExposedAwsSecret,
  NoExposedBitbucketSecret,
  NoExposedDatadogSecret,
  NoExposedGcpSecret,
  NoExposedGitHubSecret,
  NoExposedGitLabSecret,
  NoExposedHerokuSecret,
  NoExposedJwtSecret,
  NoExposedLaunchDarklySecret,
  NoExposedNewRelicSecret,
  NoExposedNpmSecret,
  NoExposedOktaSecret,
  NoExposedPrivateKeySecret,
  NoExposedStripeSecret,
  NoExposedSumoLogicSecret,
  NoExposedTerraformSecret,
  NoExposedTwilioSecret,
  NoExposedVaultSecret,
} from '../../../src/compliance/rules/secret/NoExposedSecret';

// Token-shaped values are assembled at run time so that the source contains no credential-shaped literal.
const join = (...parts: string[]) => parts.join('');

/** Each provider check with a value in that provider's token format. */
const PROVIDERS: Array<[Check, string]> = [
  [NoExposedBitbucketSecret, `bitbucket_secret = ${'a1'.repeat(16)}`],
  [NoExposedDatadogSecret, `datadog_api_key: ${'b2'.repeat(20)}`],
  [NoExposedGcpSecret, join('AI', 'za', 'x'.repeat(35))],
  [NoExposedAwsSecret, join('AK', 'IA', 'Q'.repeat(16))],
  [NoExposedGitHubSecret, join('gh', 'o_', 'k'.repeat(36))],
  [NoExposedGitLabSecret, join('gl', 'pat-', 'm'.repeat(20))],
  [NoExposedTerraformSecret, join('t'.repeat(14), '.atlas', 'v1.', 'u'.repeat(64))],
  [NoExposedHerokuSecret, 'heroku_api_key = 01234567-89ab-cdef-0123-456789abcdef'],
  [NoExposedJwtSecret, ['ey' + 'J' + 'a'.repeat(20), 'ey' + 'J' + 'b'.repeat(20), 'c'.repeat(20)].join('.')],
  [NoExposedLaunchDarklySecret, `launchdarkly_sdk_key = ${'d'.repeat(40)}`],
  [NoExposedNewRelicSecret, `newrelic_key: ${join('NR', 'AK-', 'E'.repeat(27))}`],
  [NoExposedNpmSecret, join('np', 'm_', 'f'.repeat(36))],
  [NoExposedOktaSecret, `okta_token = ${'g'.repeat(42)}`],
  [NoExposedStripeSecret, join('rk', '_test_', 'h'.repeat(24))],
  [NoExposedSumoLogicSecret, `sumo_access_id = ${'i'.repeat(14)}`],
  [NoExposedTwilioSecret, join('S', 'K', '0123456789abcdef'.repeat(2))],
  [NoExposedVaultSecret, join('hv', 's.', 'j'.repeat(95))],
  [NoExposedPrivateKeySecret, join('-----BEGIN ', 'EC PRIVATE', ' KEY-----\nMHc\n-----END EC PRIVATE KEY-----')],
];

describe('exposed secret checks per provider', () => {
  test.each(PROVIDERS.map(([check, value]) => [check.name, check, value] as const))('%s fails on its token format', (_name, check, value) => {
    expect(outcomeOf(check, [configMap('settings', { config: value })])).toBe('fail');
  });

  test.each(PROVIDERS.map(([check]) => [check.name, check] as const))('%s passes ordinary configuration', (_name, check) => {
    const settings = configMap('settings', { 'config.yaml': 'logLevel: info\nendpoint: https://api.example.com\nreplicas: 3\n' });
    expect(outcomeOf(check, [settings])).toBe('pass');
  });
});
