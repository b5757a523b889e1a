/**
 * Caches of values derived from one manifest (its pod spec, its containers, its strings) that
 * many checks read. A cache stores values only while `withRunCaches` runs, that is during one
 * evaluation of the rules, when no manifest changes. Outside of it, as when a test calls a check
 * directly and then changes the manifest, every call computes the value anew.
 *
 * The caches are maps, not weak maps, because the garbage collector's work on weak maps grew
 * faster than their size: they are emptied when the run ends instead.
 */
const caches: Array<RunCache<object, unknown>> = [];
let running = false;

/**
 * Runs `fn` with the caches on, and empties them afterwards.
 */
export function withRunCaches<T>(fn: () => T): T {
  if (running) {
    return fn();
  }
  running = true;
  try {
    return fn();
  } finally {
    running = false;
    for (const cache of caches) {
      cache.clear();
    }
  }
}

/**
 * A cache of one derived value per object, valid for one run.
 */
export class RunCache<K extends object, V> {
  private readonly values = new Map<K, V>();

  constructor() {
    caches.push(this as unknown as RunCache<object, unknown>);
  }

  /** Returns the value for `key`, computing it on the first call of the run. */
  public get(key: K, compute: (key: K) => V): V {
    if (!running) {
      return compute(key);
    }
    const cached = this.values.get(key);
    if (cached !== undefined || this.values.has(key)) {
      return cached as V;
    }
    const value = compute(key);
    this.values.set(key, value);
    return value;
  }

  /** Empties the cache. */
  public clear(): void {
    this.values.clear();
  }
}
