import { describeMilliseconds, parseGoDuration } from '../../../issuers/go-duration';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../../rule';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** cert-manager v1.21.1 rejects a shorter `duration` (`MinimumCertificateDuration`). */
const MIN_DURATION_MS = HOUR_MS;

/**
 * Upper bound of `duration`: 397 days, the longest validity that Apple and the CA/Browser Forum
 * Baseline Requirements allowed for publicly trusted TLS certificates issued from September 2020,
 * less one day of margin.
 * NOTE: for publicly trusted certificates issued since 15 March 2026 the CA/Browser Forum schedule
 * allows 200 days, falling to 100 days in 2027; 397 days fits private CAs.
 */
const MAX_DURATION_MS = 397 * DAY_MS;

/** cert-manager v1.21.1 rejects a shorter `renewBefore` (`MinimumRenewBefore`). */
const MIN_RENEW_BEFORE_MS = 5 * 60_000;

/** cert-manager's default `duration`: 90 days. */
const DEFAULT_DURATION_MS = 90 * DAY_MS;

/** Annotations that make ingress-shim and gateway-shim create a Certificate. */
const SHIM_ISSUER_ANNOTATIONS = ['cert-manager.io/issuer', 'cert-manager.io/cluster-issuer'];

/**
 * Certificates request a lifetime from 1 hour to 397 days and renew before they expire:
 * `renewBefore` from 5 minutes to less than the lifetime, or `renewBeforePercentage` from 1 to 99.
 * Ingresses and Gateways that ask cert-manager for a certificate are judged by their
 * `cert-manager.io/duration`, `cert-manager.io/renew-before` and
 * `cert-manager.io/renew-before-percentage` annotations.
 */
export const CertificateDurationBounded: Check = {
  name: 'CertificateDurationBounded',
  title: 'Certificates last from 1 hour to 397 days and renew before they expire.',
  rationale: 'Long-lived certificates keep a stolen key useful and cannot be revoked reliably; a renewal window '
    + 'as long as the lifetime makes cert-manager reissue constantly, and cert-manager rejects lifetimes under an hour.',
  fix: 'Set spec.duration between 1h and 9528h (397 days) and spec.renewBefore below it, for example duration 2160h with renewBefore 720h.',
  kinds: ['Certificate', 'Ingress', 'Gateway'],
  check(object: ManifestObject): RuleResult {
    const manifest = object.manifest;
    if (manifest.kind === 'Certificate') {
      if (!String(manifest.apiVersion ?? '').startsWith('cert-manager.io/')) {
        return 'not-applicable';
      }
      const spec = manifest.spec ?? {};
      return toResult(judge(spec.duration, spec.renewBefore, spec.renewBeforePercentage, {
        duration: 'spec.duration',
        renewBefore: 'spec.renewBefore',
        renewBeforePercentage: 'spec.renewBeforePercentage',
      }));
    }
    const annotations = manifest.metadata?.annotations ?? {};
    if (!SHIM_ISSUER_ANNOTATIONS.some((key) => annotations[key] !== undefined)) {
      return 'not-applicable';
    }
    const percentage = annotations['cert-manager.io/renew-before-percentage'];
    return toResult(judge(annotations['cert-manager.io/duration'], annotations['cert-manager.io/renew-before'],
      percentage === undefined ? undefined : Number(percentage), {
        duration: 'metadata.annotations["cert-manager.io/duration"]',
        renewBefore: 'metadata.annotations["cert-manager.io/renew-before"]',
        renewBeforePercentage: 'metadata.annotations["cert-manager.io/renew-before-percentage"]',
      }));
  },
};

interface FieldPaths {
  readonly duration: string;
  readonly renewBefore: string;
  readonly renewBeforePercentage: string;
}

function judge(duration: unknown, renewBefore: unknown, percentage: unknown, paths: FieldPaths): RuleViolation[] {
  const violations: RuleViolation[] = [];
  let durationMs = DEFAULT_DURATION_MS;
  if (duration !== undefined) {
    const parsed = typeof duration === 'string' ? parseGoDuration(duration) : undefined;
    if (parsed === undefined) {
      violations.push({ fieldPath: paths.duration, message: `The duration "${duration}" is not a Go duration; write it like "2160h".` });
      return violations;
    }
    durationMs = parsed;
  }
  if (durationMs < MIN_DURATION_MS) {
    violations.push({ fieldPath: paths.duration, message: `The duration ${describeMilliseconds(durationMs)} is below the minimum of 1h; set it to 1h or more.` });
  }
  if (durationMs > MAX_DURATION_MS) {
    violations.push({
      fieldPath: paths.duration,
      message: `The duration ${describeMilliseconds(durationMs)} exceeds 397 days (9528h); shorten it, for example to 2160h (90 days).`,
    });
  }
  if (renewBefore !== undefined) {
    const renewMs = typeof renewBefore === 'string' ? parseGoDuration(renewBefore) : undefined;
    if (renewMs === undefined) {
      violations.push({ fieldPath: paths.renewBefore, message: `The renewBefore "${renewBefore}" is not a Go duration; write it like "720h".` });
    } else if (renewMs >= durationMs) {
      violations.push({
        fieldPath: paths.renewBefore,
        message: `The renewBefore ${describeMilliseconds(renewMs)} is not less than the duration ${describeMilliseconds(durationMs)}; set it to about a third of the duration.`,
      });
    } else if (renewMs < MIN_RENEW_BEFORE_MS) {
      violations.push({ fieldPath: paths.renewBefore, message: `The renewBefore ${describeMilliseconds(renewMs)} is below the minimum of 5m; set it to 5m or more.` });
    }
  }
  if (percentage !== undefined && (typeof percentage !== 'number' || !Number.isInteger(percentage) || percentage < 1 || percentage > 99)) {
    violations.push({
      fieldPath: paths.renewBeforePercentage,
      message: `The renewBeforePercentage ${JSON.stringify(percentage)} is not a whole number from 1 to 99; use 33 to renew with a third of the lifetime left.`,
    });
  }
  return violations;
}

function toResult(violations: RuleViolation[]): RuleResult {
  return violations.length === 0 ? 'pass' : violations;
}
