/**
 * One cache for the things every render would otherwise rebuild (Intl formatters, language
 * lookups, link rels): building an Intl formatter costs far more than using one, and a page of
 * cards asks for the same few thousands of times. Bounded, so odd inputs cannot grow it forever.
 */
const cache = new Map<string, unknown>();
const MAX_ENTRIES = 500;

export function memo<T>(key: string, make: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = make();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, value);
  return value;
}
