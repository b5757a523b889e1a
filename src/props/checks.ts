import { k8sListToJson, k8sToJson, plainJson, quantityValue } from './k8s-json';

/**
 * Validates a prop's value and converts it to its chart value. Throws an error that names the
 * prop path as the user writes it, the value received and the fix.
 */
export type Converter = (value: any, prop: string) => any;

/** Formats a received value for an error message. */
export function show(value: any): string {
  if (typeof value === 'string') {
    return `'${value}'`;
  }
  if (value === undefined) {
    return 'undefined';
  }
  if (typeof value === 'number' && !Number.isFinite(value)) {
    // JSON has no NaN or Infinity and would print them as null.
    return String(value);
  }
  try {
    const text = JSON.stringify(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
  } catch {
    return String(value);
  }
}

/** Throws the standard error for an invalid prop value. */
export function invalid(prop: string, value: any, requirement: string, fix: string): never {
  throw new Error(`Invalid ${prop}: ${show(value)}. It must be ${requirement}. ${fix}`);
}

function isPlainObject(value: any): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A string of any content. */
export const anyString: Converter = (value, prop) => {
  if (typeof value !== 'string') {
    invalid(prop, value, 'a string', `Pass ${prop} as a string.`);
  }
  return value;
};

/** A non-empty string. */
export const nonEmptyString: Converter = (value, prop) => {
  if (typeof value !== 'string' || value === '') {
    invalid(prop, value, 'a non-empty string', `Set ${prop} to a value, or leave it out for the default.`);
  }
  return value;
};

/** A boolean. */
export const bool: Converter = (value, prop) => {
  if (typeof value !== 'boolean') {
    invalid(prop, value, 'true or false', `Pass ${prop} as a boolean.`);
  }
  return value;
};

/** An integer from `min` to `max`, both included. */
export function integer(min: number, max: number, fix: string): Converter {
  return (value, prop) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `an integer of at least ${min}` : `an integer from ${min} to ${max}`;
      invalid(prop, value, range, fix);
    }
    return value;
  };
}

/** A TCP port number. */
export const port: Converter = integer(1, 65535, 'Choose a port number from 1 to 65535.');

/** A replica count. */
export const replicas: Converter = integer(0, Number.MAX_SAFE_INTEGER, 'Set a whole number of replicas, 0 or more.');

/** A count or number of seconds that may be 0. */
export const nonNegative: Converter = integer(0, Number.MAX_SAFE_INTEGER, 'Use a whole number, 0 or more.');

/** A count or number of seconds that must be 1 or more. */
export const positive: Converter = integer(1, Number.MAX_SAFE_INTEGER, 'Use a whole number, 1 or more.');

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** A DNS label (RFC 1123), as namespace names are. */
export const dnsLabel: Converter = (value, prop) => {
  if (typeof value !== 'string' || value.length > 63 || !DNS_LABEL.test(value)) {
    invalid(prop, value, 'a DNS label: at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit',
      'Use a valid namespace name such as \'cert-manager\'.');
  }
  return value;
};

/** A DNS label that starts with a letter (RFC 1035), as Service names are. */
export const dns1035Label: Converter = (value, prop) => {
  if (typeof value !== 'string' || value.length > 63 || !DNS_1035_LABEL.test(value)) {
    invalid(prop, value, 'at most 63 lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit',
      'Object names, Service names among them, derive from it; use a name such as \'cert-manager\'.');
  }
  return value;
};

/** A DNS subdomain (RFC 1123), as most object names are. */
export const dnsSubdomain: Converter = (value, prop) => {
  if (typeof value !== 'string' || value.length > 253 || !DNS_SUBDOMAIN.test(value)) {
    invalid(prop, value, 'a DNS subdomain: at most 253 lowercase letters, digits, hyphens and dots, starting and ending with a letter or digit',
      'Use the name of the Kubernetes object as it appears in the cluster.');
  }
  return value;
};

/** One of the string values of a TypeScript enum. */
export function oneOf(enumObject: Record<string, string>, enumName: string): Converter {
  const allowed = Object.values(enumObject);
  return (value, prop) => {
    if (!allowed.includes(value)) {
      invalid(prop, value, `one of ${allowed.map((v) => `'${v}'`).join(', ')}`, `Use a member of ${enumName}.`);
    }
    return value;
  };
}

/** A map of strings, such as labels and annotations. */
export const stringMap: Converter = (value, prop) => {
  if (!isPlainObject(value)) {
    invalid(prop, value, 'a map of strings', `Pass ${prop} as an object such as { key: 'value' }.`);
  }
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) {
      continue;
    }
    if (typeof item !== 'string') {
      invalid(`${prop}['${key}']`, item, 'a string', 'Quote numbers and booleans, for example \'true\'.');
    }
    result[key] = item;
  }
  return result;
};

/** A free-form map, copied as JSON. */
export const anyMap: Converter = (value, prop) => {
  if (!isPlainObject(value)) {
    invalid(prop, value, 'an object', `Pass ${prop} as an object.`);
  }
  return plainJson(value);
};

/** A list of strings. */
export const stringList: Converter = (value, prop) => {
  if (!Array.isArray(value)) {
    invalid(prop, value, 'a list of strings', `Pass ${prop} as an array of strings.`);
  }
  value.forEach((item: any, index: number) => {
    if (typeof item !== 'string') {
      invalid(`${prop}[${index}]`, item, 'a string', 'Pass each item as a string.');
    }
  });
  return [...value];
};

/** A list of strings that the chart joins with commas into one flag value. */
export function commaList(checkItem?: (item: string, prop: string) => void): Converter {
  return (value, prop) => {
    const items: string[] = stringList(value, prop);
    items.forEach((item, index) => {
      if (item === '' || item.includes(',')) {
        invalid(`${prop}[${index}]`, item, 'a non-empty string without commas', 'Give each entry as its own list item.');
      }
      checkItem?.(item, `${prop}[${index}]`);
    });
    return items.join(',');
  };
}

/** An object of a cdk8s-plus-28 `k8s` type, converted to Kubernetes JSON. */
export function k8sObject(type: string): Converter {
  return (value, prop) => {
    if (!isPlainObject(value)) {
      invalid(prop, value, `an object of type k8s.${type}`, `Pass ${prop} as a k8s.${type} object.`);
    }
    return k8sToJson(type, value);
  };
}

/** A list of a cdk8s-plus-28 `k8s` type, converted to Kubernetes JSON. */
export function k8sList(type: string): Converter {
  return (value, prop) => {
    if (!Array.isArray(value)) {
      invalid(prop, value, `a list of k8s.${type}`, `Pass ${prop} as an array of k8s.${type} objects.`);
    }
    value.forEach((item: any, index: number) => {
      if (!isPlainObject(item)) {
        invalid(`${prop}[${index}]`, item, `an object of type k8s.${type}`, `Pass each item as a k8s.${type} object.`);
      }
    });
    return k8sListToJson(type, value);
  };
}

/**
 * A `k8s.IntOrString` for a PodDisruptionBudget: a whole number of pods, or a percentage such
 * as `'50%'`.
 */
export const podCount: Converter = (value, prop) => {
  const raw = quantityValue(value);
  const validNumber = typeof raw === 'number' && Number.isInteger(raw) && raw >= 0;
  const validPercent = typeof raw === 'string' && /^[0-9]+%$/.test(raw) && Number(raw.slice(0, -1)) <= 100;
  const validDigits = typeof raw === 'string' && /^[0-9]+$/.test(raw);
  if (!validNumber && !validPercent && !validDigits) {
    invalid(prop, raw, 'a whole number of pods, 0 or more, or a percentage from 0% to 100%',
      'Use k8s.IntOrString.fromNumber(1) or k8s.IntOrString.fromString(\'50%\').');
  }
  return validDigits ? Number(raw) : raw;
};

/** Duck type of cdk8s's `Duration`, which may come from another copy of cdk8s. */
interface DurationLike {
  toMilliseconds(): number;
}

function isDuration(value: any): value is DurationLike {
  return value !== null && typeof value === 'object' && typeof value.toMilliseconds === 'function';
}

/** Milliseconds of a `Duration` prop; throws when it is not a positive `Duration`. */
export function durationMilliseconds(value: any, prop: string): number {
  if (!isDuration(value)) {
    invalid(prop, value, 'a Duration', `Pass ${prop} as a Duration, for example Duration.seconds(30).`);
  }
  const ms = value.toMilliseconds();
  if (!(ms > 0) || !Number.isInteger(ms)) {
    invalid(prop, `${ms}ms`, 'longer than zero and a whole number of milliseconds', `Set ${prop} to a positive Duration.`);
  }
  return ms;
}

/**
 * Formats milliseconds as a duration string that both Go's `time.ParseDuration` and Prometheus
 * accept: whole seconds as `<n>s`, anything else as `<n>ms`.
 */
export function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/** A positive `Duration`, as a duration string. */
export const duration: Converter = (value, prop) => formatDuration(durationMilliseconds(value, prop));

/** Feature gates by name, as the `Name=true,Other=false` string of `--feature-gates`. */
export const featureGates: Converter = (value, prop) => {
  if (!isPlainObject(value)) {
    invalid(prop, value, 'a map of feature gate names to true or false', 'Pass it as an object such as { ExperimentalGatewayAPISupport: true }.');
  }
  const parts: string[] = [];
  for (const [name, enabled] of Object.entries(value)) {
    if (enabled === undefined) {
      continue;
    }
    if (!/^[A-Za-z0-9]+$/.test(name)) {
      invalid(`${prop} key`, name, 'a feature gate name of letters and digits', 'Use the gate name as cert-manager documents it, such as \'ServerSideApply\'.');
    }
    if (typeof enabled !== 'boolean') {
      invalid(`${prop}.${name}`, enabled, 'true or false', 'Set each gate to true or false.');
    }
    parts.push(`${name}=${enabled}`);
  }
  return parts.join(',');
};

const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const IMAGE_DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;

/** An image tag as the OCI distribution spec defines it. */
export const imageTag: Converter = (value, prop) => {
  if (typeof value !== 'string' || !IMAGE_TAG.test(value)) {
    invalid(prop, value, 'an image tag: up to 128 letters, digits, underscores, dots and hyphens, not starting with a dot or hyphen',
      'Use a tag such as \'v1.21.1\', without the repository or a leading colon.');
  }
  return value;
};

/** An image digest such as `sha256:<64 hex digits>`. */
export const imageDigest: Converter = (value, prop) => {
  if (typeof value !== 'string' || !IMAGE_DIGEST.test(value)) {
    invalid(prop, value, 'an image digest of the form <algorithm>:<hex>, such as sha256:<64 hex digits>',
      'Copy the digest from the registry, without a leading @.');
  }
  return value;
};

/** A host name or IP address, optionally with `:port`, without a scheme or path. */
export const hostAndPort: Converter = (value, prop) => {
  const host = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9]([-A-Za-z0-9.]*[A-Za-z0-9])?)(:[0-9]{1,5})?$/;
  if (typeof value !== 'string' || !host.test(value)) {
    invalid(prop, value, 'a host name or IP address, optionally followed by :port, without https:// or a path',
      'Write only the host, for example \'cert-manager-webhook.example.com\'.');
  }
  return value;
};

/** Checks a DNS-01 recursive name server: `<ip address>:<port>` or an `https://` DNS over HTTPS URL. */
export function checkNameserver(item: string, prop: string): void {
  if (item.startsWith('https://')) {
    if (!/^https:\/\/[^/\s]+(\/\S*)?$/.test(item)) {
      invalid(prop, item, 'an https:// URL with a host', 'Write the DNS over HTTPS server as https://<host>/<path>.');
    }
    return;
  }
  const match = /^(\[[0-9a-fA-F:.]+\]|[^:\s[\]]+):([0-9]{1,5})$/.exec(item);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535) {
    invalid(prop, item, '<ip address>:<port> or https://<DNS over HTTPS server>', 'Add the port, for example \'8.8.8.8:53\'.');
  }
}
