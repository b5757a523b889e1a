import { ApiObject, App, Chart, ImplicitTokenResolver, JsonPatch, Lazy, LazyResolver, NumberStringUnionResolver } from 'cdk8s';
import { Construct } from 'constructs';
import { CHART_NAME, CHART_VERSION, ChartContext, Manifest, Values } from './chart/context';
import { renderChart } from './chart/render';
import { addBuiltInSuppression } from './compliance/suppressions';
import { renderExtras } from './extras';
import { hardeningEntries, hardeningValues, HardeningEntry, HARDENED_REPLICAS, reconcileHardening, ResolvedNetworkPolicy } from './hardening';
import { checkInputs } from './input-checks';
import { installSuppressions } from './install-suppressions';
import { issuerEgressRules } from './issuers/egress';
import { checkModel } from './model-checks';
import { ChartValuesProps } from './props';
import { VALUE_MAPPINGS } from './props/mapping';
import { propsToValues } from './props/to-values';
import { findUnservedPorts } from './served-ports';
import { checkValues, ValuesFinding } from './values/checks';
import { chartDefaults } from './values/defaults';
import { mergeInto } from './values/merge';
import { readValuesFile } from './values/read-file';
import { validateValues } from './values/validate';

/** The cert-manager version that the library models. */
export const CERT_MANAGER_VERSION = 'v1.21.1';

/**
 * Peers and ports that the hardened install's NetworkPolicies allow.
 *
 * NetworkPolicies cannot select the API server or hosts outside the cluster by name, so the API
 * server is reached by CIDR and port. Traffic from the kubelet to a pod on its own node is always
 * allowed by Kubernetes, so health probes need no ingress rule.
 */
export interface NetworkPolicyOptions {
  /**
   * CIDRs of the Kubernetes API server. Every component may connect to them, and the webhook
   * accepts connections from them on its secure port.
   *
   * @default ['0.0.0.0/0', '::/0'] - any address, because the API server's address differs per cluster
   */
  readonly apiServerCidrs?: string[];

  /**
   * TCP ports of the API server as pods reach it: 443 through the `kubernetes` Service and
   * 6443 on most control-plane nodes.
   *
   * @default [443, 6443]
   */
  readonly apiServerPorts?: number[];

  /**
   * Namespace of the cluster DNS pods.
   *
   * @default 'kube-system'
   */
  readonly dnsNamespace?: string;

  /**
   * Labels of the cluster DNS pods.
   *
   * @default { 'k8s-app': 'kube-dns' } - the label of CoreDNS and kube-dns in most distributions
   */
  readonly dnsPodLabels?: { [key: string]: string };

  /**
   * Labels of the pods that scrape metrics. They may be in any namespace unless
   * `metricsScraperNamespaceLabels` narrows it. Set to an empty map to allow no metrics ingress.
   *
   * @default { 'app.kubernetes.io/name': 'prometheus' } - the label of Prometheus Operator's pods
   */
  readonly metricsScraperPodLabels?: { [key: string]: string };

  /**
   * Labels of the namespaces that the metrics scrapers run in.
   *
   * @default - any namespace
   */
  readonly metricsScraperNamespaceLabels?: { [key: string]: string };
}

/**
 * A ResourceQuota that admits `system-cluster-critical` pods in the install namespace.
 *
 * GKE, and any cluster that caps critical priority classes to `kube-system`, rejects such pods
 * elsewhere unless a quota with a PriorityClass scope exists in their namespace.
 */
export interface PriorityClassQuotaOptions {
  /**
   * Maximum number of critical pods in the namespace.
   *
   * @default - twice the replicas of the three Deployments plus one, room for a full rolling update and the startupapicheck Job
   */
  readonly pods?: number;
}

/**
 * Options of the install that are not chart values.
 */
export interface InstallOptions {
  /**
   * Helm release name. Object names, labels and selectors derive from it as the chart derives
   * them, so that the install can take over a Helm release of the same name.
   *
   * @default 'cert-manager'
   */
  readonly releaseName?: string;

  /**
   * Namespace of the install, the Helm release namespace.
   *
   * @default 'cert-manager'
   */
  readonly namespace?: string;

  /**
   * cert-manager version: the image tags and the `app.kubernetes.io/version` label. The objects
   * are those of v1.21.1 whatever the version; another version is reported as a warning.
   *
   * @default 'v1.21.1'
   */
  readonly version?: string;

  /**
   * Creates the Namespace, labelled to enforce, audit and warn at Pod Security level `restricted`.
   *
   * @default false
   */
  readonly createNamespace?: boolean;

  /**
   * Creates a ResourceQuota that admits `system-cluster-critical` pods in the install namespace.
   *
   * @default - no quota
   */
  readonly priorityClassQuota?: PriorityClassQuotaOptions;

  /**
   * Traffic that the hardened NetworkPolicies allow. Ignored when `hardened` is false.
   *
   * @default - API server at any address on ports 443 and 6443, cluster DNS in kube-system, metrics from Prometheus pods
   */
  readonly networkPolicy?: NetworkPolicyOptions;

  /**
   * Adds a LimitRange that gives containers without resources default requests and limits, and a
   * ResourceQuota that caps the install namespace at twice what the install's pods request and may
   * use (room for a rolling update of every Deployment at once). Ignored when `hardened` is false.
   *
   * @default true
   */
  readonly namespaceLimits?: boolean;

  /**
   * Limits cainjector to the install namespace (`--namespace`) and turns its Certificate data
   * source off, as cert-manager's Best Practice guide suggests. Turn it off when cainjector must
   * inject CA data from Secrets or Certificates in other namespaces.
   *
   * @default true when hardened
   */
  readonly cainjectorNamespaced?: boolean;
}

/**
 * Properties of a {@link CertManager} install.
 */
export interface CertManagerProps extends InstallOptions, ChartValuesProps {
  /**
   * Applies the hardened defaults under the props. With false, unset props take the chart's
   * defaults and the install equals the chart's rendering of the same values.
   *
   * @default true
   */
  readonly hardened?: boolean;
}

/**
 * Options of {@link CertManager.fromHelmValues}.
 */
export interface HelmValuesOptions extends InstallOptions {
  /**
   * Parsed Helm values for the cert-manager chart v1.21.1, as in a values.yaml file.
   */
  readonly values: { [key: string]: any };

  /**
   * Lays the values over the hardened defaults. With false, the result equals what
   * `helm template` renders for the same values.
   *
   * @default true
   */
  readonly hardened?: boolean;
}

/**
 * Options of {@link CertManager.fromHelmValuesFile}.
 */
export interface HelmValuesFileOptions extends InstallOptions {
  /**
   * Path of a values.yaml file, read as Helm reads it (YAML 1.1).
   */
  readonly file: string;

  /**
   * Lays the values over the hardened defaults. With false, the result equals what
   * `helm template` renders for the same values.
   *
   * @default true
   */
  readonly hardened?: boolean;
}

/**
 * A warning about the install that does not stop synth.
 */
export interface CertManagerWarning {
  /** Dotted chart values path that the warning is about. */
  readonly path: string;
  /** Description of the problem and of the change that fixes it. */
  readonly message: string;
}

/**
 * Kinds whose rendered JSON `findUnservedPorts` reads: pod templates, Services, NetworkPolicies,
 * PodDisruptionBudgets and the controller's config. cdk8s runs validations at least twice per synth, so rendering the
 * other objects (RBAC, webhook configurations) there would add their synth cost twice again.
 */
const PORT_KINDS = new Set(['Deployment', 'DaemonSet', 'StatefulSet', 'ReplicaSet', 'Job', 'Service', 'NetworkPolicy', 'ConfigMap', 'PodDisruptionBudget']);

/**
 * Input of the constructor when a static factory builds the install from Helm values. jsii
 * cannot express a second constructor, so the factories hand it over through this variable
 * for the duration of one constructor call.
 */
let pendingHelmInput: ResolveInput | undefined;

interface ResolveInput {
  readonly options: InstallOptions;
  readonly hardened: boolean;
  readonly userValues: Values;
  readonly source: 'props' | 'values';
}

/**
 * cert-manager v1.21.1, installed from one construct: the controller, webhook, cainjector and
 * startupapicheck with their RBAC, Services, webhook configurations, PodDisruptionBudgets and
 * NetworkPolicies.
 *
 * Object names, labels, selectors and namespaces equal those of the cert-manager Helm chart for
 * the same release name and namespace. By default the install is hardened beyond the chart's
 * defaults: restricted Pod Security, no automounted tokens, requests and limits, three webhook
 * replicas, PodDisruptionBudgets, topology spread and least-privilege NetworkPolicies.
 *
 * @example
 * new CertManager(chart, 'cert-manager', { controller: { healthzPort: 9443 } });
 */
export class CertManager extends Construct {
  /**
   * Builds the install from Helm values for the cert-manager chart, so that an existing values
   * file carries over unchanged.
   *
   * @throws when the values contain unknown keys, wrong types or combinations that break the install
   */
  public static fromHelmValues(scope: Construct, id: string, options: HelmValuesOptions): CertManager {
    validateValues(options.values);
    pendingHelmInput = {
      options,
      hardened: options.hardened ?? true,
      userValues: options.values,
      source: 'values',
    };
    try {
      return new CertManager(scope, id);
    } finally {
      pendingHelmInput = undefined;
    }
  }

  /**
   * Reads a Helm values file and builds the install from it, as {@link CertManager.fromHelmValues}.
   *
   * @throws when the file cannot be read, is not YAML 1.1 or repeats a key in one mapping
   */
  public static fromHelmValuesFile(scope: Construct, id: string, options: HelmValuesFileOptions): CertManager {
    const values = readValuesFile(options.file);
    return CertManager.fromHelmValues(scope, id, { ...options, values });
  }

  /** Helm release name. */
  public readonly releaseName: string;

  /** Install namespace. */
  public readonly namespace: string;

  /** Whether the hardened defaults apply. */
  public readonly hardened: boolean;

  /** Warnings about the input that do not stop synth. */
  public readonly warnings: CertManagerWarning[];

  /** Every object of the install, in Helm's install order. */
  public readonly apiObjects: ApiObject[];

  private readonly resolvedValues: Values;
  private readonly entries: HardeningEntry[];

  /**
   * @param scope parent construct, usually a `Chart`
   * @param id construct id
   * @param props typed configuration; every prop is optional
   */
  constructor(scope: Construct, id: string, props: CertManagerProps = {}) {
    super(scope, id);

    const input: ResolveInput = pendingHelmInput ?? {
      options: props,
      hardened: props.hardened ?? true,
      userValues: propsToValues(props),
      source: 'props',
    };
    const options = input.options;
    this.releaseName = options.releaseName ?? CHART_NAME;
    const releaseNamespace = options.namespace ?? 'cert-manager';
    // The chart's `namespace` value overrides the release namespace for every object.
    this.namespace = typeof input.userValues.namespace === 'string' && input.userValues.namespace !== ''
      ? input.userValues.namespace : releaseNamespace;
    this.hardened = input.hardened;
    const version = options.version ?? CERT_MANAGER_VERSION;

    this.entries = input.hardened ? hardeningEntries({
      namespace: this.namespace,
      cainjectorNamespaced: options.cainjectorNamespaced ?? true,
      networkPolicy: resolveNetworkPolicy(options.networkPolicy),
    }) : [];
    const nameForLabels = typeof input.userValues.nameOverride === 'string' && input.userValues.nameOverride !== ''
      ? input.userValues.nameOverride : CHART_NAME;
    const layer = hardeningValues(this.entries, { name: nameForLabels, release: this.releaseName });
    // chartDefaults() returns a new object, so the merges can work in place without copying it.
    const merged = chartDefaults();
    mergeInto(merged, layer);
    mergeInto(merged, input.userValues);
    this.resolvedValues = input.hardened ? reconcileHardening(merged, input.userValues) : merged;

    const renderInput = {
      releaseName: this.releaseName,
      releaseNamespace,
      values: this.resolvedValues,
      appVersion: version,
      chartVersion: CHART_VERSION,
    };
    const ctx = new ChartContext(renderInput);
    const inputs = checkInputs(this.resolvedValues, ctx.name, version);
    const problems = [...otherInstallProblems(this), ...inputs.errors];
    // The remaining checks read list items and names as the chart does, so they run only on
    // input whose types are right.
    const findings: ValuesFinding[] = problems.length > 0 ? [] : checkValues(this.resolvedValues, {
      releaseName: this.releaseName,
      namespace: this.namespace,
      version: CERT_MANAGER_VERSION,
    });
    if (problems.length === 0) {
      problems.push(...checkModel(ctx, { releaseName: this.releaseName, namespace: this.namespace }));
    }
    problems.push(...findings.filter((f) => f.level === 'error').map((f) => f.message));
    const describe = input.source === 'props' ? namePropPaths : (message: string) => message;
    if (problems.length > 0) {
      throw new Error(`${this.node.path}: the cert-manager install is invalid:\n- ${problems.map(describe).join('\n- ')}`);
    }
    this.warnings = [
      ...findings.filter((f) => f.level === 'warning').map((f) => ({ path: f.path, message: f.message })),
      ...inputs.warnings,
      ...undoneHardening(this.entries, input.userValues, this.resolvedValues),
    ].map((warning) => ({ path: warning.path, message: describe(warning.message) }));
    if (version !== CERT_MANAGER_VERSION) {
      this.warnings.push({
        path: 'version',
        message: `version is '${version}', but the objects are those of cert-manager ${CERT_MANAGER_VERSION}: flags, RBAC rules and CRDs may differ in ${version}. ` +
          `Use ${CERT_MANAGER_VERSION}, or check the rendered objects against the ${version} chart.`,
      });
    }

    const manifests = renderChart(renderInput);
    const lazy = input.hardened ? this.makeControllerEgressLazy(manifests, `${ctx.fullname}-allow-egress`) : undefined;
    const extras = renderExtras(ctx, {
      hardened: input.hardened,
      createNamespace: options.createNamespace ?? false,
      priorityClassQuota: options.priorityClassQuota,
      networkPolicy: resolveNetworkPolicy(options.networkPolicy),
      namespaceLimits: options.namespaceLimits ?? true,
    });
    const allManifests = [...extras.before, ...manifests];
    this.apiObjects = this.createObjects(allManifests);
    const portObjects = this.apiObjects
      .map((object, index) => ({ object, manifest: allManifests[index] }))
      .filter(({ object }) => PORT_KINDS.has(object.kind));

    for (const suppression of installSuppressions(ctx)) {
      addBuiltInSuppression(this, suppression);
    }

    // Escape hatches can move a port after construction, so the rendered objects are checked
    // again when the app synthesizes.
    this.node.addValidation({
      validate: () => findUnservedPorts(portObjects.map(({ object, manifest }) =>
        renderedForPortCheck(object, manifest === lazy ? undefined : manifest))),
    });
  }

  /**
   * Returns the object of a kind and name, for escape hatches (`addJsonPatch`).
   *
   * @param kind Kubernetes kind, for example `Deployment`
   * @param name object name, for example `cert-manager-webhook`
   * @param namespace namespace, where two objects share kind and name
   * @throws when no object has that kind and name
   */
  public findObject(kind: string, name: string, namespace?: string): ApiObject {
    const matches = this.apiObjects.filter((o) => o.kind === kind && o.name === name
      && (namespace === undefined || o.metadata.namespace === namespace));
    if (matches.length === 0) {
      const names = this.apiObjects.filter((o) => o.kind === kind).map((o) => o.name);
      const kinds = [...new Set(this.apiObjects.map((o) => o.kind))].sort();
      const sameKind = kinds.find((k) => k.toLowerCase() === kind.toLowerCase());
      const hint = names.length > 0 ? `The ${kind} objects are: ${names.join(', ')}.`
        : sameKind ? `Kinds are case-sensitive: use '${sameKind}'.` : `The install has no ${kind}; its kinds are ${kinds.join(', ')}.`;
      throw new Error(`${this.node.path}: no ${kind} named '${name}' in the install. ${hint}`);
    }
    return matches[0];
  }

  /**
   * The hardened defaults that apply to this install, each with the chart value it sets and why.
   * A default that the user's props or values replaced is not listed.
   */
  public get hardeningDefaults(): CertManagerWarning[] {
    return this.entries
      .filter((e) => isDeepEqual(valueAtPath(this.resolvedValues, e.path), e.value))
      .map((e) => ({ path: e.path, message: e.reason }));
  }

  /**
   * The merged chart values the install was rendered from.
   */
  public get values(): { [key: string]: any } {
    return JSON.parse(JSON.stringify(this.resolvedValues));
  }

  private createObjects(manifests: Manifest[]): ApiObject[] {
    const chartNamespace = Chart.of(this).namespace;
    return manifests.map((manifest) => {
      let id = `${manifest.kind}-${manifest.metadata.name}`;
      if (this.node.tryFindChild(id)) {
        id = `${id}-${manifest.metadata.namespace ?? 'cluster'}`;
      }
      const object = new ApiObject(this, id, manifest as any);
      if (manifest.metadata.namespace === undefined && chartNamespace !== undefined) {
        // A Chart's namespace would otherwise land on cluster-scoped objects too.
        object.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
      }
      return object;
    });
  }

  /**
   * Replaces the controller's egress rules with a lazy list that adds, at synth time, the
   * endpoints of the issuers declared anywhere in the app.
   */
  private makeControllerEgressLazy(manifests: Manifest[], policyName: string): Manifest | undefined {
    const policy = manifests.find((m) => m.kind === 'NetworkPolicy' && m.metadata.name === policyName);
    if (!policy) {
      return undefined;
    }
    const base: any[] = policy.spec.egress ?? [];
    policy.spec.egress = Lazy.any({
      produce: () => [...JSON.parse(JSON.stringify(base)), ...issuerEgressRules(this)],
    });
    return policy;
  }
}

/**
 * Returns an object's manifest as the port checks read it. `toJson()` resolves and sanitizes the
 * whole object, which made up most of the time of those checks. So the manifest the object was
 * created from is used instead, as long as nothing can have changed the object since. That is so
 * when it has no JSON patch, the manifest contains no lazy value (`manifest` is undefined then),
 * and the app adds no resolver of its own. cdk8s keeps the patches in a private field, so when
 * that field is not a list, the object is rendered.
 */
function renderedForPortCheck(object: ApiObject, manifest: Manifest | undefined): any {
  const patches: unknown = (object as any).patches;
  if (manifest === undefined || !Array.isArray(patches) || patches.length > 0 || !onlyBuiltInResolvers(object)) {
    return object.toJson();
  }
  return manifest;
}

function onlyBuiltInResolvers(object: ApiObject): boolean {
  const root = object.node.root;
  return root instanceof App && root.resolvers.every((resolver) => resolver instanceof LazyResolver
    || resolver instanceof ImplicitTokenResolver || resolver instanceof NumberStringUnionResolver);
}

/** Default replicas of the hardened install, for documentation and tests. */
export const HARDENED_REPLICA_COUNTS = HARDENED_REPLICAS;

/**
 * Lists other installs in the app. Two installs render the same cluster-wide objects (CRD
 * webhooks, ClusterRoles), or two sets of webhooks that admit the same resources.
 */
function otherInstallProblems(install: CertManager): string[] {
  const others = install.node.root.node.findAll()
    .filter((c) => c !== install && c instanceof CertManager)
    .map((c) => c.node.path);
  if (others.length === 0) {
    return [];
  }
  return [
    `the app already contains a cert-manager install at ${others.join(', ')}. cert-manager runs once per cluster, ` +
    'so a second install duplicates its cluster-wide objects and webhooks. Keep one CertManager per app.',
  ];
}

/**
 * Warns about each hardened default that the user's values set back to the chart's default,
 * which happens when a full copy of the chart's values.yaml is imported.
 */
function undoneHardening(entries: HardeningEntry[], userValues: Values, resolved: Values): CertManagerWarning[] {
  const defaults = chartDefaults();
  return entries
    .filter((entry) => valueAtPath(userValues, entry.path) !== undefined)
    .filter((entry) => !isDeepEqual(valueAtPath(resolved, entry.path), entry.value))
    .filter((entry) => isDeepEqual(valueAtPath(userValues, entry.path), valueAtPath(defaults, entry.path)))
    .map((entry) => ({
      path: entry.path,
      message: `${entry.path} is set to the chart's default ${JSON.stringify(valueAtPath(defaults, entry.path))}, which replaces the hardened ` +
        `${JSON.stringify(entry.value)}. ${entry.reason} Remove ${entry.path} from the values to keep the hardened default.`,
    }));
}

/** Chart value paths that differ from their typed prop path, longest first. */
const RENAMED_VALUES = [...new Map(VALUE_MAPPINGS
  .filter((mapping) => mapping.prop !== mapping.helm && /[.A-Z]/.test(mapping.helm))
  .map((mapping) => [mapping.helm, mapping])).values()]
  .sort((a, b) => b.helm.length - a.helm.length);

/**
 * Rewrites chart value paths in a message into the typed prop paths that the user wrote, with
 * the chart value in brackets: `replicaCount` becomes `controller.replicas (chart value
 * replicaCount)`. Plain lowercase words such as `volumes` stay, since they also occur as prose.
 */
function namePropPaths(message: string): string {
  let result = message;
  for (const mapping of RENAMED_VALUES) {
    const escaped = mapping.helm.replace(/[.[\]]/g, (c) => `\\${c}`);
    result = result.replace(new RegExp(`(?<![\\w.])${escaped}((?:\\[\\d+\\])*)(?![\\w])`, 'g'),
      (_match, index: string) => `${mapping.prop}${index} (chart value ${mapping.helm}${index})`);
  }
  return result;
}

function valueAtPath(values: Values, path: string): any {
  return path.split('.').reduce((v: any, key) => (v === null || typeof v !== 'object' ? undefined : v[key]), values);
}

function isDeepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sortKeys((value as any)[key])]));
  }
  return value;
}

function resolveNetworkPolicy(options: NetworkPolicyOptions = {}): ResolvedNetworkPolicy {
  const dnsNamespace = options.dnsNamespace ?? 'kube-system';
  const scraperPods = options.metricsScraperPodLabels ?? { 'app.kubernetes.io/name': 'prometheus' };
  const scrapers: Record<string, any>[] = Object.keys(scraperPods).length === 0 ? [] : [{
    namespaceSelector: options.metricsScraperNamespaceLabels ? { matchLabels: { ...options.metricsScraperNamespaceLabels } } : {},
    podSelector: { matchLabels: { ...scraperPods } },
  }];
  return {
    apiServerCidrs: options.apiServerCidrs ?? ['0.0.0.0/0', '::/0'],
    apiServerPorts: options.apiServerPorts ?? [443, 6443],
    dnsPeer: {
      namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': dnsNamespace } },
      podSelector: { matchLabels: { ...(options.dnsPodLabels ?? { 'k8s-app': 'kube-dns' }) } },
    },
    metricsScrapers: scrapers,
  };
}
