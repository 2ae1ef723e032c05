import { findNode, isObject, join, typesOf, type Json } from './json-ld.js';
import { MAX_FEED_ITEMS, MAX_LENGTH } from './limits.js';
import { parseArticleAt } from './parse-article.js';
import { cleanText } from './text.js';
import type { Article, Feed, ParseError, ParseOptions, ParseResult } from './types.js';
import { defaultBaseUrl } from './url.js';

const JSON_FEED = /^https?:\/\/jsonfeed\.org\/version\/1(?:\.\d+)?\/?$/;

interface Entry {
  value: unknown;
  path: string;
  aliases?: Record<string, string>;
}

// Where each canonical field comes from in a JSON Feed item (see jsonFeedItem).
const JSON_FEED_KEYS: Record<string, string> = {
  name: 'title',
  headline: 'title',
  description: 'summary',
  datePublished: 'date_published',
  dateModified: 'date_modified',
  inLanguage: 'language',
  author: 'authors',
};

/**
 * Turns a feed into `{name?, items}`. Accepts an array of articles, `{name?, items}`, a schema.org
 * `ItemList` (also inside `@graph`) and JSON Feed 1.1. Items that are not usable articles are
 * dropped with a warning; the feed fails only when it has items and none is usable. Never throws.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult<Feed> {
  try {
    return readFeed(input, options.baseUrl ?? defaultBaseUrl());
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: `could not be read (${String(error)})` }] };
  }
}

function readFeed(input: unknown, baseUrl?: string): ParseResult<Feed> {
  const source = locate(input);
  if ('error' in source) return { ok: false, errors: [source.error] };
  const warnings: ParseError[] = [];
  const items: Article[] = [];
  const seen = new Set<string>();
  const failures: ParseError[] = [];
  for (const entry of source.entries.slice(0, MAX_FEED_ITEMS)) {
    // One hostile item (a throwing getter) drops that item, not the whole feed.
    let result: ParseResult<Article>;
    try {
      result = parseArticleAt(entry.value, entry.path, baseUrl, entry.aliases);
    } catch (error) {
      result = { ok: false, errors: [{ path: entry.path, message: `could not be read (${String(error)})` }] };
    }
    if (!result.ok) {
      failures.push(...result.errors);
      continue;
    }
    warnings.push(...result.warnings);
    if (seen.has(result.value.id)) {
      warnings.push({ path: entry.path, message: 'duplicates an earlier item and was dropped' });
      continue;
    }
    seen.add(result.value.id);
    items.push(result.value);
  }
  if (source.entries.length > MAX_FEED_ITEMS) {
    warnings.push({ path: source.listPath, message: `only the first ${MAX_FEED_ITEMS} items are kept` });
  }
  if (!items.length && failures.length) return { ok: false, errors: failures };
  const feed: Feed = { items };
  const name = cleanText(source.name, MAX_LENGTH.short);
  if (name) feed.name = name;
  return { ok: true, value: feed, warnings: [...failures, ...warnings] };
}

type Located = { entries: Entry[]; listPath: string; name?: unknown } | { error: ParseError };

function locate(input: unknown): Located {
  if (Array.isArray(input)) {
    return { entries: input.map((value, i) => ({ value, path: `[${i}]` })), listPath: '$' };
  }
  if (!isObject(input)) return { error: { path: '$', message: 'expected a feed: an array, {items}, an ItemList or a JSON Feed' } };

  if (typeof input['version'] === 'string' && JSON_FEED.test(input['version'])) return fromJsonFeed(input);

  const found = findNode(input, (types) => types.includes('ItemList'));
  if (found) return fromItemList(found.node, found.path);

  if (Array.isArray(input['items'])) {
    return {
      entries: input['items'].map((value, i) => ({ value, path: `items[${i}]` })),
      listPath: 'items',
      name: input['name'] ?? input['title'],
    };
  }
  if ('items' in input) return { error: { path: 'items', message: 'expected an array' } };
  return { error: { path: '$', message: 'expected a feed: an array, {items}, an ItemList or a JSON Feed' } };
}

function fromItemList(node: Json, path: string): Located {
  const listPath = join(path, 'itemListElement');
  const list = node['itemListElement'];
  if (!Array.isArray(list)) return { error: { path: listPath, message: 'expected an array' } };
  const entries = list.map((element, i): Entry & { position: number } => {
    const at = `${listPath}[${i}]`;
    // A ListItem wraps the article in `item` (often without writing `@type: ListItem`); some
    // publishers put the article there directly.
    const types = isObject(element) ? typesOf(element) : [];
    if (isObject(element) && element['item'] !== undefined && (types.includes('ListItem') || !types.length)) {
      return { value: element['item'], path: join(at, 'item'), position: readPosition(element['position']) ?? i + 1 };
    }
    return { value: element, path: at, position: i + 1 };
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

function fromJsonFeed(feed: Json): Located {
  const items = feed['items'];
  if (!Array.isArray(items)) return { error: { path: 'items', message: 'expected an array' } };
  return {
    entries: items.map((item, i) => ({
      value: isObject(item) ? jsonFeedItem(item) : item,
      path: `items[${i}]`,
      aliases: JSON_FEED_KEYS,
    })),
    listPath: 'items',
    name: feed['title'],
  };
}

/** Maps a JSON Feed item onto the article shape; JSON_FEED_KEYS maps error paths back. */
function jsonFeedItem(item: Json): Json {
  // null means absent here too (JSON Feed 1.0's `author`, 1.1's `authors`).
  const authors = Array.isArray(item['authors']) ? item['authors'] : item['author'] != null ? [item['author']] : undefined;
  return {
    id: item['id'],
    url: item['url'],
    name: item['title'],
    description: item['summary'],
    datePublished: item['date_published'],
    dateModified: item['date_modified'],
    inLanguage: item['language'],
    image: item['image'] ?? item['banner_image'],
    author: authors?.map((a) => (isObject(a) ? { name: a['name'], url: a['url'], image: a['avatar'] } : a)),
  };
}
