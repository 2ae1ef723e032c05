// JSON-LD as CMSs write it: Yoast (WordPress) and most SEO plugins emit one `@graph` whose nodes
// point at each other by `{"@id": …}` — the article's author, image and publisher, the WebPage it
// is part of. This reads such documents as one graph: references resolve to the node they name,
// and the article is found wherever it stands.
import { parsing, type Located } from '../hooks.js';
import { isObject, join, type Json } from '../json-ld.js';
import type { Label } from '../types.js';

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

interface Entry {
  node: Json;
  path: string;
}

// Walking a document is bounded, so a hostile one (deep, wide, or cyclic through a property
// object) costs no more than a large real page.
const MAX_DEPTH = 24;
const MAX_NODES = 5000;

const indexes = new WeakMap<object, Map<string, Entry>>();

/**
 * Every object in `root` and its path, breadth first (so the shallowest of several candidates
 * comes first), each object once, within the bounds above.
 */
export function nodesOf(root: unknown, prefix = ''): Entry[] {
  const out: Entry[] = [];
  const seen = new Set<object>();
  let level: Array<[unknown, string]> = [[root, prefix]];
  for (let depth = 0; depth < MAX_DEPTH && level.length && out.length < MAX_NODES; depth++) {
    const next: Array<[unknown, string]> = [];
    for (const [value, path] of level) {
      if (out.length >= MAX_NODES || next.length > MAX_NODES * 8) break;
      if (typeof value !== 'object' || value === null || seen.has(value)) continue;
      seen.add(value);
      if (Array.isArray(value)) {
        value.slice(0, MAX_NODES).forEach((item, i) => next.push([item, `${path}[${i}]`]));
        continue;
      }
      const node = value as Json;
      out.push({ node, path });
      for (const key of Object.keys(node)) next.push([node[key], join(path, key)]);
    }
    level = next;
  }
  return out;
}

/** The document's nodes by `@id`: for each id, the node that says the most about it. */
function index(root: unknown): Map<string, Entry> {
  if (typeof root !== 'object' || root === null) return new Map();
  let ids = indexes.get(root);
  if (!ids) {
    ids = new Map();
    for (const entry of nodesOf(root)) {
      const id = entry.node['@id'];
      if (typeof id !== 'string') continue;
      const known = ids.get(id);
      if (!known || Object.keys(entry.node).length > Object.keys(known.node).length) ids.set(id, entry);
    }
    indexes.set(root, ids);
  }
  return ids;
}

/** True when a node says something beyond `@id` / `@type` (a definition, not a reference). */
export function hasData(node: Json): boolean {
  return Object.keys(node).some((key) => !key.startsWith('@'));
}

/**
 * Resolves `{"@id": …}` against the document: the node it names (with what the reference itself
 * says added where the node is silent) and that node's path. Unknown ids stay as they are.
 */
export function ref(value: unknown, path: string): [unknown, string] {
  if (!isObject(value) || typeof value['@id'] !== 'string') return [value, path];
  const found = index(parsing.root).get(value['@id']);
  if (!found || found.node === value || !hasData(found.node)) return [value, path];
  return [{ ...value, ...found.node }, found.path];
}

const PAGE = /^(?:WebPage|ItemPage)$/;

/**
 * The article in a JSON-LD document: the shallowest node with an Article type (top level, in
 * `@graph`, in an array, as a WebPage's `mainEntity` …). A document with none, whose WebPage has
 * a url, a name and a date, is read as that page (Yoast writes such graphs for posts).
 */
export function findArticle(input: unknown, prefix: string): Located {
  const nodes = nodesOf(input, prefix);
  for (const { node, path } of nodes) {
    if (!typesOf(node).some(isArticleType)) continue;
    const [found, at] = hasData(node) ? [node, path] : ref(node, path);
    if (isObject(found) && hasData(found)) return { node: found, path: at };
  }
  for (const { node, path } of nodes) {
    const usable =
      typesOf(node).some((type) => PAGE.test(type)) &&
      (node['url'] ?? node['@id']) != null &&
      (node['name'] ?? node['headline']) != null &&
      (node['datePublished'] ?? node['dateCreated']) != null;
    if (usable) return { node, path, warning: { path: join(path, '@type'), message: 'is a WebPage, read as the article (the document has no Article node)' } };
  }
  const types = isObject(input) && input['@graph'] === undefined ? typesOf(input) : [];
  if (types.length) return { error: { path: join(prefix, '@type'), message: `expected NewsArticle or another Article type, got ${types.join(', ')}` } };
  return {
    error: {
      path: isObject(input) && input['@graph'] !== undefined ? join(prefix, '@graph') : prefix || '$',
      message: 'no NewsArticle (or other Article type) found',
    },
  };
}

// schema.org already says what an opinion or live article is.
const TYPE_LABELS: Record<string, Label> = {
  OpinionNewsArticle: 'opinion',
  AnalysisNewsArticle: 'analysis',
  LiveBlogPosting: 'live',
};

export function typeLabels(node: Json): Label[] {
  return typesOf(node).flatMap((type) => (Object.hasOwn(TYPE_LABELS, type) ? [TYPE_LABELS[type]!] : []));
}

/**
 * The address of the page an article without `url` is on: its `mainEntityOfPage` (a URL, or a
 * WebPage by `@id`, `id` or `url`), else the WebPage it `isPartOf`, else the WebPage whose
 * `mainEntity` it is — and when that page gives no address (or `mainEntityOfPage` is `true`),
 * it is the page the JSON-LD came from: `baseUrl`. A WebPage read as the article is at its own `@id`. A URL taken from an `@id`
 * loses its fragment: `https://example.com/a/#webpage` names a node, not a place on the page.
 */
export function pageUrl(node: Json, path: string, baseUrl?: string): [unknown, string] | undefined {
  const own = node['@id'];
  const candidates: Array<[unknown, string]> = [
    [node['mainEntityOfPage'], join(path, 'mainEntityOfPage')],
    [node['isPartOf'], join(path, 'isPartOf')],
  ];
  const names = (other: Json) => [other['mainEntity']].flat().some((entity) => entity === node || (isObject(entity) && own != null && entity['@id'] === own));
  const page = nodesOf(parsing.root).find(({ node: other }) => names(other));
  if (page) candidates.push([page.node, page.path]);
  for (const [raw, at] of candidates) {
    const first = Array.isArray(raw) ? raw[0] : raw;
    // Yoast also writes the page's @id as a plain string ("…/#webpage"): the node it names, if any.
    const named = typeof first === 'string' && index(parsing.root).has(first) ? { '@id': first } : first;
    const [value, where] = ref(named, Array.isArray(raw) ? `${at}[0]` : at);
    // `"mainEntityOfPage": true` (or "True") says the article is the page the JSON-LD is on.
    if ((value === true || /^true$/i.test(String(value).trim())) && baseUrl) return [baseUrl, where];
    // Any other string is an address if it has a scheme or a path ("Article" is seen too);
    // readUrl then refuses what is not http(s).
    if (typeof value === 'string') {
      if (/^(?:[a-z][a-z\d+.-]*:|\/)/i.test(value.trim())) return [value, where];
      continue;
    }
    if (!isObject(value)) continue;
    // isPartOf may name the WebSite or a periodical, whose address is not the article's.
    if (at.endsWith('isPartOf') && !typesOf(value).some((type) => PAGE.test(type))) continue;
    if (value['url'] != null) return [Array.isArray(value['url']) ? value['url'][0] : value['url'], join(where, 'url')];
    for (const key of ['@id', 'id']) {
      const url = withoutFragment(value[key]);
      if (url) return [url, join(where, key)];
    }
  }
  if (page && baseUrl) return [baseUrl, join(page.path, 'url')];
  const url = typesOf(node).some((type) => PAGE.test(type)) && withoutFragment(own);
  return url ? [url, join(path, '@id')] : undefined;
}

function withoutFragment(id: unknown): string | undefined {
  return typeof id === 'string' ? id.split('#')[0] || undefined : undefined;
}
