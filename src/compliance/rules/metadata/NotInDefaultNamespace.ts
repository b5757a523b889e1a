import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS } from '../manifest-helpers';

/**
 * Workloads do not name the `default` namespace.
 *
 * NOTE: an object without `metadata.namespace` lands in the namespace of the client that applies
 * it, which manifests cannot show; such objects pass.
 */
export const NotInDefaultNamespace: Check = {
  name: 'NotInDefaultNamespace',
  title: 'Workloads stay out of the default namespace',
  rationale: 'The default namespace mixes unrelated workloads, so quotas, network policies and RBAC cannot be scoped to one application.',
  fix: 'Set metadata.namespace to a namespace of the application.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    if (object.manifest.metadata?.namespace === 'default') {
      return [{ fieldPath: 'metadata.namespace', message: 'The workload is placed in the "default" namespace. Set metadata.namespace to the application\'s own namespace.' }];
    }
    return 'pass';
  },
};
