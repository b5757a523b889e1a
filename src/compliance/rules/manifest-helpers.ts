import { derivedFrom } from '../private/lookup';
import { indexedObjectsOfKind } from '../private/object-index';
import { RunCache } from '../private/run-cache';
import { LabelIndex, LabelRequirement, LabelRequirements } from '../private/selector-index';
import { Check, ManifestObject, RuleResult, RuleViolation } from '../rule';

/** Kinds whose objects carry a pod spec, directly (Pod) or in a pod template. */
export const POD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'];

/** Kinds that keep a set of replicas running, as opposed to Pods and run-to-completion Jobs. */
export const LONG_RUNNING_POD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'];

/** The pod spec of a workload object, with the metadata that its pods get. */
export interface PodSpecLocation {
  readonly spec: Record<string, any>;
  /** Field path of `spec`, for example `spec.template.spec`. */
  readonly specPath: string;
  /** Metadata of the pods: the Pod's own metadata, or the template's. */
  readonly podMetadata: Record<string, any>;
  /** Field path of `podMetadata`. */
  readonly podMetadataPath: string;
}

/** One container of a pod spec with its field path. */
export interface ContainerLocation {
  readonly container: Record<string, any>;
  /** Field path, for example `spec.template.spec.containers[0]`. */
  readonly path: string;
  /** The list of the pod spec that contains the container. */
  readonly list: 'containers' | 'initContainers' | 'ephemeralContainers';
}

/**
 * Finds the pod spec of a Pod, a pod controller or a CronJob; returns undefined for other kinds
 * and for objects that lack the spec.
 */
export function podSpecOf(manifest: Record<string, any>): PodSpecLocation | undefined {
  return POD_SPECS.get(manifest, findPodSpec);
}

const POD_SPECS = new RunCache<Record<string, any>, PodSpecLocation | undefined>();
/** Container lists by the options' bits: 1 for init containers, 2 for ephemeral containers. */
const CONTAINERS = [0, 1, 2, 3].map(() => new RunCache<PodSpecLocation, readonly ContainerLocation[]>());

function findPodSpec(manifest: Record<string, any>): PodSpecLocation | undefined {
  const kind = manifest.kind;
  if (kind === 'Pod') {
    return manifest.spec ? { spec: manifest.spec, specPath: 'spec', podMetadata: manifest.metadata ?? {}, podMetadataPath: 'metadata' } : undefined;
  }
  if (kind === 'CronJob') {
    const template = manifest.spec?.jobTemplate?.spec?.template;
    return template?.spec
      ? {
        spec: template.spec,
        specPath: 'spec.jobTemplate.spec.template.spec',
        podMetadata: template.metadata ?? {},
        podMetadataPath: 'spec.jobTemplate.spec.template.metadata',
      }
      : undefined;
  }
  if (POD_KINDS.includes(kind)) {
    const template = manifest.spec?.template;
    return template?.spec
      ? { spec: template.spec, specPath: 'spec.template.spec', podMetadata: template.metadata ?? {}, podMetadataPath: 'spec.template.metadata' }
      : undefined;
  }
  return undefined;
}

/** Lists the containers of a pod spec; init and ephemeral containers only when asked for. */
export function containersOf(
  location: PodSpecLocation,
  options: { init?: boolean; ephemeral?: boolean } = {},
): readonly ContainerLocation[] {
  const bits = (options.init ? 1 : 0) + (options.ephemeral ? 2 : 0);
  return CONTAINERS[bits].get(location, () => listContainers(location, options));
}

function listContainers(location: PodSpecLocation, options: { init?: boolean; ephemeral?: boolean }): readonly ContainerLocation[] {
  const lists: ContainerLocation['list'][] = ['containers'];
  if (options.init) lists.push('initContainers');
  if (options.ephemeral) lists.push('ephemeralContainers');
  const result: ContainerLocation[] = [];
  for (const list of lists) {
    const items = location.spec[list];
    if (!Array.isArray(items)) continue;
    items.forEach((container, index) => {
      result.push({ container: container ?? {}, path: `${location.specPath}.${list}[${index}]`, list });
    });
  }
  return Object.freeze(result);
}

/** Describes an object for messages, for example `Deployment/cert-manager`. */
export function describe(manifest: Record<string, any>): string {
  return `${manifest.kind}/${manifest.metadata?.name ?? '(unnamed)'}`;
}

/** Names a container for messages. */
export function containerName(location: ContainerLocation): string {
  return `container "${location.container.name ?? '(unnamed)'}"`;
}

/** Turns a list of violations into a result: an empty list means the object passes. */
export function resultOf(violations: RuleViolation[]): RuleResult {
  return violations.length === 0 ? 'pass' : violations;
}

/**
 * Runs a per-container test over every container of a workload; returns not-applicable for
 * objects without a pod spec.
 */
export function checkContainers(
  object: ManifestObject,
  options: { init?: boolean; ephemeral?: boolean },
  test: (location: ContainerLocation, pod: PodSpecLocation) => RuleViolation | RuleViolation[] | undefined,
): RuleResult {
  const pod = podSpecOf(object.manifest);
  if (!pod) return 'not-applicable';
  const violations: RuleViolation[] = [];
  for (const location of containersOf(pod, options)) {
    const found = test(location, pod);
    if (Array.isArray(found)) violations.push(...found);
    else if (found) violations.push(found);
  }
  return resultOf(violations);
}

/** Returns the namespace of an object as written, or undefined when the manifest leaves it out. */
export function namespaceOf(manifest: Record<string, any>): string | undefined {
  return manifest.metadata?.namespace;
}

/**
 * Tests whether two objects live in the same namespace. An object without a namespace is taken to be
 * in the namespace it is applied to, which matches any other object without one.
 */
export function sameNamespace(a: Record<string, any>, b: Record<string, any>): boolean {
  return (namespaceOf(a) ?? '') === (namespaceOf(b) ?? '');
}

/**
 * Tests whether a label selector (`matchLabels` and `matchExpressions`) matches a set of labels. An
 * empty selector matches everything, as in Kubernetes.
 */
export function selectorMatches(selector: Record<string, any> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return false;
  const actual = labels ?? {};
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (actual[key] !== value) return false;
  }
  for (const expression of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(actual, expression.key);
    const values: string[] = expression.values ?? [];
    switch (expression.operator) {
      case 'In':
        if (!has || !values.includes(actual[expression.key])) return false;
        break;
      case 'NotIn':
        if (has && values.includes(actual[expression.key])) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Tests whether a Service-style selector (a plain label map) matches a set of labels. An empty map matches nothing. */
export function mapSelectorMatches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([key, value]) => (labels ?? {})[key] === value);
}

/** Objects of the app of one of the given kinds, in app order. Callers must not change the result. */
export function objectsOfKind(all: ManifestObject[], ...kinds: string[]): ManifestObject[] {
  return indexedObjectsOfKind(all, kinds);
}

const WORKLOADS = new WeakMap<ManifestObject[], Array<{ object: ManifestObject; pod: PodSpecLocation }>>();

/**
 * Objects of the app that carry a pod spec, with their pod metadata. The list is built once per
 * list of objects, because checks call this for every object they check; callers must not change it.
 */
export function workloadsOf(all: ManifestObject[]): Array<{ object: ManifestObject; pod: PodSpecLocation }> {
  let workloads = WORKLOADS.get(all);
  if (!workloads) {
    workloads = findWorkloads(all);
    WORKLOADS.set(all, workloads);
  }
  return workloads;
}

function findWorkloads(all: ManifestObject[]): Array<{ object: ManifestObject; pod: PodSpecLocation }> {
  const result: Array<{ object: ManifestObject; pod: PodSpecLocation }> = [];
  for (const candidate of all) {
    const pod = podSpecOf(candidate.manifest);
    if (pod) result.push({ object: candidate, pod });
  }
  return result;
}

function indexWorkloadLabels(all: readonly ManifestObject[]): LabelIndex<{ object: ManifestObject; pod: PodSpecLocation }> {
  const index = new LabelIndex<{ object: ManifestObject; pod: PodSpecLocation }>();
  for (const workload of workloadsOf(all as ManifestObject[])) {
    index.add([namespaceOf(workload.object.manifest) ?? ''], workload, workload.pod.podMetadata.labels ?? {});
  }
  return index;
}

/**
 * Returns the entries of `workloadsOf` in a namespace whose pod labels may meet every requirement,
 * in app order. `undefined` counts as `''`, as in `sameNamespace`. The result is a superset of the
 * workloads that a selector with those requirements matches, so callers still test the selector,
 * and callers must not change it.
 */
export function workloadCandidates(
  all: ManifestObject[],
  namespace: string | undefined,
  requirements: LabelRequirements,
): readonly { object: ManifestObject; pod: PodSpecLocation }[] {
  return derivedFrom(all, indexWorkloadLabels).candidates([namespace ?? ''], requirements);
}

/**
 * Returns how many workloads in a namespace (`undefined` counts as `''`) have pod labels that
 * meet the requirement.
 */
export function workloadLabelCount(all: ManifestObject[], namespace: string | undefined, requirement: LabelRequirement): number {
  return derivedFrom(all, indexWorkloadLabels).count([namespace ?? ''], requirement);
}

const QUANTITY_SUFFIXES: Record<string, number> = {
  'n': 1e-9,
  'u': 1e-6,
  'm': 1e-3,
  '': 1,
  'k': 1e3,
  'M': 1e6,
  'G': 1e9,
  'T': 1e12,
  'P': 1e15,
  'E': 1e18,
  'Ki': 2 ** 10,
  'Mi': 2 ** 20,
  'Gi': 2 ** 30,
  'Ti': 2 ** 40,
  'Pi': 2 ** 50,
  'Ei': 2 ** 60,
};

/**
 * Parses a Kubernetes resource quantity (`500m`, `1.5`, `128Mi`, `1e3`) into a number of base
 * units; returns undefined for a value that is not a quantity.
 */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const match = /^([+-]?(?:\d+\.?\d*|\.\d+))(?:[eE]([+-]?\d+))?(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(value.trim());
  if (!match) return undefined;
  const base = parseFloat(match[1]) * (match[2] ? 10 ** parseInt(match[2], 10) : 1);
  return base * QUANTITY_SUFFIXES[match[3] ?? ''];
}

/**
 * Resolves an int-or-percent value (`2`, `"50%"`) against a total, rounding as the PDB
 * controller does for `minAvailable` (up).
 */
export function resolveIntOrPercent(value: unknown, total: number): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+%$/.test(value)) return Math.ceil((parseInt(value, 10) / 100) * total);
  if (typeof value === 'string' && /^\d+$/.test(value)) return parseInt(value, 10);
  return undefined;
}

/** Splits a container image reference into registry, repository path, tag and digest. */
export function parseImage(image: string): { registry: string; path: string; tag?: string; digest?: string } {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
  }
  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf('/');
  const lastColon = rest.lastIndexOf(':');
  if (lastColon > lastSlash) {
    tag = rest.slice(lastColon + 1);
    rest = rest.slice(0, lastColon);
  }
  const firstSlash = rest.indexOf('/');
  const head = firstSlash >= 0 ? rest.slice(0, firstSlash) : '';
  // The first path segment is a registry host only when it looks like one (a dot, a port or localhost).
  if (firstSlash >= 0 && (head.includes('.') || head.includes(':') || head === 'localhost')) {
    return { registry: head, path: rest.slice(firstSlash + 1), tag, digest };
  }
  return { registry: 'docker.io', path: firstSlash >= 0 ? rest : `library/${rest}`, tag, digest };
}

/**
 * Derives a check that applies only to some of another check's kinds, under its own name, for
 * standards that cite one kind at a time (for example a Deployment rule and a StatefulSet rule).
 */
export function restrictKinds(base: Check, name: string, kinds: string[]): Check {
  return {
    name,
    title: base.title,
    rationale: base.rationale,
    fix: base.fix,
    kinds,
    check(object: ManifestObject, all: ManifestObject[]): RuleResult {
      return kinds.includes(object.manifest.kind) ? base.check(object, all) : 'not-applicable';
    },
  };
}
