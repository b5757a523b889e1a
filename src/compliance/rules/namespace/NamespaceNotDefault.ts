import { isNamespaced } from '../../private/namespaces';
import { Check, ManifestObject, RuleResult } from '../../rule';

/**
 * Every namespaced object names a namespace other than `default`.
 */
export const NamespaceNotDefault: Check = {
  name: 'NamespaceNotDefault',
  title: 'Namespaced objects name their namespace, and it is not `default`.',
  rationale: 'Objects in `default`, or without a namespace and applied there, share one boundary for RBAC, quotas and NetworkPolicies with everything else that lands there.',
  fix: 'Set `metadata.namespace` on every namespaced object to a dedicated namespace.',
  kinds: [],
  check: (object: ManifestObject, all: ManifestObject[]): RuleResult => {
    if (!isNamespaced(object.manifest, all)) {
      return 'not-applicable';
    }
    const namespace = object.manifest.metadata?.namespace;
    if (namespace && namespace !== 'default') {
      return 'pass';
    }
    return [{
      fieldPath: 'metadata.namespace',
      message: namespace ? 'The object is in namespace default. Move it to a dedicated namespace.' : 'The object names no namespace, so it lands in the namespace chosen at apply time. Set metadata.namespace.',
    }];
  },
};
