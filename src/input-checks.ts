import { Values } from './chart/context';
import { parseQuantity } from './private/quantity';

/** Problems found in the merged values: errors stop the install, warnings do not. */
export interface InputProblems {
  readonly errors: string[];
  readonly warnings: { path: string; message: string }[];
}

const COMPONENTS = [
  { name: 'controller', prefix: '', selectorName: undefined as string | undefined },
  { name: 'webhook', prefix: 'webhook.', selectorName: 'webhook' },
  { name: 'cainjector', prefix: 'cainjector.', selectorName: 'cainjector' },
  { name: 'startupapicheck', prefix: 'startupapicheck.', selectorName: 'startupapicheck' },
];

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_NAME = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;
const LABEL_VALUE = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)?$/;

function componentOf(values: Values, prefix: string): Values {
  return prefix === '' ? values : values[prefix.slice(0, -1)] ?? {};
}

/**
 * Checks inputs that the chart renders without a word but that the API server rejects or that
 * break the install: list items of the wrong type, invalid namespaces and label keys, pod labels
 * that no longer match the selector, requests above limits, mounts of missing volumes, registry
 * and version typos, and components scaled to zero.
 *
 * @param values merged chart values
 * @param chartName the `app.kubernetes.io/name` of the controller's pods (`nameOverride` or `cert-manager`)
 * @param version the cert-manager version of the images
 */
export function checkInputs(values: Values, chartName: string, version: string): InputProblems {
  const errors: string[] = [];
  const warnings: { path: string; message: string }[] = [];

  if (!/^v\d+\.\d+\.\d+([-+][0-9A-Za-z.-]+)?$/.test(version)) {
    errors.push(`version '${version}' is not a cert-manager release tag, so no image exists for it. Use the form v1.21.1.`);
  }
  for (const registry of ['imageRegistry', 'imageNamespace']) {
    const value = values[registry];
    if (typeof value === 'string' && (value.endsWith('/') || value.startsWith('/'))) {
      errors.push(`${registry} '${value}' starts or ends with '/', which puts '//' into every image reference. Remove the slash.`);
    }
  }
  for (const path of ['global.leaderElection.namespace', 'clusterResourceNamespace', 'namespace']) {
    const value = path.split('.').reduce((v: any, key) => v?.[key], values);
    if (typeof value === 'string' && value !== '' && (!DNS_LABEL.test(value) || value.length > 63)) {
      errors.push(`${path} '${value}' is not a valid namespace name. Use at most 63 lowercase letters, digits and hyphens, starting and ending with a letter or digit.`);
    }
  }

  for (const { name, prefix, selectorName } of COMPONENTS) {
    const component = componentOf(values, prefix);
    checkStringList(component.extraArgs, `${prefix}extraArgs`, errors);
    checkLabels(component.podLabels, `${prefix}podLabels`, errors);
    checkSelectorLabels(component.podLabels, `${prefix}podLabels`, selectorName ?? chartName, name, errors);
    checkResources(component.resources, `${prefix}resources`, errors);
    checkMounts(component.volumes, component.volumeMounts, prefix, errors);
    if (name !== 'startupapicheck') {
      checkReplicas(component, prefix, name, errors, warnings);
    }
  }
  checkLabels(values.global?.commonLabels, 'global.commonLabels', errors);
  return { errors, warnings };
}

function checkStringList(list: unknown, path: string, errors: string[]): void {
  if (!Array.isArray(list)) {
    return;
  }
  list.forEach((item, index) => {
    if (typeof item !== 'string') {
      errors.push(`${path}[${index}] is ${JSON.stringify(item)}, but container arguments must be strings. Quote it, for example '--v=2'.`);
    }
  });
}

function checkLabels(labels: unknown, path: string, errors: string[]): void {
  if (labels === null || typeof labels !== 'object') {
    return;
  }
  for (const [key, value] of Object.entries(labels as Record<string, unknown>)) {
    const name = key.includes('/') ? key.slice(key.indexOf('/') + 1) : key;
    if (!LABEL_NAME.test(key) || name.length > 63 || (key.includes('/') && key.indexOf('/') > 253)) {
      errors.push(`${path} has the key '${key}', which is not a valid label key. Use an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.'.`);
    }
    if (typeof value === 'string' && (!LABEL_VALUE.test(value) || value.length > 63)) {
      errors.push(`${path}.${key} is '${value}', which is not a valid label value. Use at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit.`);
    }
  }
}

function checkSelectorLabels(labels: unknown, path: string, appName: string, component: string, errors: string[]): void {
  if (labels === null || typeof labels !== 'object') {
    return;
  }
  const selector: Record<string, string> = {
    'app.kubernetes.io/name': appName,
    'app.kubernetes.io/component': component,
  };
  for (const [key, expected] of Object.entries(selector)) {
    const value = (labels as Record<string, unknown>)[key];
    if (value !== undefined && value !== expected) {
      errors.push(`${path}.${key} is '${value}', but the ${component} selector requires '${expected}', so the API server would reject the pod template. Remove the label or use another key.`);
    }
  }
}

function checkResources(resources: any, path: string, errors: string[]): void {
  for (const name of ['cpu', 'memory', 'ephemeral-storage']) {
    const request = parseQuantity(resources?.requests?.[name]);
    const limit = parseQuantity(resources?.limits?.[name]);
    if (request !== undefined && limit !== undefined && request > limit) {
      errors.push(
        `${path}.requests.${name} (${resources.requests[name]}) is above ${path}.limits.${name} (${resources.limits[name]}), which the API server rejects. ` +
        'Lower the request or raise the limit.');
    }
  }
}

function checkMounts(volumes: unknown, mounts: unknown, prefix: string, errors: string[]): void {
  if (!Array.isArray(mounts)) {
    return;
  }
  const names = new Set((Array.isArray(volumes) ? volumes : []).map((v: any) => v?.name));
  if (prefix === '') {
    // The chart adds the `config` volume itself when `config` is set.
    names.add('config');
  }
  mounts.forEach((mount: any, index) => {
    if (mount?.name !== undefined && !names.has(mount.name)) {
      errors.push(`${prefix}volumeMounts[${index}] mounts volume '${mount.name}', which ${prefix}volumes does not define, so the API server would reject the pod. Add the volume or remove the mount.`);
    }
  });
}

function checkReplicas(component: Values, prefix: string, name: string, errors: string[], warnings: { path: string; message: string }[]): void {
  if (Number(component.replicaCount) !== 0 || (name === 'cainjector' && component.enabled === false)) {
    return;
  }
  if (name === 'webhook') {
    errors.push(
      'webhook.replicaCount is 0, so every create or update of a cert-manager resource fails, because the webhook configurations fail closed. ' +
      'Run at least one webhook replica (the hardened install runs 3).');
    return;
  }
  const budget = component.podDisruptionBudget;
  if (budget?.enabled) {
    warnings.push({
      path: `${prefix}replicaCount`,
      message: `${prefix}replicaCount is 0, so the ${name} does not run and its PodDisruptionBudget selects no pod. Scale it up, or turn ${prefix}podDisruptionBudget.enabled off while it is scaled down.`,
    });
  } else {
    warnings.push({ path: `${prefix}replicaCount`, message: `${prefix}replicaCount is 0, so the ${name} does not run. Scale it up for cert-manager to work.` });
  }
}
