import { isIP } from 'net';

// Internal helpers for construct-time validation. Each returns a message or undefined so that a
// constructor can collect every problem and throw once.

/** A DNS-1123 subdomain, the format of Kubernetes object names such as Secrets. */
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** One DNS label as RFC 1123 allows it, case-insensitive. */
const DNS_LABEL = /^[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?$/;

/** A pragmatic email check: one `@`, no spaces, a dot in the domain. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks a DNS name such as `example.com`, or `*.example.com` when `allowWildcard` is set.
 */
export function checkDnsName(prop: string, value: string, allowWildcard: boolean): string | undefined {
  const name = allowWildcard && value.startsWith('*.') ? value.slice(2) : value;
  const labels = name.replace(/\.$/, '').split('.');
  const valid = name.length > 0 && name.length <= 253 && labels.every((label) => DNS_LABEL.test(label));
  if (valid) {
    return undefined;
  }
  const wildcard = allowWildcard ? ', optionally with a leading "*." label' : '';
  return `${prop} "${value}" is not a valid DNS name. Use labels of letters, digits and hyphens separated by dots${wildcard}, for example "app.example.com".`;
}

/**
 * Checks a Kubernetes object name, such as the name of a Secret.
 */
export function checkObjectName(prop: string, value: string): string | undefined {
  if (value.length > 0 && value.length <= 253 && DNS1123_SUBDOMAIN.test(value)) {
    return undefined;
  }
  return `${prop} "${value}" is not a valid Kubernetes object name. Use at most 253 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit.`;
}

/**
 * Checks an email address.
 */
export function checkEmail(prop: string, value: string): string | undefined {
  if (EMAIL.test(value)) {
    return undefined;
  }
  return `${prop} "${value}" is not a valid email address. Use a form such as "pki-team@example.com".`;
}

/**
 * Checks that a value is an absolute URL with one of the given schemes, and returns the message
 * for the first problem.
 */
export function checkUrl(prop: string, value: string, schemes: string[]): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${prop} "${value}" is not a valid URL. Use an absolute URL such as "${schemes[0]}://host.example.com/path".`;
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (!schemes.includes(scheme)) {
    return `${prop} "${value}" uses the scheme "${scheme}", but it must use ${schemes.map((s) => `"${s}"`).join(' or ')}. Change the URL to start with "${schemes[0]}://".`;
  }
  if (url.hostname === '') {
    return `${prop} "${value}" has no host. Use an absolute URL such as "${schemes[0]}://host.example.com/path".`;
  }
  return undefined;
}

/**
 * Checks that a value is not empty.
 */
export function checkRequired(prop: string, value: string | undefined, hint: string): string | undefined {
  if (value !== undefined && value.trim() !== '') {
    return undefined;
  }
  return `${prop} is missing. ${hint}`;
}

/**
 * Returns whether a host is a literal IPv4 or IPv6 address, brackets allowed.
 */
export function isIpAddress(host: string): boolean {
  return isIP(stripBrackets(host)) !== 0;
}

/**
 * Removes the brackets of an IPv6 literal such as `[2001:db8::1]`.
 */
export function stripBrackets(host: string): string {
  return host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
}
