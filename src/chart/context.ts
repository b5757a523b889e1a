import { copyJson } from '../private/json-copy';
/**
 * A Kubernetes object as the renderers produce it: plain JSON, ready for an `ApiObject`.
 */
export type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: any };
  [key: string]: any;
};

/**
 * The chart values after defaults and user values are merged. Keys follow the chart's values.yaml.
 */
export type Values = Record<string, any>;

/**
 * Everything a renderer reads: release, chart identity and merged values.
 */
export interface RenderInput {
  /** Helm release name. */
  readonly releaseName: string;
  /** Helm release namespace (`helm template -n`). The `namespace` value overrides it. */
  readonly releaseNamespace: string;
  /** Merged chart values. */
  readonly values: Values;
  /** cert-manager version that becomes the chart's appVersion, for example `v1.21.1`. */
  readonly appVersion: string;
  /** Chart version, for the `helm.sh/chart` label. */
  readonly chartVersion: string;
}

/** The chart's name, which is also the default of `nameOverride`. */
export const CHART_NAME = 'cert-manager';

/** The version of the chart whose templates the renderers follow. */
export const CHART_VERSION = 'v1.21.1';

/**
 * Cuts a name to `max` characters and then drops one trailing hyphen, as Helm's
 * `trunc` followed by `trimSuffix "-"` does.
 */
export function truncateName(name: string, max: number): string {
  const cut = name.length > max ? name.slice(0, max) : name;
  return cut.endsWith('-') ? cut.slice(0, -1) : cut;
}

/**
 * Go template truthiness: false, 0, empty string, null, empty list and empty map are false.
 */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') {
    return false;
  }
  if (Array.isArray(value)) {
    return value.length > 0;
  }
  if (typeof value === 'object') {
    return Object.keys(value as object).length > 0;
  }
  return true;
}

/**
 * True when a value is set, counting 0 and false as set. The chart writes this test as
 * `not (has (quote $v) (list "" (quote "")))`.
 */
export function isSet(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '';
}

/**
 * Returns the value at a dotted path, or undefined when a step is missing.
 */
export function valueAt(values: Values, path: string): any {
  let current: any = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') {
      return undefined;
    }
    current = current[key];
  }
  return current;
}

/**
 * Returns a deep copy of plain JSON data, so that rendered objects never share
 * arrays or maps with the values or with each other.
 */
export function cloneJson<T>(value: T): T {
  if (value === undefined) {
    return value;
  }
  return copyJson(value);
}

/**
 * The chart's helpers (`_helpers.tpl`) over one release: names, labels, namespace and images.
 */
export class ChartContext {
  public readonly values: Values;
  public readonly releaseName: string;
  public readonly releaseNamespace: string;
  public readonly appVersion: string;
  public readonly chartVersion: string;

  constructor(input: RenderInput) {
    this.values = input.values;
    this.releaseName = input.releaseName;
    this.releaseNamespace = input.releaseNamespace;
    this.appVersion = input.appVersion;
    this.chartVersion = input.chartVersion;
  }

  /** The `cert-manager.name` helper: `nameOverride` or the chart name, at most 63 characters. */
  public get name(): string {
    return truncateName(truthy(this.values.nameOverride) ? String(this.values.nameOverride) : CHART_NAME, 63);
  }

  /** The `cert-manager.fullname` helper, the base of every object name. */
  public get fullname(): string {
    if (truthy(this.values.fullnameOverride)) {
      return truncateName(String(this.values.fullnameOverride), 63);
    }
    const name = truthy(this.values.nameOverride) ? String(this.values.nameOverride) : CHART_NAME;
    if (this.releaseName.includes(name)) {
      return truncateName(this.releaseName, 63);
    }
    return truncateName(`${this.releaseName}-${name}`, 63);
  }

  /** Name of the webhook's objects. */
  public get webhookFullname(): string {
    return truncateName(`${truncateName(this.fullname, 55)}-webhook`, 63);
  }

  /** Name of the cainjector's objects. */
  public get cainjectorFullname(): string {
    return truncateName(`${truncateName(this.fullname, 52)}-cainjector`, 63);
  }

  /** Name of the startupapicheck's objects. */
  public get startupapicheckFullname(): string {
    return truncateName(`${truncateName(this.fullname, 52)}-startupapicheck`, 63);
  }

  /** The `cert-manager.namespace` helper: the `namespace` value, else the release namespace. */
  public get namespace(): string {
    return truthy(this.values.namespace) ? String(this.values.namespace) : this.releaseNamespace;
  }

  /** The `webhook.caRef` helper: `<namespace>/<webhook name>-ca`. */
  public get webhookCaRef(): string {
    return `${this.namespace}/${this.webhookFullname}-ca`;
  }

  /**
   * Name of a component's ServiceAccount: the configured name, else the component's full name
   * when the chart creates it, else `default`.
   */
  public serviceAccountName(component: 'controller' | 'webhook' | 'cainjector' | 'startupapicheck'): string {
    const sa = component === 'controller' ? this.values.serviceAccount : this.values[component].serviceAccount;
    const fallback = {
      controller: this.fullname,
      webhook: this.webhookFullname,
      cainjector: this.cainjectorFullname,
      startupapicheck: this.startupapicheckFullname,
    }[component];
    if (truthy(sa?.create)) {
      return truthy(sa?.name) ? String(sa.name) : fallback;
    }
    return truthy(sa?.name) ? String(sa.name) : 'default';
  }

  /** The `chartName` helper, for example `cert-manager-v1.21.1`. */
  public get chartLabel(): string {
    return truncateName(`${CHART_NAME}-${this.chartVersion}`.replace(/\+/g, '_'), 63);
  }

  /**
   * The `labels` helper: version, Helm's labels when `creator` is `helm`, then `global.commonLabels`.
   */
  public commonLabels(): Record<string, string> {
    const labels: Record<string, string> = { 'app.kubernetes.io/version': this.appVersion };
    if (this.values.creator === 'helm') {
      labels['app.kubernetes.io/managed-by'] = 'Helm';
      labels['helm.sh/chart'] = this.chartLabel;
    }
    const extra = this.values.global?.commonLabels;
    if (truthy(extra)) {
      for (const [key, value] of Object.entries(extra)) {
        labels[key] = value as string;
      }
    }
    return labels;
  }

  /**
   * The four labels that every component object carries (`app`, name, instance, component)
   * followed by the common labels.
   *
   * @param appName value of the `app` and `app.kubernetes.io/name` labels
   * @param component value of `app.kubernetes.io/component`
   */
  public componentLabels(appName: string, component: string): Record<string, string> {
    return {
      'app': appName,
      'app.kubernetes.io/name': appName,
      'app.kubernetes.io/instance': this.releaseName,
      'app.kubernetes.io/component': component,
      ...this.commonLabels(),
    };
  }

  /** The selector labels of a component: name, instance and component. */
  public selectorLabels(appName: string, component: string): Record<string, string> {
    return {
      'app.kubernetes.io/name': appName,
      'app.kubernetes.io/instance': this.releaseName,
      'app.kubernetes.io/component': component,
    };
  }

  /**
   * The `cert-manager.image` helper: builds an image reference from a component's image values,
   * the global registry and namespace, and a default tag or digest suffix.
   *
   * @throws when neither `image.repository` nor `image.name` is set, as the chart does
   */
  public image(image: Values, valuePath: string): string {
    const registry = truthy(this.values.imageRegistry) ? String(this.values.imageRegistry) : '';
    const namespace = truthy(this.values.imageNamespace) ? String(this.values.imageNamespace) : '';
    let repository: string;
    if (truthy(image.repository)) {
      repository = String(image.repository);
    } else {
      if (!truthy(image.name)) {
        throw new Error(
          `${valuePath}.name is empty and ${valuePath}.repository is not set, so the image cannot be named. ` +
          `Set ${valuePath}.name (for example 'cert-manager-controller') or ${valuePath}.repository.`);
      }
      repository = String(image.name);
      if (namespace) {
        repository = `${namespace}/${repository}`;
      }
      if (registry) {
        repository = `${registry}/${repository}`;
      }
    }
    if (truthy(image.registry)) {
      repository = `${image.registry}/${repository}`;
    }
    if (truthy(image.tag) && truthy(image.digest)) {
      return `${repository}:${image.tag}@${image.digest}`;
    }
    if (truthy(image.tag)) {
      return `${repository}:${image.tag}`;
    }
    if (truthy(image.digest)) {
      return `${repository}@${image.digest}`;
    }
    return `${repository}:${this.appVersion}`;
  }

  /** The `cert-manager.crd-labels` helper. */
  public crdLabels(): Record<string, string> {
    return this.componentLabels(this.name, 'crds');
  }
}
