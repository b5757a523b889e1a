import { derivedFrom } from '../../private/lookup';
import { Check, ManifestObject, RuleResult } from '../../rule';
import { namespaceOf, objectsOfKind, resultOf } from '../manifest-helpers';
import { ingressServiceBackends } from './ingress-helpers';

/**
 * Names of the app's Services by namespace (unset counts as ''). A NaN namespace is left out,
 * because it equals no namespace under `===`.
 */
function serviceNamesByNamespace(all: readonly ManifestObject[]): Map<unknown, Set<unknown>> {
  const names = new Map<unknown, Set<unknown>>();
  for (const service of objectsOfKind(all as ManifestObject[], 'Service')) {
    const namespace = namespaceOf(service.manifest) ?? '';
    if (Number.isNaN(namespace)) {
      continue;
    }
    let set = names.get(namespace);
    if (!set) {
      set = new Set();
      names.set(namespace, set);
    }
    set.add(service.manifest.metadata?.name);
  }
  return names;
}

const NO_NAMES: ReadonlySet<unknown> = new Set();

/**
 * Every Service that an Ingress routes to is defined in the app, in the Ingress's namespace.
 *
 * NOTE: a Service created outside the app fails here and needs a suppression.
 */
export const IngressBackendServiceExists: Check = {
  name: 'IngressBackendServiceExists',
  title: 'Ingress backends name existing Services',
  rationale: 'A backend that names a missing Service answers every request with an error.',
  fix: 'Correct the backend service name, or add the Service.',
  kinds: ['Ingress'],
  check(object: ManifestObject, all: ManifestObject[]): RuleResult {
    const backends = ingressServiceBackends(object.manifest);
    if (backends.length === 0) return 'not-applicable';
    const names = derivedFrom(all, serviceNamesByNamespace).get(namespaceOf(object.manifest) ?? '') ?? NO_NAMES;
    return resultOf(backends.filter((backend) => !names.has(backend.name)).map((backend) => ({
      fieldPath: backend.path,
      message: `The backend names Service "${backend.name}", which the app does not define in this namespace. Correct the name or add the Service.`,
    })));
  },
};
