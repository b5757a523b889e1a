import { ManifestObject } from '../rule';

const DERIVED = new WeakMap<readonly ManifestObject[], Map<unknown, unknown>>();

/**
 * Returns the value that `build` derives from a list of objects, built on the first call for that
 * list and builder. Checks use this for the look-up tables they need for every object they check,
 * because building them per object makes a run quadratic in the number of objects.
 *
 * The cache is keyed by `build`, so pass a function declared once at module level, never a
 * closure created per call. The value must not depend on anything but the list.
 *
 * NOTE: like the index of `object-index.ts`, this assumes that the list does not change after the
 * first call. The engine passes the same unchanged list to every check of a run.
 */
export function derivedFrom<T>(all: readonly ManifestObject[], build: (all: readonly ManifestObject[]) => T): T {
  let values = DERIVED.get(all);
  if (!values) {
    values = new Map();
    DERIVED.set(all, values);
  }
  if (values.has(build)) {
    return values.get(build) as T;
  }
  const value = build(all);
  values.set(build, value);
  return value;
}

/**
 * A map whose keys are tuples of a fixed length. Each part is compared as `Map` keys are
 * (SameValueZero), which agrees with `===` except that NaN equals NaN. Callers that compare with
 * `===` must test the values they find again.
 */
export class TupleMap<V> {
  private readonly root = new Map<unknown, any>();

  /** Returns the value under the key, or undefined. */
  public get(key: readonly unknown[]): V | undefined {
    let node: Map<unknown, any> | undefined = this.root;
    for (const part of key) {
      node = node!.get(part);
      if (node === undefined) {
        return undefined;
      }
    }
    return node as unknown as V;
  }

  /** Returns the value under the key, creating it with `create` when there is none. */
  public getOrCreate(key: readonly unknown[], create: () => V): V {
    let node = this.root;
    for (let index = 0; index < key.length - 1; index++) {
      let next = node.get(key[index]);
      if (next === undefined) {
        next = new Map();
        node.set(key[index], next);
      }
      node = next;
    }
    const last = key[key.length - 1];
    if (!node.has(last)) {
      node.set(last, create());
    }
    return node.get(last);
  }
}

const NONE: readonly never[] = [];

/**
 * Lists of items under tuple keys, each list in the order the items were added.
 */
export class KeyedLists<T> {
  private readonly lists = new TupleMap<T[]>();

  /** Appends an item to the list under the key. */
  public add(key: readonly unknown[], item: T): void {
    this.lists.getOrCreate(key, () => []).push(item);
  }

  /** Returns the list under the key, or an empty list. Callers must not change the result. */
  public get(key: readonly unknown[]): readonly T[] {
    return this.lists.get(key) ?? NONE;
  }
}
