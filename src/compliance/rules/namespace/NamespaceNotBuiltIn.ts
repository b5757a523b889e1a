import { isNamespaced } from '../../private/namespaces';
import { Check, ManifestObject, RuleResult } from '../../rule';

const BUILT_IN_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

/**
 * Every namespaced object names a namespace that is not one of Kubernetes' own.
 */
export const NamespaceNotBuiltIn: Check = {
  name: 'NamespaceNotBuiltIn',
  title: 'Namespaced objects live in a dedicated namespace, not default, kube-system, kube-public or kube-node-lease.',
  rationale: 'The built-in namespaces hold cluster components and are shared by everyone. Objects there are harder to isolate and easy to confuse with the system\'s own.',
  fix: 'Set `metadata.namespace` on every namespaced object to a dedicated namespace.',
  kinds: [],
  check: (object: ManifestObject, all: ManifestObject[]): RuleResult => {
    if (!isNamespaced(object.manifest, all)) {
      return 'not-applicable';
    }
    const namespace = object.manifest.metadata?.namespace;
    if (namespace && !BUILT_IN_NAMESPACES.includes(namespace)) {
      return 'pass';
    }
    return [{
      fieldPath: 'metadata.namespace',
      message: namespace ? `The object is in the built-in namespace ${namespace}. Move it to a dedicated namespace.` : 'The object names no namespace. Set metadata.namespace to a dedicated namespace.',
    }];
  },
};
