import { TupleMap } from './lookup';

/**
 * Label pairs (key and value) that a selector requires: it matches no labels that lack one of
 * them, and its test rejects such labels before it reads anything else.
 */
export type RequiredPairs = ReadonlyArray<readonly [string, unknown]>;

const NONE: readonly never[] = [];

/**
 * Returns the pairs that a Service selector (a plain label map) requires, or undefined when the
 * selector matches no labels at all: it is unset or has no entries.
 */
export function mapSelectorPairs(selector: unknown): RequiredPairs | undefined {
  if (!selector) {
    return undefined;
  }
  const pairs = Object.entries(selector);
  return pairs.length > 0 ? pairs : undefined;
}

/**
 * Returns the `matchLabels` pairs of a label selector, which its test compares before the
 * `matchExpressions`, or undefined when the selector is unset and so matches no labels. An empty
 * list means that any labels may match.
 */
export function labelSelectorPairs(selector: any): RequiredPairs | undefined {
  if (!selector) {
    return undefined;
  }
  return Object.entries(selector.matchLabels ?? {});
}

/**
 * Tests whether labels are a plain object, whose properties other than its own entries are those
 * of `Object.prototype`. Only such labels can be looked up by their entries.
 */
function isPlainLabels(labels: unknown): labels is Record<string, unknown> {
  if (labels === null || typeof labels !== 'object' || Array.isArray(labels)) {
    return false;
  }
  const prototype = Object.getPrototypeOf(labels);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Tests whether a required label value can be looked up: a primitive, which plain labels hold
 * only as an own entry, since the properties they inherit are functions and objects.
 */
function isLookupValue(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

interface LabelGroup<T> {
  readonly all: T[];
  /** Items whose labels are not a plain object; they are candidates for every selector. */
  readonly irregular: T[];
  readonly byPair: Map<string, Map<unknown, T[]>>;
}

/**
 * Items with labels (workloads by their pod labels, for example), grouped by a tuple key such as
 * the namespace and looked up by the pairs a selector requires.
 */
export class LabelIndex<T> {
  private readonly groups = new TupleMap<LabelGroup<T>>();
  private readonly order = new Map<T, number>();

  /** Adds an item with its labels to a group. Add items in list order. */
  public add(group: readonly unknown[], item: T, labels: unknown): void {
    if (!this.order.has(item)) {
      this.order.set(item, this.order.size);
    }
    const entry = this.groups.getOrCreate(group, () => ({ all: [], irregular: [], byPair: new Map() }));
    entry.all.push(item);
    if (!isPlainLabels(labels)) {
      entry.irregular.push(item);
      return;
    }
    for (const [key, value] of Object.entries(labels)) {
      let byValue = entry.byPair.get(key);
      if (!byValue) {
        byValue = new Map();
        entry.byPair.set(key, byValue);
      }
      const list = byValue.get(value);
      if (list) {
        list.push(item);
      } else {
        byValue.set(value, [item]);
      }
    }
  }

  /** Returns the number of items of a group whose labels hold the pair. */
  public count(group: readonly unknown[], key: string, value: unknown): number {
    return this.groups.get(group)?.byPair.get(key)?.get(value)?.length ?? 0;
  }

  /**
   * Returns the items of a group whose labels may hold every required pair, in the order they
   * were added: a superset of the items that match, which callers test again with the selector.
   * The result may be the index's own list, so callers must not change it.
   */
  public candidates(group: readonly unknown[], pairs: RequiredPairs): readonly T[] {
    const entry = this.groups.get(group);
    if (!entry) {
      return NONE;
    }
    let narrowest: readonly T[] | undefined;
    for (const [key, value] of pairs) {
      if (!isLookupValue(value)) {
        continue;
      }
      const list = entry.byPair.get(key)?.get(value) ?? NONE;
      if (!narrowest || list.length < narrowest.length) {
        narrowest = list;
      }
    }
    if (!narrowest) {
      return entry.all;
    }
    return inOrder(this.order, [narrowest, entry.irregular]);
  }
}

interface SelectorGroup<T> {
  readonly all: T[];
  /** Items whose selector requires no pair that can be looked up; they are candidates for all labels. */
  readonly unindexed: T[];
  readonly byPair: Map<string, Map<unknown, T[]>>;
}

/**
 * Items with a selector (Services, NetworkPolicies, PodDisruptionBudgets), grouped by a tuple key
 * such as the namespace and looked up by the labels of a pod. Each item is filed under one of the
 * pairs its selector requires, so a pod meets only the items whose pair it has.
 */
export class SelectorIndex<T> {
  private readonly groups = new TupleMap<SelectorGroup<T>>();
  private readonly order = new Map<T, number>();

  /**
   * Adds an item with the pairs its selector requires to a group; `undefined` pairs mean that the
   * selector matches nothing and the item is left out. Add items in list order. `rarity` rates a
   * pair by how many pods hold it: the item is filed under its rarest pair, the first on ties.
   */
  public add(group: readonly unknown[], item: T, pairs: RequiredPairs | undefined, rarity?: (key: string, value: unknown) => number): void {
    if (pairs === undefined) {
      return;
    }
    if (!this.order.has(item)) {
      this.order.set(item, this.order.size);
    }
    const entry = this.groups.getOrCreate(group, () => ({ all: [], unindexed: [], byPair: new Map() }));
    entry.all.push(item);
    let chosen: readonly [string, unknown] | undefined;
    let chosenRarity = Infinity;
    for (const pair of pairs) {
      if (!isLookupValue(pair[1])) {
        continue;
      }
      const score = rarity ? rarity(pair[0], pair[1]) : 0;
      if (!chosen || score < chosenRarity) {
        chosen = pair;
        chosenRarity = score;
      }
    }
    if (!chosen) {
      entry.unindexed.push(item);
      return;
    }
    let byValue = entry.byPair.get(chosen[0]);
    if (!byValue) {
      byValue = new Map();
      entry.byPair.set(chosen[0], byValue);
    }
    const list = byValue.get(chosen[1]);
    if (list) {
      list.push(item);
    } else {
      byValue.set(chosen[1], [item]);
    }
  }

  /**
   * Returns the items of the groups whose selector may match the labels, in the order they were
   * added: a superset of the items that match, which callers test again with the selector. An
   * item must not be in two of the groups. The result may be the index's own list, so callers
   * must not change it.
   */
  public candidates(groups: ReadonlyArray<readonly unknown[]>, labels: unknown): readonly T[] {
    const found: (readonly T[])[] = [];
    for (const group of groups) {
      const entry = this.groups.get(group);
      if (!entry) {
        continue;
      }
      if (!isPlainLabels(labels)) {
        found.push(entry.all);
        continue;
      }
      found.push(entry.unindexed);
      // Labels hold one value per key, so each item's pair is met at most once.
      for (const [key, value] of Object.entries(labels)) {
        const list = entry.byPair.get(key)?.get(value);
        if (list) {
          found.push(list);
        }
      }
    }
    return inOrder(this.order, found);
  }

  /** Returns items of the index, each once, in the order they were added. */
  public sorted(items: Iterable<T>): T[] {
    return [...new Set(items)].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }
}

/**
 * Joins lists of distinct items in the order the items were added. One non-empty list is
 * returned as it is.
 */
function inOrder<T>(order: Map<T, number>, lists: readonly (readonly T[])[]): readonly T[] {
  const nonEmpty = lists.filter((list) => list.length > 0);
  if (nonEmpty.length === 0) {
    return NONE;
  }
  if (nonEmpty.length === 1) {
    return nonEmpty[0];
  }
  return nonEmpty.flat().sort((a, b) => order.get(a)! - order.get(b)!);
}
