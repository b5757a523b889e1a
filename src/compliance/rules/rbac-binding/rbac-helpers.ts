import { roleIndex } from '../../private/rbac';
import { ManifestObject } from '../../rule';
import { namespaceOf, sameNamespace } from '../manifest-helpers';

/** Finds the Role or ClusterRole of the app that a binding's `roleRef` names. */
export function roleOfBinding(binding: ManifestObject, all: ManifestObject[]): ManifestObject | undefined {
  const ref = binding.manifest.roleRef ?? {};
  const index = roleIndex(all);
  const candidates = ref.kind === 'ClusterRole'
    ? index.byName.get([ref.kind, ref.name])
    : index.byNamespaceOrEmpty.get([ref.kind, ref.name, namespaceOf(binding.manifest) ?? '']);
  return candidates.find((candidate) => candidate.manifest.metadata?.name === ref.name
    && (ref.kind === 'ClusterRole' || sameNamespace(candidate.manifest, binding.manifest)));
}

/** The rules of a role with their field paths. */
export function roleRules(role: Record<string, any>): Array<{ rule: Record<string, any>; path: string }> {
  return (role.rules ?? []).map((rule: any, index: number) => ({ rule: rule ?? {}, path: `rules[${index}]` }));
}

/** Built-in roles whose names Kubernetes and common distributions reserve. */
export function isBuiltInRoleName(name: unknown): boolean {
  return typeof name === 'string' && (name.startsWith('system:') || name === 'gce:podsecuritypolicy:calico-sa');
}

const ALL_WRITE_AND_READ_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];

/**
 * Whether a role rule grants everything: `*` in API groups and resources, with `*` or all seven
 * standard verbs.
 */
export function grantsEverything(rule: Record<string, any>): boolean {
  const groups: string[] = rule.apiGroups ?? [];
  const resources: string[] = rule.resources ?? [];
  const verbs: string[] = rule.verbs ?? [];
  return groups.includes('*') && resources.includes('*')
    && (verbs.includes('*') || ALL_WRITE_AND_READ_VERBS.every((verb) => verbs.includes(verb)));
}

/** Whether a role rule allows exec or attach into pods, as `get` or `create` on `pods/exec` or `pods/attach`. */
export function grantsPodExec(rule: Record<string, any>): boolean {
  const groups: string[] = rule.apiGroups ?? [];
  const resources: string[] = rule.resources ?? [];
  const verbs: string[] = rule.verbs ?? [];
  return groups.some((group) => group === '' || group === '*')
    && resources.some((resource) => ['*', 'pods/exec', 'pods/attach'].includes(resource))
    && verbs.some((verb) => ['*', 'get', 'create'].includes(verb));
}
