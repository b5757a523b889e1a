import { ManifestObject, RuleResult, RuleViolation } from '../rule';
import { indexedObjectsIn } from './object-index';
import { RunCache } from './run-cache';

/** Kinds that are a Pod or embed a pod template. */
export const POD_KINDS = ['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Job', 'CronJob'];

/** Kinds that keep Pods running, as opposed to Jobs and bare Pods. */
export const CONTROLLER_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'];

/**
 * The pod spec inside a manifest, with the JSON path that leads to it.
 */
export interface PodSpecRef {
  /** The pod spec (`spec` of a Pod, `spec.template.spec` of a Deployment, ...). */
  readonly spec: Record<string, any>;
  /** JSON path of the pod spec, for example `spec.template.spec`. */
  readonly path: string;
  /** Labels of the Pods this object creates. */
  readonly labels: Record<string, string>;
  /** Annotations of the Pods this object creates. */
  readonly annotations: Record<string, string>;
}

/**
 * One container of a pod spec, with the JSON path that leads to it.
 */
export interface ContainerRef {
  readonly container: Record<string, any>;
  readonly path: string;
  readonly name: string;
  /** `containers`, `initContainers` or `ephemeralContainers`. */
  readonly list: 'containers' | 'initContainers' | 'ephemeralContainers';
}

/**
 * Finds the pod spec of a Pod or of a kind with a pod template; undefined for other kinds.
 */
export function podSpecOf(manifest: Record<string, any>): PodSpecRef | undefined {
  return POD_SPECS.get(manifest, findPodSpec);
}

const POD_SPECS = new RunCache<Record<string, any>, PodSpecRef | undefined>();
const CONTAINERS = new RunCache<PodSpecRef, readonly ContainerRef[]>();

function findPodSpec(manifest: Record<string, any>): PodSpecRef | undefined {
  const kind = manifest.kind;
  if (!POD_KINDS.includes(kind)) {
    return undefined;
  }
  if (kind === 'Pod') {
    return {
      spec: manifest.spec ?? {},
      path: 'spec',
      labels: manifest.metadata?.labels ?? {},
      annotations: manifest.metadata?.annotations ?? {},
    };
  }
  if (kind === 'CronJob') {
    const template = manifest.spec?.jobTemplate?.spec?.template ?? {};
    return {
      spec: template.spec ?? {},
      path: 'spec.jobTemplate.spec.template.spec',
      labels: template.metadata?.labels ?? {},
      annotations: template.metadata?.annotations ?? {},
    };
  }
  const template = manifest.spec?.template ?? {};
  return {
    spec: template.spec ?? {},
    path: 'spec.template.spec',
    labels: template.metadata?.labels ?? {},
    annotations: template.metadata?.annotations ?? {},
  };
}

/**
 * Lists the containers, init containers and ephemeral containers of a pod spec.
 */
export function containersOf(pod: PodSpecRef): readonly ContainerRef[] {
  return CONTAINERS.get(pod, listContainers);
}

function listContainers(pod: PodSpecRef): readonly ContainerRef[] {
  const result: ContainerRef[] = [];
  for (const list of ['containers', 'initContainers', 'ephemeralContainers'] as const) {
    const containers: any[] = pod.spec[list] ?? [];
    containers.forEach((container, index) => {
      result.push({ container, path: `${pod.path}.${list}[${index}]`, name: container?.name ?? `#${index}`, list });
    });
  }
  return Object.freeze(result);
}

/**
 * Describes a container for messages, for example `container 'manager'` or `init container 'setup'`.
 */
export function describeContainer(ref: ContainerRef): string {
  switch (ref.list) {
    case 'initContainers':
      return `Init container '${ref.name}'`;
    case 'ephemeralContainers':
      return `Ephemeral container '${ref.name}'`;
    default:
      return `Container '${ref.name}'`;
  }
}

/**
 * Builds a check function over the pod spec of a workload: not applicable to other kinds, a pass
 * when the callback returns no violations.
 */
export function checkPod(fn: (pod: PodSpecRef, object: ManifestObject, all: ManifestObject[]) => RuleResult | RuleViolation[]) {
  return (object: ManifestObject, all: ManifestObject[]): RuleResult => {
    const pod = podSpecOf(object.manifest);
    if (!pod) {
      return 'not-applicable';
    }
    const result = fn(pod, object, all);
    if (Array.isArray(result) && result.length === 0) {
      return 'pass';
    }
    return result;
  };
}

/**
 * Builds a check function that runs a callback on every container of a workload (init and
 * ephemeral containers included unless `containersOnly` is set).
 */
export function checkContainers(
  fn: (container: ContainerRef, pod: PodSpecRef, object: ManifestObject) => RuleViolation[],
  options: { containersOnly?: boolean } = {},
) {
  return checkPod((pod, object) => {
    const violations: RuleViolation[] = [];
    for (const container of containersOf(pod)) {
      if (options.containersOnly && container.list !== 'containers') {
        continue;
      }
      for (const violation of fn(container, pod, object)) {
        violations.push(violation);
      }
    }
    return violations;
  });
}

/**
 * Reads a security context field with the container value taking precedence over the pod value,
 * as Kubernetes does for the fields that exist at both levels.
 */
export function effectiveSecurityContext(container: ContainerRef, pod: PodSpecRef, field: string): { value: any; path: string } {
  const own = container.container.securityContext?.[field];
  if (own !== undefined) {
    return { value: own, path: `${container.path}.securityContext.${field}` };
  }
  const podValue = pod.spec.securityContext?.[field];
  if (podValue !== undefined) {
    return { value: podValue, path: `${pod.path}.securityContext.${field}` };
  }
  return { value: undefined, path: `${container.path}.securityContext.${field}` };
}

/**
 * Returns the namespace of an object, or undefined when it has none (cluster-scoped or left to
 * the namespace chosen at apply time).
 */
export function namespaceOf(manifest: Record<string, any>): string | undefined {
  return manifest.metadata?.namespace;
}

/**
 * Describes an object as `Kind/name` for messages.
 */
export function describeObject(manifest: Record<string, any>): string {
  return `${manifest.kind}/${manifest.metadata?.name ?? '(unnamed)'}`;
}

/**
 * Tests whether a label selector (`matchLabels` and `matchExpressions`) selects the labels. An
 * empty selector selects everything.
 */
export function selectorMatches(selector: Record<string, any> | undefined, labels: Record<string, string>): boolean {
  if (!selector) {
    return false;
  }
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) {
      return false;
    }
  }
  for (const expression of selector.matchExpressions ?? []) {
    const present = Object.prototype.hasOwnProperty.call(labels, expression.key);
    const values: string[] = expression.values ?? [];
    switch (expression.operator) {
      case 'In':
        if (!present || !values.includes(labels[expression.key])) return false;
        break;
      case 'NotIn':
        if (present && values.includes(labels[expression.key])) return false;
        break;
      case 'Exists':
        if (!present) return false;
        break;
      case 'DoesNotExist':
        if (present) return false;
        break;
      default:
        throw new Error(`Unknown label selector operator '${expression.operator}'.`);
    }
  }
  return true;
}

/**
 * Returns the workloads (kinds with Pods) of the app in a namespace.
 */
export function workloadsIn(all: ManifestObject[], namespace: string | undefined): ManifestObject[] {
  return indexedObjectsIn(all, POD_KINDS, namespace);
}
