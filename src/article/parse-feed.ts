import { begin, readers, want, type FeedSource } from './hooks.js';
import { isObject } from './json-ld.js';
import { MAX_FEED_ITEMS, MAX_LENGTH } from './limits.js';
import { parseArticleAt } from './parse-article.js';
import { cleanText } from './text.js';
import type { Feed, FeedItem, ParseError, ParseOptions, ParseResult } from './types.js';
import { defaultBaseUrl } from './url.js';

const NOT_A_FEED = 'expected a feed: an array, {items}, an ItemList, a JSON Feed, or RSS or Atom';

/**
 * Turns a feed into `{name?, items}`. Accepts an array of articles, `{name?, items}`, a schema.org
 * `ItemList` (also inside `@graph`), JSON Feed 1.0 and 1.1, and RSS 2.0 or Atom 1.0 as text (or
 * as an XML `Document`). Items that are not usable articles are dropped with a warning; the feed
 * fails only when it has items and none is usable. Never throws.
 */
export function parseFeed(input: unknown, options: ParseOptions = {}): ParseResult<Feed> {
  try {
    begin(input, options);
    return readFeed(input, { ...options, baseUrl: options.baseUrl ?? defaultBaseUrl() });
  } catch (error) {
    return { ok: false, errors: [{ path: '$', message: `could not be read (${String(error)})` }] };
  }
}

function readFeed(input: unknown, options: ParseOptions): ParseResult<Feed> {
  const source = locate(input, options);
  if ('error' in source) return { ok: false, errors: [source.error] };
  const warnings: ParseError[] = [];
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  const failures: ParseError[] = [];
  for (const entry of source.entries.slice(0, MAX_FEED_ITEMS)) {
    // One hostile item (a throwing getter) drops that item, not the whole feed.
    let result: ParseResult<FeedItem>;
    try {
      result = parseArticleAt(entry.value, entry.path, options, entry.aliases, entry.undated);
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

/** An array of articles or `{items}` here; every other format (JSON-LD, JSON Feed, XML) through the readers. */
function locate(input: unknown, options: ParseOptions): FeedSource | { error: ParseError } {
  if (Array.isArray(input)) {
    return { entries: input.map((value, i) => ({ value, path: `[${i}]` })), listPath: '$' };
  }
  if (isObject(input) && Array.isArray(input['items']) && input['version'] === undefined && input['@type'] === undefined) {
    return {
      // Feed items that had no date (RSS, JSON Feed) stay undated in a feed parsed already
      // (`list.feed = parseFeed(x).value`, whose items are frozen) and in the server renderer's data.
      entries: input['items'].map((value, i) => ({ value, path: `items[${i}]`, undated: options.serialized || Object.isFrozen(value) })),
      listPath: 'items',
      name: input['name'] ?? input['title'],
    };
  }
  // Objects (JSON-LD, JSON Feed, an XML Document) and text (RSS, Atom) may be feeds the readers
  // know; text needs the XML reader too, which can then load beside them.
  if (typeof input === 'string') want('xml');
  const known = isObject(input) || typeof input === 'string' ? readers()?.feed(input, options) : undefined;
  return known ?? { error: { path: '$', message: NOT_A_FEED } };
}
