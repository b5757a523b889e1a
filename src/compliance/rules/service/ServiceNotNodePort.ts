import { Check, ManifestObject, RuleResult } from '../../rule';

/** Services are not of type NodePort. */
export const ServiceNotNodePort: Check = {
  name: 'ServiceNotNodePort',
  title: 'Services do not open node ports',
  rationale: 'A NodePort Service opens the same port on every node, reachable from outside the cluster unless firewalls block it.',
  fix: 'Use a ClusterIP Service, behind an Ingress or a LoadBalancer where outside access is needed.',
  kinds: ['Service'],
  check(object: ManifestObject): RuleResult {
    // Knative defines its own kind named Service; only the core Service has node ports.
    if (object.manifest.apiVersion !== 'v1') return 'not-applicable';
    if (object.manifest.spec?.type === 'NodePort') {
      return [{ fieldPath: 'spec.type', message: 'The Service has type NodePort. Use ClusterIP and expose it through an Ingress or a LoadBalancer.' }];
    }
    return 'pass';
  },
};
