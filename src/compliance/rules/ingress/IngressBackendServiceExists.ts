import { Check, ManifestObject, RuleResult } from '../../rule';
import { objectsOfKind, resultOf, sameNamespace } from '../manifest-helpers';
import { ingressServiceBackends } from './ingress-helpers';

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
    const services = objectsOfKind(all, 'Service').filter((service) => sameNamespace(service.manifest, object.manifest));
    const names = new Set(services.map((service) => service.manifest.metadata?.name));
    return resultOf(backends.filter((backend) => !names.has(backend.name)).map((backend) => ({
      fieldPath: backend.path,
      message: `The backend names Service "${backend.name}", which the app does not define in this namespace. Correct the name or add the Service.`,
    })));
  },
};
