import { KeyedLists, derivedFrom } from '../../private/lookup';
import { POD_KINDS, checkPod, namespaceOf } from '../../private/manifest';
import { indexedObjectsOfKind } from '../../private/object-index';
import { Check, ManifestObject } from '../../rule';

const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/** Namespace objects of the app by name, in list order. */
function indexNamespaces(all: readonly ManifestObject[]): KeyedLists<ManifestObject> {
  const index = new KeyedLists<ManifestObject>();
  for (const namespace of indexedObjectsOfKind(all, ['Namespace'])) {
    index.add([namespace.manifest.metadata?.name], namespace);
  }
  return index;
}

/**
 * The Namespace object of each workload enforces the baseline or restricted Pod Security
 * Standard through Pod Security Admission.
 */
export const NamespacePodSecurityEnforced: Check = {
  name: 'NamespacePodSecurityEnforced',
  title: 'Namespaces with workloads enforce the baseline or restricted Pod Security Standard.',
  rationale: 'Pod Security Admission rejects Pods that break the standard at admission time, including Pods created later by controllers or users.',
  fix: `Add the Namespace to the app with the label \`${ENFORCE_LABEL}: restricted\` (or \`baseline\`).`,
  kinds: POD_KINDS,
  check: (object, all) => checkPod(() => {
    const namespace = namespaceOf(object.manifest);
    const definition = derivedFrom(all, indexNamespaces).get([namespace]).find((o) => o.manifest.metadata?.name === namespace);
    if (!definition) {
      return { notEvaluated: `Namespace ${namespace ?? '(unset)'} is not part of the app, so its Pod Security Admission labels cannot be read.` };
    }
    const level = definition.manifest.metadata?.labels?.[ENFORCE_LABEL];
    if (level === 'restricted' || level === 'baseline') {
      return [];
    }
    return [{
      fieldPath: 'metadata.namespace',
      message: `Namespace ${namespace} has ${ENFORCE_LABEL} ${level ?? 'unset'}. Label it ${ENFORCE_LABEL}: restricted.`,
    }];
  })(object, all),
};
