/**
 * Fields of the Kubernetes PodSecurityContext and SecurityContext and of the types they contain,
 * from the Kubernetes API v1.35 (core/v1). A string type names a scalar type, an object type maps
 * field names to their types, and a one-item array is a list of that item type.
 */
export type FieldType = 'boolean' | 'integer' | 'string' | FieldSpec | [FieldType];

/** Field names of one Kubernetes type, each with its type. */
export interface FieldSpec {
  readonly [field: string]: FieldType;
}

const SE_LINUX_OPTIONS: FieldSpec = { level: 'string', role: 'string', type: 'string', user: 'string' };
const SECCOMP_PROFILE: FieldSpec = { localhostProfile: 'string', type: 'string' };
const APP_ARMOR_PROFILE: FieldSpec = { localhostProfile: 'string', type: 'string' };
const WINDOWS_OPTIONS: FieldSpec = {
  gmsaCredentialSpec: 'string',
  gmsaCredentialSpecName: 'string',
  hostProcess: 'boolean',
  runAsUserName: 'string',
};

/** io.k8s.api.core.v1.PodSecurityContext. */
export const POD_SECURITY_CONTEXT: FieldSpec = {
  appArmorProfile: APP_ARMOR_PROFILE,
  fsGroup: 'integer',
  fsGroupChangePolicy: 'string',
  runAsGroup: 'integer',
  runAsNonRoot: 'boolean',
  runAsUser: 'integer',
  seLinuxChangePolicy: 'string',
  seLinuxOptions: SE_LINUX_OPTIONS,
  seccompProfile: SECCOMP_PROFILE,
  supplementalGroups: ['integer'],
  supplementalGroupsPolicy: 'string',
  sysctls: [{ name: 'string', value: 'string' }],
  windowsOptions: WINDOWS_OPTIONS,
};

/** io.k8s.api.core.v1.SecurityContext, the container's. */
export const CONTAINER_SECURITY_CONTEXT: FieldSpec = {
  allowPrivilegeEscalation: 'boolean',
  appArmorProfile: APP_ARMOR_PROFILE,
  capabilities: { add: ['string'], drop: ['string'] },
  privileged: 'boolean',
  procMount: 'string',
  readOnlyRootFilesystem: 'boolean',
  runAsGroup: 'integer',
  runAsNonRoot: 'boolean',
  runAsUser: 'integer',
  seLinuxOptions: SE_LINUX_OPTIONS,
  seccompProfile: SECCOMP_PROFILE,
  windowsOptions: WINDOWS_OPTIONS,
};
