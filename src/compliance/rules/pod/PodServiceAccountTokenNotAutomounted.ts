import { KeyedLists, derivedFrom } from '../../private/lookup';
import { POD_KINDS, checkPod, namespaceOf } from '../../private/manifest';
import { indexedObjectsOfKind } from '../../private/object-index';
import { Check, ManifestObject } from '../../rule';

/** ServiceAccounts of the app by namespace as written and name, in list order. */
function indexAccounts(all: readonly ManifestObject[]): KeyedLists<ManifestObject> {
  const index = new KeyedLists<ManifestObject>();
  for (const account of indexedObjectsOfKind(all, ['ServiceAccount'])) {
    index.add([namespaceOf(account.manifest), account.manifest.metadata?.name], account);
  }
  return index;
}

/**
 * The pod gets no automatically mounted ServiceAccount token, either because the pod spec says
 * so or because its ServiceAccount in the app does.
 */
export const PodServiceAccountTokenNotAutomounted: Check = {
  name: 'PodServiceAccountTokenNotAutomounted',
  title: 'Pods do not mount a ServiceAccount token automatically.',
  rationale: 'An automatically mounted token is readable by every container of the Pod. A process that does not call the API server should not hold one, and one that does should mount it explicitly where it is needed.',
  fix: 'Set `automountServiceAccountToken: false` on the pod spec (or on its ServiceAccount), and mount a projected token volume into the containers that call the API.',
  kinds: POD_KINDS,
  check: checkPod((pod, object, all) => {
    const podValue = pod.spec.automountServiceAccountToken;
    if (podValue === false) {
      return [];
    }
    if (podValue === true) {
      return [{ fieldPath: `${pod.path}.automountServiceAccountToken`, message: 'The pod sets automountServiceAccountToken: true. Set it to false and mount a projected token where the API is called.' }];
    }
    const accountName = pod.spec.serviceAccountName || pod.spec.serviceAccount || 'default';
    const namespace = namespaceOf(object.manifest);
    const account = derivedFrom(all, indexAccounts).get([namespace, accountName])
      .find((o) => o.manifest.metadata?.name === accountName);
    if (account?.manifest.automountServiceAccountToken === false) {
      return [];
    }
    const where = account ? `ServiceAccount ${accountName} does not set it to false either` : `ServiceAccount ${accountName} is not part of the app`;
    return [{
      fieldPath: `${pod.path}.automountServiceAccountToken`,
      message: `The pod does not set automountServiceAccountToken and ${where}. Set automountServiceAccountToken: false on the pod spec.`,
    }];
  }),
};
