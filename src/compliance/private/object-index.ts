import { ManifestObject } from '../rule';

interface ObjectIndex {
  /** Objects by `kind`, in list order. */
  readonly byKind: Map<unknown, ManifestObject[]>;
  /** Objects by `kind`, then by `metadata.namespace` (undefined when unset), in list order. */
  readonly byKindAndNamespace: Map<unknown, Map<unknown, ManifestObject[]>>;
  readonly position: Map<ManifestObject, number>;
}

const INDEXES = new WeakMap<readonly ManifestObject[], ObjectIndex>();

/**
 * Returns the index of a list of objects by kind and namespace, built on the first call for that
 * list. Checks look up related objects (policies, budgets, namespaces) for every object they
 * check, and a scan of the whole list there makes a run quadratic in the number of objects.
 *
 * NOTE: the index assumes that the list does not change after the first call. The engine passes
 * the same unchanged list to every check of a run.
 */
function indexOf(all: readonly ManifestObject[]): ObjectIndex {
  let index = INDEXES.get(all);
  if (!index) {
    const built: ObjectIndex = { byKind: new Map(), byKindAndNamespace: new Map(), position: new Map() };
    all.forEach((object, position) => {
      built.position.set(object, position);
      const kind = object.manifest.kind;
      append(built.byKind, kind, object);
      let namespaces = built.byKindAndNamespace.get(kind);
      if (!namespaces) {
        namespaces = new Map();
        built.byKindAndNamespace.set(kind, namespaces);
      }
      append(namespaces, object.manifest.metadata?.namespace, object);
    });
    index = built;
    INDEXES.set(all, index);
  }
  return index;
}

function append(map: Map<unknown, ManifestObject[]>, key: unknown, object: ManifestObject): void {
  const list = map.get(key);
  if (list) {
    list.push(object);
  } else {
    map.set(key, [object]);
  }
}

/**
 * Joins lists of the index in list order. One list is returned as it is, not copied, because
 * checks call this for every object they check.
 */
function inListOrder(index: ObjectIndex, lists: ManifestObject[][]): ManifestObject[] {
  if (lists.length === 0) {
    return [];
  }
  if (lists.length === 1) {
    return lists[0];
  }
  return lists.flat().sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/**
 * Returns the objects of the given kinds, in list order. The result may be the index's own list,
 * so callers must not change it.
 */
export function indexedObjectsOfKind(all: readonly ManifestObject[], kinds: readonly string[]): ManifestObject[] {
  const index = indexOf(all);
  const lists = [...new Set(kinds)].flatMap((kind) => {
    const list = index.byKind.get(kind);
    return list ? [list] : [];
  });
  return inListOrder(index, lists);
}

/**
 * Returns the objects of the given kinds whose `metadata.namespace` is exactly `namespace`
 * (undefined matches an unset namespace only), in list order. The result may be the index's own
 * list, so callers must not change it.
 */
export function indexedObjectsIn(all: readonly ManifestObject[], kinds: readonly string[], namespace: string | undefined): ManifestObject[] {
  const index = indexOf(all);
  const lists = [...new Set(kinds)].flatMap((kind) => {
    const list = index.byKindAndNamespace.get(kind)?.get(namespace);
    return list ? [list] : [];
  });
  return inListOrder(index, lists);
}
