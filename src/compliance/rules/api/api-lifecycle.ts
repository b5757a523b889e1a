/**
 * Deprecated and removed Kubernetes API versions, as published in the Kubernetes deprecated API
 * migration guide. Versions are minor releases written `1.22`.
 *
 * NOTE: `rbac.authorization.k8s.io/v1alpha1` and `scheduling.k8s.io/v1alpha1` are listed as
 * removed in 1.23, the release whose checks first rejected them in common scanners; alpha versions
 * are never guaranteed to be served.
 */
export interface ApiLifecycleEntry {
  readonly groupVersion: string;
  readonly kinds: string[];
  /** The release that deprecated the version for these kinds; absent when it was removed without a deprecation release listed here. */
  readonly deprecatedIn?: string;
  /** The release that stopped serving the version for these kinds. */
  readonly removedIn: string;
  /** The version to use instead. */
  readonly replacement: string;
}

const RBAC_KINDS = ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'];
const FLOW_KINDS = ['FlowSchema', 'PriorityLevelConfiguration'];

export const API_LIFECYCLE: ApiLifecycleEntry[] = [
  { groupVersion: 'extensions/v1beta1', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
  { groupVersion: 'apps/v1beta1', kinds: ['Deployment', 'StatefulSet', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
  { groupVersion: 'apps/v1beta2', kinds: ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet'], removedIn: '1.16', replacement: 'apps/v1' },
  { groupVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
  { groupVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], removedIn: '1.16', replacement: 'policy/v1beta1, itself removed in 1.25' },
  { groupVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], deprecatedIn: '1.16', removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' },
  {
    groupVersion: 'admissionregistration.k8s.io/v1beta1',
    kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'],
    deprecatedIn: '1.16',
    removedIn: '1.22',
    replacement: 'admissionregistration.k8s.io/v1',
  },
  { groupVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: RBAC_KINDS, deprecatedIn: '1.17', removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { groupVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: RBAC_KINDS, deprecatedIn: '1.17', removedIn: '1.23', replacement: 'rbac.authorization.k8s.io/v1' },
  { groupVersion: 'scheduling.k8s.io/v1alpha1', kinds: ['PriorityClass'], removedIn: '1.23', replacement: 'scheduling.k8s.io/v1' },
  { groupVersion: 'storage.k8s.io/v1beta1', kinds: ['CSINode'], deprecatedIn: '1.17', removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  { groupVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  { groupVersion: 'storage.k8s.io/v1beta1', kinds: ['StorageClass', 'VolumeAttachment'], removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  { groupVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { groupVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { groupVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'certificates.k8s.io/v1' },
  { groupVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'coordination.k8s.io/v1' },
  { groupVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' },
  { groupVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], removedIn: '1.22', replacement: 'authentication.k8s.io/v1' },
  {
    groupVersion: 'authorization.k8s.io/v1beta1',
    kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview'],
    removedIn: '1.22',
    replacement: 'authorization.k8s.io/v1',
  },
  { groupVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' },
  { groupVersion: 'client.authentication.k8s.io/v1alpha1', kinds: ['ExecCredential'], removedIn: '1.24', replacement: 'client.authentication.k8s.io/v1' },
  { groupVersion: 'node.k8s.io/v1alpha1', kinds: ['RuntimeClass'], removedIn: '1.24', replacement: 'node.k8s.io/v1' },
  { groupVersion: 'batch/v1beta1', kinds: ['CronJob'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'batch/v1' },
  { groupVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'discovery.k8s.io/v1' },
  { groupVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], deprecatedIn: '1.19', removedIn: '1.25', replacement: 'events.k8s.io/v1' },
  { groupVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.22', removedIn: '1.25', replacement: 'autoscaling/v2' },
  { groupVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'policy/v1' },
  { groupVersion: 'policy/v1beta1', kinds: ['PodSecurityPolicy'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'Pod Security Admission' },
  { groupVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], removedIn: '1.25', replacement: 'node.k8s.io/v1' },
  { groupVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: FLOW_KINDS, deprecatedIn: '1.24', removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { groupVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'autoscaling/v2' },
  { groupVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], deprecatedIn: '1.24', removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  { groupVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: FLOW_KINDS, deprecatedIn: '1.24', removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { groupVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: FLOW_KINDS, deprecatedIn: '1.29', removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
];

/** Compares two minor releases written `1.22`; negative when `a` is older. */
export function compareReleases(a: string, b: string): number {
  const [aMajor, aMinor] = a.split('.').map((part) => parseInt(part, 10));
  const [bMajor, bMinor] = b.split('.').map((part) => parseInt(part, 10));
  return aMajor !== bMajor ? aMajor - bMajor : aMinor - bMinor;
}

/** Finds the lifecycle entry of an object's `apiVersion` and `kind`. */
export function lifecycleOf(manifest: Record<string, any>): ApiLifecycleEntry | undefined {
  return API_LIFECYCLE.find((entry) => entry.groupVersion === manifest.apiVersion && entry.kinds.includes(manifest.kind));
}
