import { TupleMap } from './lookup';

/**
 * A condition that a selector puts on labels: they have the key, with one of the values when
 * values are given. A selector's test rejects labels that fail it without throwing.
 */
export interface LabelRequirement {
  readonly key: string;
  /**
   * Values compared as `Map` keys and `Array.prototype.includes` do (SameValueZero), or
   * undefined for any value.
   */
  readonly values?: readonly unknown[];
}

/**
 * Conditions that a selector puts on labels, every one of which labels must meet to match. An
 * empty list means that the conditions cannot be looked up, so any labels may match.
 */
export type LabelRequirements = readonly LabelRequirement[];

const NONE: readonly never[] = [];

/**
 * Returns the requirements of a Service selector (a plain label map), or undefined when the
 * selector matches no labels at all: it is unset or has no entries.
 */
export function mapSelectorRequirements(selector: unknown): LabelRequirements | undefined {
  if (!selector) {
    return undefined;
  }
  const pairs = Object.entries(selector);
  if (pairs.length === 0) {
    return undefined;
  }
  return pairs.filter(([, value]) => isLookupValue(value)).map(([key, value]) => ({ key, values: [value] }));
}

/**
 * Returns the requirements of a label selector, or undefined when the selector is unset and so
 * matches no labels. Label selector tests compare `matchLabels` first and then the
 * `matchExpressions` in order, so besides each `matchLabels` pair, an `In` or `Exists` expression
 * counts when no expression before it can throw.
 *
 * NOTE: a selector with only `NotIn` and `DoesNotExist` expressions has no requirement, so every
 * pod of its namespace is tested against it.
 */
export function labelSelectorRequirements(selector: any): LabelRequirements | undefined {
  if (!selector) {
    return undefined;
  }
  const requirements: LabelRequirement[] = [];
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (isLookupValue(value)) {
      requirements.push({ key, values: [value] });
    }
  }
  const expressions = selector.matchExpressions;
  if (!Array.isArray(expressions)) {
    return requirements;
  }
  for (const expression of expressions) {
    if (!isSafeExpression(expression)) {
      break;
    }
    if (typeof expression.key !== 'string') {
      continue;
    }
    const values = expression.values;
    if (expression.operator === 'In' && Array.isArray(values) && values.every(isLookupValue)) {
      requirements.push({ key: expression.key, values: [...new Set(values)] });
    } else if (expression.operator === 'Exists') {
      requirements.push({ key: expression.key });
    }
  }
  return requirements;
}

/**
 * Tests whether a selector expression cannot throw when a test evaluates it: an object with a
 * known operator whose `values`, where read, are unset or a list.
 */
function isSafeExpression(expression: any): boolean {
  if (expression === null || typeof expression !== 'object') {
    return false;
  }
  switch (expression.operator) {
    case 'In':
    case 'NotIn':
      return expression.values === undefined || expression.values === null || Array.isArray(expression.values);
    case 'Exists':
    case 'DoesNotExist':
      return true;
    default:
      return false;
  }
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
 * Tests whether a required label value can be looked up: a primitive, which plain labels can
 * contain only as an own entry, since the properties they inherit are functions and objects.
 */
function isLookupValue(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

interface LabelGroup<T> {
  readonly all: T[];
  /** Items whose labels are not a plain object; they are candidates for every selector. */
  readonly irregular: T[];
  readonly byPair: Map<string, Map<unknown, T[]>>;
  /** Items by each key of their labels. */
  readonly byKey: Map<string, T[]>;
}

/**
 * Items with labels (workloads by their pod labels, for example), grouped by a tuple key such as
 * the namespace and looked up by the requirements of a selector.
 */
export class LabelIndex<T> {
  private readonly groups = new TupleMap<LabelGroup<T>>();
  private readonly order = new Map<T, number>();

  /** Adds an item with its labels to a group. Add items in list order. */
  public add(group: readonly unknown[], item: T, labels: unknown): void {
    if (!this.order.has(item)) {
      this.order.set(item, this.order.size);
    }
    const entry = this.groups.getOrCreate(group, () => ({ all: [], irregular: [], byPair: new Map(), byKey: new Map() }));
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
      append(byValue, value, item);
      append(entry.byKey, key, item);
    }
  }

  /** Returns the number of items of a group whose labels meet the requirement. */
  public count(group: readonly unknown[], requirement: LabelRequirement): number {
    const entry = this.groups.get(group);
    return entry ? listsMeeting(entry, requirement).reduce((sum, list) => sum + list.length, 0) : 0;
  }

  /**
   * Returns the items of a group whose labels may meet every requirement, in the order they were
   * added: a superset of the items that match, which callers test again with the selector. The
   * result may be the index's own list, so callers must not change it.
   */
  public candidates(group: readonly unknown[], requirements: LabelRequirements): readonly T[] {
    const entry = this.groups.get(group);
    if (!entry) {
      return NONE;
    }
    let narrowest: (readonly T[])[] | undefined;
    let narrowestSize = Infinity;
    for (const requirement of requirements) {
      const lists = listsMeeting(entry, requirement);
      const size = lists.reduce((sum, list) => sum + list.length, 0);
      if (size < narrowestSize) {
        narrowest = lists;
        narrowestSize = size;
      }
    }
    if (!narrowest) {
      return entry.all;
    }
    return inOrder(this.order, [...narrowest, entry.irregular]);
  }
}

/** Returns the disjoint lists of a group's items with plain labels that meet the requirement. */
function listsMeeting<T>(entry: LabelGroup<T>, requirement: LabelRequirement): (readonly T[])[] {
  if (requirement.values === undefined) {
    return [entry.byKey.get(requirement.key) ?? NONE];
  }
  const byValue = entry.byPair.get(requirement.key);
  return requirement.values.map((value) => byValue?.get(value) ?? NONE);
}

function append<K, T>(map: Map<K, T[]>, key: K, item: T): void {
  const list = map.get(key);
  if (list) {
    list.push(item);
  } else {
    map.set(key, [item]);
  }
}

interface SelectorGroup<T> {
  readonly all: T[];
  /** Items whose selector has no requirement that can be looked up; they are candidates for all labels. */
  readonly unindexed: T[];
  readonly byPair: Map<string, Map<unknown, T[]>>;
  /** Items filed under a requirement without values, by its key. */
  readonly byKey: Map<string, T[]>;
}

/**
 * Items with a selector (Services, NetworkPolicies, PodDisruptionBudgets), grouped by a tuple key
 * such as the namespace and looked up by the labels of a pod. Each item is filed under one
 * requirement of its selector, so a pod meets only the items whose requirement one of its labels
 * meets.
 */
export class SelectorIndex<T> {
  private readonly groups = new TupleMap<SelectorGroup<T>>();
  private readonly order = new Map<T, number>();

  /**
   * Adds an item with the requirements of its selector to a group, in list order. Undefined
   * requirements mean that the selector matches nothing, so the item is left out. The item is
   * filed under its rarest requirement by `rarity` (how many pods meet it), the first on ties.
   */
  public add(
    group: readonly unknown[],
    item: T,
    requirements: LabelRequirements | undefined,
    rarity?: (requirement: LabelRequirement) => number,
  ): void {
    if (requirements === undefined) {
      return;
    }
    if (!this.order.has(item)) {
      this.order.set(item, this.order.size);
    }
    const entry = this.groups.getOrCreate(group, () => ({ all: [], unindexed: [], byPair: new Map(), byKey: new Map() }));
    entry.all.push(item);
    let chosen: LabelRequirement | undefined;
    let chosenRarity = Infinity;
    for (const requirement of requirements) {
      const score = rarity ? rarity(requirement) : 0;
      if (!chosen || score < chosenRarity) {
        chosen = requirement;
        chosenRarity = score;
      }
    }
    if (!chosen) {
      entry.unindexed.push(item);
      return;
    }
    if (chosen.values === undefined) {
      append(entry.byKey, chosen.key, item);
      return;
    }
    let byValue = entry.byPair.get(chosen.key);
    if (!byValue) {
      byValue = new Map();
      entry.byPair.set(chosen.key, byValue);
    }
    // Requirements list each value once, and labels have one value per key, so labels meet the
    // item at most once.
    for (const value of chosen.values) {
      append(byValue, value, item);
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
      for (const [key, value] of Object.entries(labels)) {
        const withValue = entry.byPair.get(key)?.get(value);
        if (withValue) {
          found.push(withValue);
        }
        const withKey = entry.byKey.get(key);
        if (withKey) {
          found.push(withKey);
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
