/**
 * Results kept per object argument: a function of an edition, a table, a rule's settings or a
 * report value computed once per object, and forgotten with it (a `WeakMap`). Nest two for a pair
 * of keys (`perObject((edition) => perObject((groups) => …))`); `perKey` keeps results per string key.
 */

/** `compute`, remembered per object argument. */
export function perObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(key);
    cache.set(key, value);
    return value;
  };
}

/** `compute`, remembered per string key made from its arguments (for a small, bounded set of keys). */
export function perKey<A extends readonly unknown[], V>(
  keyOf: (...args: A) => string,
  compute: (...args: A) => V,
): (...args: A) => V {
  const cache = new Map<string, V>();
  return (...args) => {
    const key = keyOf(...args);
    if (cache.has(key)) return cache.get(key) as V;
    const value = compute(...args);
    cache.set(key, value);
    return value;
  };
}
