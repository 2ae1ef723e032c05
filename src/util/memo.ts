/**
 * One cache for the things every render would otherwise rebuild (Intl formatters, language
 * lookups, link rels): building an Intl formatter costs far more than using one, and a page of
 * cards asks for the same few thousands of times. Bounded, so odd inputs cannot grow it forever.
 */
/** A cache of at most `max` entries (emptied when full): `cached(key, make)`. */
export function boundedCache(max: number): <T>(key: string, make: () => T) => T {
  const cache = new Map<string, unknown>();
  return <T>(key: string, make: () => T): T => {
    if (cache.has(key)) return cache.get(key) as T;
    const value = make();
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}

export const memo = boundedCache(500);
