import { Duration } from 'cdk8s';

/** Milliseconds per unit of Go's `time.ParseDuration`. */
const UNIT_MILLISECONDS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/**
 * Parses a duration in the format of Go's `time.ParseDuration`, which cert-manager uses for
 * `duration` and `renewBefore` (for example `2160h`, `1h30m`, `1.5h`).
 *
 * @returns the duration in milliseconds, or undefined when the text is not a valid duration
 */
export function parseGoDuration(text: string): number | undefined {
  const match = /^([-+]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.exec(text);
  if (text === '0') {
    return 0;
  }
  if (!match) {
    return undefined;
  }
  let total = 0;
  for (const part of text.replace(/^[-+]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) {
    total += Number(part[1]) * UNIT_MILLISECONDS[part[2]];
  }
  return match[1] === '-' ? -total : total;
}

/**
 * Formats a duration for cert-manager in whole hours, minutes or seconds, whichever is the
 * largest unit that keeps it exact (`2160h`, `90m`, `45s`).
 */
export function formatGoDuration(duration: Duration): string {
  const seconds = duration.toSeconds();
  if (seconds % 3600 === 0) {
    return `${seconds / 3600}h`;
  }
  if (seconds % 60 === 0) {
    return `${seconds / 60}m`;
  }
  return `${seconds}s`;
}

/**
 * Writes a number of milliseconds in days and hours for messages, for example `397 days (9528h)`.
 */
export function describeMilliseconds(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours >= 24 && Number.isInteger(hours / 24)) {
    return `${hours / 24} days (${hours}h)`;
  }
  return Number.isInteger(hours) ? `${hours}h` : `${Math.round(ms / 60_000)}m`;
}
