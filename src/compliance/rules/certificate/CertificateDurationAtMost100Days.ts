import { Check, ManifestObject, RuleResult } from '../../rule';

const MAX_HOURS = 2400;

/** Parses a Go duration such as `2160h` or `90h30m` into hours; undefined when malformed. */
export function durationHours(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^(\d+(\.\d+)?(h|m|s|ms|us|µs|ns))+$/.test(value)) return undefined;
  const factors: Record<string, number> = { h: 1, m: 1 / 60, s: 1 / 3600, ms: 1 / 3.6e6, us: 1 / 3.6e9, µs: 1 / 3.6e9, ns: 1 / 3.6e12 };
  let hours = 0;
  for (const match of value.matchAll(/(\d+(?:\.\d+)?)(ms|us|µs|ns|h|m|s)/g)) hours += parseFloat(match[1]) * factors[match[2]];
  return hours;
}

/**
 * cert-manager Certificates from issuers other than Let's Encrypt last at most 100 days
 * (2400 hours). Let's Encrypt sets its own lifetime, so issuers whose name contains
 * `letsencrypt` are not applicable.
 */
export const CertificateDurationAtMost100Days: Check = {
  name: 'CertificateDurationAtMost100Days',
  title: 'Certificates last at most 100 days',
  rationale: 'Short-lived certificates limit how long a leaked key stays useful and keep renewal exercised.',
  fix: 'Set spec.duration to 2400h or less.',
  kinds: ['Certificate'],
  check(object: ManifestObject): RuleResult {
    if (!String(object.manifest.apiVersion ?? '').startsWith('cert-manager.io/')) return 'not-applicable';
    if (String(object.manifest.spec?.issuerRef?.name ?? '').includes('letsencrypt')) return 'not-applicable';
    const duration = object.manifest.spec?.duration;
    // cert-manager defaults an unset duration to 90 days.
    if (duration === undefined) return 'pass';
    const hours = durationHours(duration);
    if (hours !== undefined && hours <= MAX_HOURS) return 'pass';
    return [{ fieldPath: 'spec.duration', message: `The duration "${duration}" is longer than 100 days or malformed. Set spec.duration to ${MAX_HOURS}h or less.` }];
  },
};
