import { ManifestObject } from '../rule';
import { KeyedLists, derivedFrom } from './lookup';
import { indexedObjectsOfKind } from './object-index';

/** Kinds that Kubernetes stores without a namespace. */
const CLUSTER_SCOPED_KINDS = [
  'APIService', 'CertificateSigningRequest', 'ClusterIssuer', 'ClusterRole', 'ClusterRoleBinding', 'ComponentStatus',
  'CSIDriver', 'CSINode', 'CustomResourceDefinition', 'FlowSchema', 'IngressClass', 'MutatingWebhookConfiguration',
  'Namespace', 'Node', 'PersistentVolume', 'PodSecurityPolicy', 'PriorityClass', 'PriorityLevelConfiguration',
  'RuntimeClass', 'StorageClass', 'ValidatingAdmissionPolicy', 'ValidatingAdmissionPolicyBinding',
  'ValidatingWebhookConfiguration', 'VolumeAttachment', 'MutatingAdmissionPolicy', 'MutatingAdmissionPolicyBinding',
  'ClusterTrustBundle', 'GatewayClass', 'Bundle',
];

/** CustomResourceDefinitions by `spec.names.kind` and `spec.group`, in list order. */
function indexDefinitions(all: readonly ManifestObject[]): KeyedLists<ManifestObject> {
  const index = new KeyedLists<ManifestObject>();
  for (const definition of indexedObjectsOfKind(all, ['CustomResourceDefinition'])) {
    index.add([definition.manifest.spec?.names?.kind, definition.manifest.spec?.group], definition);
  }
  return index;
}

/**
 * Tests whether objects of the manifest's kind live in a namespace. For custom resources the
 * CustomResourceDefinition in the app decides; unknown kinds count as namespaced.
 */
export function isNamespaced(manifest: Record<string, any>, all: ManifestObject[]): boolean {
  if (CLUSTER_SCOPED_KINDS.includes(manifest.kind)) {
    return false;
  }
  const group = String(manifest.apiVersion ?? '').split('/').slice(0, -1).join('/');
  const candidates = derivedFrom(all, indexDefinitions).get([manifest.kind, group]);
  const definition = candidates.find((o) => o.manifest.spec?.names?.kind === manifest.kind && o.manifest.spec?.group === group);
  return definition ? definition.manifest.spec?.scope !== 'Cluster' : true;
}
