/** Helpers for the loose shapes JSON-LD allows: typed nodes, `@graph`, values-or-arrays. */

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node's `@type`s without any `schema:` or `https://schema.org/` prefix. */
export function typesOf(node: Json): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:)/, ''));
}

/** NewsArticle, Article, BlogPosting, LiveBlogPosting, OpinionNewsArticle, … */
export function isArticleType(type: string): boolean {
  return /(?:Article|Posting)$/.test(type);
}

/**
 * Finds the node to read in a JSON-LD document: the value itself, or the first node of a
 * `@graph` (or top-level array) whose `@type` matches. Returns the node and its JSON path prefix.
 */
export function findNode(
  input: unknown,
  matches: (types: string[]) => boolean,
): { node: Json; path: string } | undefined {
  if (Array.isArray(input)) {
    for (let i = 0; i < input.length; i++) {
      const found = findNode(input[i], matches);
      if (found) return { node: found.node, path: join(`[${i}]`, found.path) };
    }
    return undefined;
  }
  if (!isObject(input)) return undefined;
  if (matches(typesOf(input))) return { node: input, path: '' };
  const graph = input['@graph'];
  if (Array.isArray(graph)) {
    for (let i = 0; i < graph.length; i++) {
      const item = graph[i];
      if (isObject(item) && matches(typesOf(item))) return { node: item, path: `@graph[${i}]` };
    }
  }
  return undefined;
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
