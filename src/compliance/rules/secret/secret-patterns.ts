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
 * Returns the field paths of a manifest's strings that match each provider's patterns, in
 * document order. The map is built once per manifest and run for all
 * providers. Callers must not change it.
 */
export function secretFieldPaths(manifest: Record<string, any>): ReadonlyMap<string, readonly string[]> {
  return HITS.get(manifest, findSecrets);
}

function findSecrets(manifest: Record<string, any>): Map<string, string[]> {
  const hits = new Map<string, string[]>();
  const segments: Array<string | number> = [];
  const visit = (text: string): void => {
    if (!ANY_SECRET.test(text)) {
      return;
    }
    const path = fieldPath(segments);
    for (const [provider, patterns] of Object.entries(SECRET_PATTERNS)) {
      if (patterns.some((pattern) => pattern.test(text))) {
        hits.set(provider, [...(hits.get(provider) ?? []), path]);
      }
    }
  };
  visitStrings(manifest, segments, visit);
  return hits;
}

/**
 * Calls `visit` for every string of a value, in document order, while `segments` contains the keys
 * and list indexes that lead to it. Each map entry is offered as `key: value`, so that
 * keyword-anchored patterns see the key. The field path is built only for the strings that may
 * contain a credential, because most strings contain none.
 */
function visitStrings(value: unknown, segments: Array<string | number>, visit: (text: string) => void): void {
  if (typeof value === 'string') {
    visit(value);
  } else if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      segments.push(index);
      visitStrings(value[index], segments, visit);
      segments.pop();
    }
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const child = (value as Record<string, unknown>)[key];
      segments.push(key);
      if (typeof child === 'string') {
        visit(`${key}: ${child}`);
      } else {
        visitStrings(child, segments, visit);
      }
      segments.pop();
    }
  }
}

/** Writes keys and indexes as a field path, for example `spec.containers[0].env[1].value`. */
function fieldPath(segments: Array<string | number>): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') {
      path += `[${segment}]`;
    } else {
      path += path === '' ? segment : `.${segment}`;
    }
  }
  return path;
}
