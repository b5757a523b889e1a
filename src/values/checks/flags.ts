import { isMapping, isTruthy, valueAt } from '../describe';
import { CAINJECTOR, Component, CONTROLLER, STARTUPAPICHECK, WEBHOOK } from './components';

/** A command-line flag found in a component's `extraArgs`. */
export interface ExtraArg {
  /** Index of the list item that names the flag. */
  readonly index: number;
  /** Flag name without dashes, for example `namespace`. */
  readonly name: string;
  /** The flag's value: after `=`, or the next item when that is not a flag; undefined for a bare flag. */
  readonly value?: string;
  /** The item as written. */
  readonly text: string;
}

/**
 * Finds the flags in an `extraArgs` list. Items that are not strings or do not start with a dash
 * are skipped, except as the value of the flag before them.
 */
export function parseExtraArgs(args: unknown): ExtraArg[] {
  if (!Array.isArray(args)) {
    return [];
  }
  const flags: ExtraArg[] = [];
  for (let index = 0; index < args.length; index++) {
    const item = args[index];
    if (typeof item !== 'string' || !item.startsWith('-')) {
      continue;
    }
    const body = item.replace(/^--?/, '');
    const equals = body.indexOf('=');
    if (equals >= 0) {
      flags.push({ index, name: body.slice(0, equals), value: body.slice(equals + 1), text: item });
      continue;
    }
    const next = args[index + 1];
    if (typeof next === 'string' && !next.startsWith('-')) {
      flags.push({ index, name: body, value: next, text: `${item} ${next}` });
      index++;
    } else {
      flags.push({ index, name: body, text: item });
    }
  }
  return flags;
}

/**
 * How a flag behaves when it is given twice: `single` keeps the last value, `list` adds the
 * values up (pflag string slices), `map` merges the key=value pairs and keeps the last value per
 * key (the Kubernetes component-base map flags).
 */
export type FlagRepeat = 'single' | 'list' | 'map';

/** A flag that the chart puts on a component's command line. */
export interface ChartFlag {
  /** Flag name without dashes. */
  readonly name: string;
  /** The value the chart renders. */
  readonly value: string;
  readonly repeat: FlagRepeat;
  /** Whether the chart writes the flag after the `extraArgs` items. */
  readonly afterExtraArgs: boolean;
  /** Values path that sets the flag. */
  readonly source: string;
  /** What to change instead of repeating the flag, when setting `source` is not the fix. */
  readonly fix?: string;
}

type Values = Record<string, any>;

/** Lists the flags that the chart v1.21.1 renders for a component with these merged values. */
export function chartFlags(values: Values, component: Component): ChartFlag[] {
  switch (component) {
    case CONTROLLER:
      return controllerFlags(values);
    case WEBHOOK:
      return webhookFlags(values);
    case CAINJECTOR:
      return cainjectorFlags(values);
    case STARTUPAPICHECK:
      return [flag('wait', String(valueAt(values, 'startupapicheck.timeout')), 'startupapicheck.timeout')];
    default:
      return [];
  }
}

const CONFIG_FILE = '/var/cert-manager/config/config.yaml';

function flag(name: string, value: string, source: string, options: { repeat?: FlagRepeat; after?: boolean; fix?: string } = {}): ChartFlag {
  return { name, value, source, repeat: options.repeat ?? 'single', afterExtraArgs: options.after ?? false, fix: options.fix };
}

/** `--v`, rendered unless `global.logLevel` is null or empty (0 is rendered). */
function logLevelFlags(values: Values): ChartFlag[] {
  const level = valueAt(values, 'global.logLevel');
  return level === null || level === undefined || level === '' ? [] : [flag('v', String(level), 'global.logLevel')];
}

function configFlags(values: Values, configPath: string): ChartFlag[] {
  return isTruthy(valueAt(values, configPath))
    ? [flag('config', CONFIG_FILE, configPath, { fix: `Put the settings in \`${configPath}\` instead.` })]
    : [];
}

function leaderElectionFlags(values: Values): ChartFlag[] {
  const election = valueAt(values, 'global.leaderElection');
  if (!isTruthy(election) || !isMapping(election)) {
    return [];
  }
  const flags = [flag('leader-election-namespace', String(election.namespace ?? ''), 'global.leaderElection.namespace')];
  const optional: Array<[string, string]> = [
    ['leader-election-lease-duration', 'leaseDuration'],
    ['leader-election-renew-deadline', 'renewDeadline'],
    ['leader-election-retry-period', 'retryPeriod'],
  ];
  for (const [name, key] of optional) {
    if (isTruthy(election[key])) {
      flags.push(flag(name, String(election[key]), `global.leaderElection.${key}`));
    }
  }
  return flags;
}

function metricsFlags(values: Values): ChartFlag[] {
  return isTruthy(valueAt(values, 'prometheus.enabled'))
    ? []
    : [flag('metrics-listen-address', '0', 'prometheus.enabled', {
      after: true,
      fix: 'Set `prometheus.enabled` to true if the metrics server should listen.',
    })];
}

function controllerFlags(values: Values): ChartFlag[] {
  const flags = [...logLevelFlags(values), ...configFlags(values, 'config')];
  flags.push(flag('cluster-resource-namespace',
    isTruthy(values.clusterResourceNamespace) ? String(values.clusterResourceNamespace) : '$(POD_NAMESPACE)',
    'clusterResourceNamespace'));
  flags.push(...leaderElectionFlags(values));
  flags.push(flag('acme-http01-solver-image', '(the image built from acmesolver.image)', 'acmesolver.image', {
    fix: 'Set the solver image through `acmesolver.image` instead.',
  }));

  const after = { after: true };
  for (const [name, key] of [['default-issuer-name', 'defaultIssuerName'], ['default-issuer-kind', 'defaultIssuerKind'], ['default-issuer-group', 'defaultIssuerGroup']]) {
    const value = valueAt(values, `ingressShim.${key}`);
    if (isTruthy(value)) {
      flags.push(flag(name, String(value), `ingressShim.${key}`, after));
    }
  }
  if (isTruthy(values.featureGates)) {
    flags.push(flag('feature-gates', String(values.featureGates), 'featureGates', { after: true, repeat: 'map' }));
  }
  const commonLabels = valueAt(values, 'global.commonLabels');
  if (isTruthy(commonLabels) && isMapping(commonLabels)) {
    for (const [key, value] of Object.entries(commonLabels)) {
      flags.push(flag('acme-http01-solver-extra-labels', `${key}=${value}`, 'global.commonLabels', { after: true, repeat: 'map' }));
    }
  }
  if (isTruthy(values.maxConcurrentChallenges)) {
    flags.push(flag('max-concurrent-challenges', String(values.maxConcurrentChallenges), 'maxConcurrentChallenges', after));
  }
  if (isTruthy(values.enableCertificateOwnerRef)) {
    flags.push(flag('enable-certificate-owner-ref', 'true', 'enableCertificateOwnerRef', after));
  }
  if (isTruthy(values.dns01RecursiveNameserversOnly)) {
    flags.push(flag('dns01-recursive-nameservers-only', 'true', 'dns01RecursiveNameserversOnly', after));
  }
  if (isTruthy(values.dns01RecursiveNameservers)) {
    flags.push(flag('dns01-recursive-nameservers', String(values.dns01RecursiveNameservers), 'dns01RecursiveNameservers', { after: true, repeat: 'list' }));
  }
  if (isTruthy(values.disableAutoApproval)) {
    flags.push(flag('controllers', '-certificaterequests-approver', 'disableAutoApproval', { after: true, repeat: 'list' }));
  }
  const solverRuntimeClass = valueAt(values, 'acmesolver.runtimeClassName');
  if (isTruthy(solverRuntimeClass)) {
    flags.push(flag('acme-http01-solver-runtime-class-name', JSON.stringify(String(solverRuntimeClass)), 'acmesolver.runtimeClassName', after));
  }
  return flags;
}

function webhookFlags(values: Values): ChartFlag[] {
  const webhook = isMapping(values.webhook) ? values.webhook : {};
  const config = isMapping(webhook.config) ? webhook.config : {};
  const flags = [...logLevelFlags(values), ...configFlags(values, 'webhook.config')];

  if (!isTruthy(config.securePort)) {
    flags.push(flag('secure-port', String(webhook.securePort), 'webhook.securePort'));
  }
  if (isTruthy(webhook.featureGates)) {
    flags.push(flag('feature-gates', String(webhook.featureGates), 'webhook.featureGates', { repeat: 'map' }));
  }
  if (isTruthy(webhook.enableClientVerification)) {
    flags.push(flag('enable-client-verification', String(webhook.enableClientVerification), 'webhook.enableClientVerification'));
  }
  if (isTruthy(webhook.clientCAFile)) {
    flags.push(flag('client-ca-path', String(webhook.clientCAFile), 'webhook.clientCAFile'));
  }
  if (isTruthy(webhook.apiserverClientCertSubjects)) {
    flags.push(flag('client-subject-names', String(webhook.apiserverClientCertSubjects), 'webhook.apiserverClientCertSubjects', { repeat: 'list' }));
  }

  const tlsConfig = isMapping(config.tlsConfig) ? config.tlsConfig : {};
  if (!isTruthy(tlsConfig.dynamic) && !isTruthy(tlsConfig.filesystem)) {
    const fix = 'The chart derives these flags from the release; to serve another certificate, set `webhook.config.tlsConfig` instead.';
    const options = { fix };
    flags.push(flag('dynamic-serving-ca-secret-namespace', '$(POD_NAMESPACE)', 'webhook.config.tlsConfig', options));
    flags.push(flag('dynamic-serving-ca-secret-name', '(the webhook name)-ca', 'webhook.config.tlsConfig', options));
    flags.push(flag('dynamic-serving-dns-names', '(the webhook Service names)', 'webhook.config.tlsConfig', { fix, repeat: 'list' }));
  }
  flags.push(...metricsFlags(values));
  return flags;
}

function cainjectorFlags(values: Values): ChartFlag[] {
  const flags = [...logLevelFlags(values), ...configFlags(values, 'cainjector.config'), ...leaderElectionFlags(values)];
  const featureGates = valueAt(values, 'cainjector.featureGates');
  if (isTruthy(featureGates)) {
    flags.push(flag('feature-gates', String(featureGates), 'cainjector.featureGates', { repeat: 'map' }));
  }
  flags.push(...metricsFlags(values));
  return flags;
}
