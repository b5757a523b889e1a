import { Check, ManifestObject, RuleResult, RuleViolation } from '../rule';
import { KeyedLists, derivedFrom } from './lookup';

/** Kinds that carry RBAC rules. */
export const ROLE_KINDS = ['Role', 'ClusterRole'];

/** Kinds that bind roles to subjects. */
export const BINDING_KINDS = ['RoleBinding', 'ClusterRoleBinding'];

/**
 * What a grant must cover to match: a rule matches when its `apiGroups`, `resources` and `verbs`
 * each contain one of the listed values or `*`.
 */
export interface GrantPattern {
  readonly apiGroups: string[];
  readonly resources: string[];
  readonly verbs: string[];
  /** Whether a rule limited by `resourceNames` still matches. */
  readonly matchResourceNames?: boolean;
}

function listMatches(values: string[] | undefined, expected: string[]): string[] {
  const list = values ?? [];
  if (list.includes('*')) {
    return expected.length > 0 ? expected : ['*'];
  }
  return list.filter((value) => expected.includes(value));
}

/**
 * Returns the verbs and resources of a rule that match the pattern, or undefined.
 */
export function matchGrant(rule: Record<string, any>, pattern: GrantPattern): { verbs: string[]; resources: string[] } | undefined {
  if (!pattern.matchResourceNames && (rule.resourceNames ?? []).length > 0) {
    return undefined;
  }
  const groups = listMatches(rule.apiGroups, pattern.apiGroups);
  const resources = listMatches(rule.resources, pattern.resources);
  const verbs = listMatches(rule.verbs, pattern.verbs);
  if (groups.length === 0 || resources.length === 0 || verbs.length === 0) {
    return undefined;
  }
  return { verbs, resources };
}

/**
 * Lists the rules of a Role or ClusterRole with their JSON paths.
 */
export function rulesOf(manifest: Record<string, any>): { rule: Record<string, any>; path: string }[] {
  return (manifest.rules ?? []).map((rule: any, index: number) => ({ rule: rule ?? {}, path: `rules[${index}]` }));
}

/**
 * Builds a check that fails a Role or ClusterRole for every rule that matches the pattern.
 */
export function grantCheck(props: {
  name: string;
  title: string;
  rationale: string;
  fix: string;
  pattern: GrantPattern;
  describe: (match: { verbs: string[]; resources: string[] }, roleName: string) => string;
}): Check {
  return {
    name: props.name,
    title: props.title,
    rationale: props.rationale,
    fix: props.fix,
    kinds: ROLE_KINDS,
    check: (object: ManifestObject): RuleResult => {
      const violations: RuleViolation[] = [];
      for (const { rule, path } of rulesOf(object.manifest)) {
        const match = matchGrant(rule, props.pattern);
        if (match) {
          violations.push({ fieldPath: path, message: props.describe(match, object.manifest.metadata?.name ?? '') });
        }
      }
      return violations.length > 0 ? violations : 'pass';
    },
  };
}

/** Roles and other objects of the app by kind, name and namespace, in app order. */
export interface RoleIndex {
  /** Objects by kind and name. */
  readonly byName: KeyedLists<ManifestObject>;
  /** Objects by kind, name and namespace as written (undefined when unset). */
  readonly byNamespace: KeyedLists<ManifestObject>;
  /** Objects by kind, name and namespace, an unset namespace counting as ''. */
  readonly byNamespaceOrEmpty: KeyedLists<ManifestObject>;
}

function indexRoles(all: readonly ManifestObject[]): RoleIndex {
  const index: RoleIndex = { byName: new KeyedLists(), byNamespace: new KeyedLists(), byNamespaceOrEmpty: new KeyedLists() };
  for (const object of all) {
    const metadata = object.manifest.metadata;
    index.byName.add([object.manifest.kind, metadata?.name], object);
    index.byNamespace.add([object.manifest.kind, metadata?.name, metadata?.namespace], object);
    index.byNamespaceOrEmpty.add([object.manifest.kind, metadata?.name, metadata?.namespace ?? ''], object);
  }
  return index;
}

/** Returns the role index of a list of objects, built once per list. */
export function roleIndex(all: readonly ManifestObject[]): RoleIndex {
  return derivedFrom(all, indexRoles);
}

/**
 * Finds the Role or ClusterRole a binding refers to, among the app's objects.
 */
export function findBoundRole(binding: Record<string, any>, all: ManifestObject[]): ManifestObject | undefined {
  const ref = binding.roleRef ?? {};
  const index = roleIndex(all);
  const candidates = ref.kind === 'ClusterRole'
    ? index.byName.get([ref.kind, ref.name])
    : index.byNamespace.get([ref.kind, ref.name, binding.metadata?.namespace]);
  return candidates.find((o) => o.manifest.metadata?.name === ref.name
    && (ref.kind === 'ClusterRole' || o.manifest.metadata?.namespace === binding.metadata?.namespace));
}

/**
 * Identifies a binding subject, for comparing subjects across bindings.
 */
export function subjectKey(subject: Record<string, any>, bindingNamespace: string | undefined): string {
  const namespace = subject.kind === 'ServiceAccount' ? (subject.namespace ?? bindingNamespace ?? '') : '';
  return `${subject.kind}/${namespace}/${subject.name}`;
}
