/** Helpers for the loose shapes JSON-LD allows: typed nodes, `@graph`, values-or-arrays. */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Joins JSON path segments: `join('author[0]', 'name')` → `author[0].name`. */
export function join(prefix: string, key: string): string {
  if (!prefix) return key;
  if (!key) return prefix;
  return key.startsWith('[') ? prefix + key : `${prefix}.${key}`;
}

/** `x` or `[x, …]` → a list (JSON-LD lets most values be either). */
export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** Reads a positive number given as a number, a numeric string or a QuantitativeValue. */
export function readNumber(value: unknown): number | undefined {
  const raw = isObject(value) ? value['value'] : value;
  const num = typeof raw === 'string' && raw.trim() ? Number(raw.trim().replace(/px$/i, '')) : raw;
  return typeof num === 'number' && Number.isFinite(num) && num > 0 ? num : undefined;
}
