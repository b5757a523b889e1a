import { isMapping, isTruthy, joinPath, valueAt } from '../describe';
import { CheckContext } from './types';

/** A workload of the chart and where its values sit. */
export interface Component {
  /** The `app.kubernetes.io/component` label value. */
  readonly name: 'controller' | 'webhook' | 'cainjector' | 'startupapicheck';
  /** Key of the component's values: '' for the controller, whose values sit at the top level. */
  readonly prefix: string;
}

export const CONTROLLER: Component = { name: 'controller', prefix: '' };
export const WEBHOOK: Component = { name: 'webhook', prefix: 'webhook' };
export const CAINJECTOR: Component = { name: 'cainjector', prefix: 'cainjector' };
export const STARTUPAPICHECK: Component = { name: 'startupapicheck', prefix: 'startupapicheck' };

/** The chart's four workloads, in the order a user reads values.yaml. */
export const COMPONENTS: readonly Component[] = [CONTROLLER, WEBHOOK, CAINJECTOR, STARTUPAPICHECK];

/** Values path of a component's setting, for example `webhook.affinity` or `affinity`. */
export function componentPath(component: Component, relative: string): string {
  return joinPath(component.prefix, relative);
}

/** The mapping that contains a component's values. */
export function componentValues(values: Record<string, any>, component: Component): Record<string, any> {
  const own = component.prefix === '' ? values : values[component.prefix];
  return isMapping(own) ? own : {};
}

/**
 * Tells whether the chart renders the component's workload: the cainjector and startupapicheck
 * can be turned off, the controller and webhook cannot.
 */
export function isRendered(values: Record<string, any>, component: Component): boolean {
  if (component === CAINJECTOR || component === STARTUPAPICHECK) {
    return isTruthy(valueAt(values, `${component.prefix}.enabled`));
  }
  return true;
}

/**
 * Computes the labels that the chart v1.21.1 puts on the component's pods: `app`,
 * `app.kubernetes.io/{name,instance,component,version}`, the Helm labels when `creator` is
 * `helm`, `global.commonLabels` and the component's `podLabels`, later ones winning.
 */
export function podLabels(context: CheckContext, component: Component): Record<string, string> {
  const values = context.values;
  const appName = component === CONTROLLER ? controllerName(values) : component.name;
  const labels: Record<string, string> = {
    'app': appName,
    'app.kubernetes.io/name': appName,
    'app.kubernetes.io/instance': context.releaseName,
    'app.kubernetes.io/component': component.name,
    'app.kubernetes.io/version': context.version,
  };
  if (values.creator === 'helm') {
    labels['app.kubernetes.io/managed-by'] = 'Helm';
    // The chart's version equals cert-manager's version.
    labels['helm.sh/chart'] = `cert-manager-${context.version}`;
  }
  for (const extra of [valueAt(values, 'global.commonLabels'), componentValues(values, component).podLabels]) {
    if (isMapping(extra)) {
      for (const [key, value] of Object.entries(extra)) {
        labels[key] = String(value);
      }
    }
  }
  return labels;
}

/** The controller's app name: `nameOverride` or `cert-manager`, cut to 63 characters as Helm's `trunc` does. */
function controllerName(values: Record<string, any>): string {
  const name = isTruthy(values.nameOverride) ? String(values.nameOverride) : 'cert-manager';
  const cut = name.slice(0, 63);
  return cut.endsWith('-') ? cut.slice(0, -1) : cut;
}
