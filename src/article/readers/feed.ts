// Feeds in the formats publishers already serve: schema.org ItemList (alone, in a `@graph`, or as
// a page's `mainEntity`), a `@graph` of articles, JSON Feed 1.0 and 1.1, and RSS or Atom through
// xml-feed.ts (its own chunk).
import { want, type FeedEntry, type FeedSource } from '../hooks.js';
import { isObject, join, type Json } from '../json-ld.js';
import type { ParseError, ParseOptions } from '../types.js';
import { isArticleType, nodesOf, ref, typesOf } from './graph.js';

const JSON_FEED = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;

/** Reads RSS and Atom; installed when its chunk arrives. */
export type XmlFeedReader = (input: unknown, options: ParseOptions) => FeedSource | { error: ParseError };

let xml: XmlFeedReader | undefined;

export function installXml(reader: XmlFeedReader): void {
  xml = reader;
}

export function readFeedSource(input: unknown, options: ParseOptions): FeedSource | { error: ParseError } {
  // Text is RSS or Atom; so is an XML Document handed over as it is.
  if (typeof input === 'string' || !isObject(input) || typeof input['nodeType'] === 'number') {
    if (xml) return xml(input, options);
    want('xml');
    return { error: { path: '$', message: 'RSS and Atom feeds need the XML reader, which is not loaded' } };
  }
  if (typeof input['version'] === 'string' && JSON_FEED.test(input['version'])) return fromJsonFeed(input);
  const nodes = nodesOf(input);
  const list = nodes.find(({ node }) => typesOf(node).some((type) => type.toLowerCase() === 'itemlist'));
  if (list) return fromItemList(list.node, list.path);
  if ('items' in input) return { error: { path: 'items', message: 'expected an array' } };
  // A graph of articles with no list around them is read in document order.
  const graph = input['@graph'];
  if (Array.isArray(graph)) {
    const entries = graph.flatMap((node, i) => (isObject(node) && typesOf(node).some(isArticleType) ? [{ value: node, path: `@graph[${i}]` }] : []));
    if (entries.length) return { entries, listPath: '@graph' };
  }
  return { error: { path: '$', message: 'expected a feed: an array, {items}, an ItemList, a JSON Feed, or RSS or Atom' } };
}

function fromItemList(node: Json, path: string): FeedSource | { error: ParseError } {
  const listPath = join(path, 'itemListElement');
  const list = node['itemListElement'];
  if (!Array.isArray(list)) return { error: { path: listPath, message: 'expected an array' } };
  const entries = list.map((raw, i): FeedEntry & { position: number } => {
    const [element, at] = ref(raw, `${listPath}[${i}]`);
    // A ListItem wraps the article in `item` (often without writing `@type: ListItem`); some
    // publishers put the article there directly, or give the ListItem the article's fields.
    const types = isObject(element) ? typesOf(element) : [];
    if (isObject(element) && element['item'] != null && (types.includes('ListItem') || !types.length)) {
      const [item, itemAt] = ref(element['item'], join(at, 'item'));
      return { value: item, path: itemAt, position: readPosition(element['position']) ?? i + 1 };
    }
    return { value: element, path: at, position: (isObject(element) && readPosition(element['position'])) || i + 1 };
  });
  // Rank by the publisher's `position`, keeping document order for ties (sort is stable).
  entries.sort((a, b) => a.position - b.position);
  return { entries, listPath, name: node['name'] };
}

/** A ListItem's `position` as a number (1, "2"); undefined for null, "", or anything else. */
function readPosition(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function fromJsonFeed(feed: Json): FeedSource | { error: ParseError } {
  const items = feed['items'];
  if (!Array.isArray(items)) return { error: { path: 'items', message: 'expected an array' } };
  // Items without authors are the feed's (`authors` in 1.1, `author` in 1.0); null means absent.
  const feedAuthors = authorsOf(feed);
  return {
    entries: items.map((item, i) => {
      if (!isObject(item)) return { value: item, path: `items[${i}]` };
      const { value, aliases } = jsonFeedItem(item, feedAuthors, feed['language']);
      return { value, path: `items[${i}]`, aliases, undated: true };
    }),
    listPath: 'items',
    name: feed['title'],
  };
}

function authorsOf(node: Json): unknown[] | undefined {
  return Array.isArray(node['authors']) ? node['authors'] : node['author'] != null ? [node['author']] : undefined;
}

/**
 * A JSON Feed item in the article shape, and where each field came from (for error paths).
 * Titles are optional in JSON Feed (microblogs): the summary or text then stands in.
 */
function jsonFeedItem(item: Json, feedAuthors: unknown[] | undefined, language: unknown): { value: Json; aliases: Record<string, string> } {
  const titleKey = ['title', 'summary', 'content_text'].find((key) => typeof item[key] === 'string' && item[key].trim()) ?? 'title';
  // An item without `url` is often identified by it (JSON Feed allows `id` to be the permalink).
  const urlKey = item['url'] == null && typeof item['id'] === 'string' && /^https?:\/\//i.test(item['id']) ? 'id' : 'url';
  const ownAuthors = authorsOf(item);
  const authors = ownAuthors ?? feedAuthors;
  return {
    value: {
      id: item['id'],
      url: item[urlKey],
      name: item[titleKey],
      description: titleKey === 'summary' ? undefined : item['summary'],
      datePublished: item['date_published'],
      dateModified: item['date_modified'],
      inLanguage: item['language'] ?? language,
      image: item['image'] ?? item['banner_image'],
      author: authors?.map((a) => (isObject(a) ? { name: a['name'], url: a['url'], image: a['avatar'] } : a)),
    },
    aliases: {
      name: titleKey,
      headline: titleKey,
      url: urlKey,
      description: 'summary',
      datePublished: 'date_published',
      dateModified: 'date_modified',
      inLanguage: 'language',
      image: item['image'] == null && item['banner_image'] != null ? 'banner_image' : 'image',
      author: ownAuthors ? (Array.isArray(item['authors']) ? 'authors' : 'author') : 'authors',
    },
  };
}
