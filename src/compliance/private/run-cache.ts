/**
 * Caches of values derived from one manifest (its pod spec, its containers, its strings) that
 * many checks read. A cache stores values only while `withRunCaches` runs, that is during one
 * evaluation of the rules, when no manifest changes. Outside of it, as when a test calls a check
 * directly and then changes the manifest, every call computes the value anew.
 */
let generation = 0;
let running = false;

/**
 * Runs `fn` with the caches on, and empties them afterwards.
 */
export function withRunCaches<T>(fn: () => T): T {
  const outer = running;
  running = true;
  generation++;
  try {
    return fn();
  } finally {
    running = outer;
    generation++;
  }
}

/**
 * A cache of one derived value per object, valid for one run.
 */
export class RunCache<K extends object, V> {
  private values = new WeakMap<K, V>();
  private generation = -1;

  /** Returns the value for `key`, computing it on the first call of the run. */
  public get(key: K, compute: (key: K) => V): V {
    if (!running) {
      return compute(key);
    }
    if (this.generation !== generation) {
      this.values = new WeakMap();
      this.generation = generation;
    }
    const cached = this.values.get(key);
    if (cached !== undefined || this.values.has(key)) {
      return cached as V;
    }
    const value = compute(key);
    this.values.set(key, value);
    return value;
  }
}
