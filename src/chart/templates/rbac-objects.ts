import { Manifest } from '../context';
import { formatGoValue } from './extra-objects';

/** One rule of a Role or ClusterRole. */
export interface PolicyRule {
  readonly apiGroups: string[];
  readonly resources: string[];
  readonly verbs: string[];
  readonly resourceNames?: (string | null)[];
}

/** Object metadata that every RBAC object of the chart carries. */
export interface RbacMetadata {
  readonly name: string;
  readonly labels: Record<string, unknown>;
  /** Set for Roles and RoleBindings only. */
  readonly namespace?: unknown;
  readonly annotations?: Record<string, unknown>;
}

const RBAC_API_VERSION = 'rbac.authorization.k8s.io/v1';

/** Builds a policy rule, leaving out `resourceNames` when none are given. */
export function policyRule(apiGroups: string[], resources: string[], verbs: string[], resourceNames?: (string | null)[]): PolicyRule {
  return resourceNames === undefined ? { apiGroups, resources, verbs } : { apiGroups, resources, verbs, resourceNames };
}

/**
 * Returns a list item that the chart prints as `- {{ value | quote }}`: the value as a string, or
 * null for a missing value, because `quote` prints nothing for nil and YAML reads the bare `-` as null.
 */
export function quotedItem(value: unknown): string | null {
  return value === null || value === undefined ? null : formatGoValue(value);
}

function metadata(meta: RbacMetadata): Manifest['metadata'] {
  const result: Manifest['metadata'] = { name: meta.name };
  if (meta.namespace !== undefined) {
    result.namespace = meta.namespace as string;
  }
  result.labels = meta.labels;
  if (meta.annotations !== undefined) {
    result.annotations = meta.annotations;
  }
  return result;
}

/** Builds a ClusterRole, or a Role when `meta.namespace` is set. */
export function roleObject(meta: RbacMetadata, rules: PolicyRule[]): Manifest {
  return {
    apiVersion: RBAC_API_VERSION,
    kind: meta.namespace === undefined ? 'ClusterRole' : 'Role',
    metadata: metadata(meta),
    rules: rules.map((rule) => ({ ...rule, apiGroups: [...rule.apiGroups], resources: [...rule.resources], verbs: [...rule.verbs] })),
  };
}

/**
 * Builds a ClusterRoleBinding, or a RoleBinding when `meta.namespace` is set, that grants the role
 * of the same kind named `roleName` to one ServiceAccount.
 */
export function bindingObject(meta: RbacMetadata, roleName: string, serviceAccount: string, serviceAccountNamespace: string): Manifest {
  return {
    apiVersion: RBAC_API_VERSION,
    kind: meta.namespace === undefined ? 'ClusterRoleBinding' : 'RoleBinding',
    metadata: metadata(meta),
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: meta.namespace === undefined ? 'ClusterRole' : 'Role',
      name: roleName,
    },
    subjects: [{ kind: 'ServiceAccount', name: serviceAccount, namespace: serviceAccountNamespace }],
  };
}
