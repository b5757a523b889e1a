import { RunCache } from '../../private/run-cache';
/**
 * Recognisers of credentials by their published token formats. Patterns anchored on a keyword
 * (such as `datadog`) match only where the keyword, an assignment and the token appear together,
 * because those providers' tokens have no distinctive prefix.
 */
function keyed(keyword: string, token: string): RegExp {
  return new RegExp(`(?:${keyword})[\\w .-]{0,20}['"\\s]{0,3}(?:=|:|=>|:=)['"\\s\`]{0,5}(${token})(?:['"\\s\`;]|$)`, 'i');
}

export const SECRET_PATTERNS: Record<string, RegExp[]> = {
  Bitbucket: [keyed('bitbucket', '[a-z0-9]{32}')],
  Datadog: [keyed('datadog', '[a-z0-9]{40}')],
  Gcp: [/\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/],
  Aws: [/\b(?:A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}\b/],
  GitHub: [/\bgh[pousr]_[0-9A-Za-z]{36}\b/],
  GitLab: [/\bglpat-[0-9A-Za-z_-]{20}\b/],
  Terraform: [/\b[a-z0-9]{14}\.atlasv1\.[a-z0-9_=-]{60,70}\b/],
  Heroku: [keyed('heroku', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}')],
  Jwt: [/\beyJ[0-9A-Za-z_-]{10,}\.eyJ[0-9A-Za-z_-]{10,}\.[0-9A-Za-z_-]{10,}/],
  LaunchDarkly: [keyed('launchdarkly', '[a-z0-9=_-]{40}')],
  NewRelic: [keyed('new-relic|newrelic|new_relic', 'NRJS-[a-f0-9]{19}|NRAK-[a-z0-9]{27}|[a-z0-9]{64}')],
  Npm: [/\bnpm_[A-Za-z0-9]{36}\b/],
  Okta: [keyed('okta', '[a-z0-9=_-]{42}')],
  Stripe: [/\b(?:sk|pk|rk)_(?:test|live)_[0-9A-Za-z]{10,99}\b/],
  SumoLogic: [keyed('sumo', '[a-z0-9]{14}|[a-z0-9]{64}')],
  Twilio: [/\bSK[0-9a-fA-F]{32}\b/],
  Vault: [/\bhvs\.[A-Za-z0-9_-]{90,100}\b/, /\bhvb\.[A-Za-z0-9_-]{138,212}\b/],
  PrivateKey: [/-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY-----/],
};

/**
 * Matches every string that any provider's pattern matches, and some more: it joins all patterns
 * and ignores case. A string it does not match is tested no further, so most strings of a manifest
 * cost one test instead of one per pattern.
 */
const ANY_SECRET = new RegExp(Object.values(SECRET_PATTERNS).flat().map((pattern) => `(?:${pattern.source})`).join('|'), 'i');

const HITS = new RunCache<Record<string, any>, Map<string, string[]>>();

/**
 * Returns the field paths of a manifest's strings that match each provider's patterns, in the
 * order {@link stringsOf} yields the strings. The map is built once per manifest and run for all
 * providers. Callers must not change it.
 */
export function secretFieldPaths(manifest: Record<string, any>): ReadonlyMap<string, readonly string[]> {
  return HITS.get(manifest, findSecrets);
}

function findSecrets(manifest: Record<string, any>): Map<string, string[]> {
  const hits = new Map<string, string[]>();
  for (const { text, path } of stringsOf(manifest, '')) {
    if (!ANY_SECRET.test(text)) {
      continue;
    }
    for (const [provider, patterns] of Object.entries(SECRET_PATTERNS)) {
      if (patterns.some((pattern) => pattern.test(text))) {
        hits.set(provider, [...(hits.get(provider) ?? []), path]);
      }
    }
  }
  return hits;
}

/**
 * Lists every string of a manifest with its field path. Each map entry is also offered as
 * `key: value`, so that keyword-anchored patterns see the key.
 */
export function stringsOf(value: unknown, path: string, out: Array<{ text: string; path: string }> = []): Array<{ text: string; path: string }> {
  if (typeof value === 'string') {
    out.push({ text: value, path });
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) stringsOf(value[index], `${path}[${index}]`, out);
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      const childPath = path === '' ? key : `${path}.${key}`;
      if (typeof child === 'string') out.push({ text: `${key}: ${child}`, path: childPath });
      else stringsOf(child, childPath, out);
    }
  }
  return out;
}
