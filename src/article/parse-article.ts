import { canonical } from '../util/language.js';
import { readDate } from './date.js';
import { begin, readers, type Located } from './hooks.js';
import { asList, isObject, join, readNumber, type Json } from './json-ld.js';
import { MAX_LENGTH, MAX_LIST } from './limits.js';
import { cleanText, readText } from './text.js';
import {
  LABELS,
  type Article,
  type FeedItem,
  type ImageObject,
  type Label,
  type Organization,
  type ParseError,
  type ParseOptions,
  type ParseResult,
  type Person,
} from './types.js';
import { defaultBaseUrl, readUrl } from './url.js';

// Articles produced here are frozen and remembered, so a component handed an already-parsed
// article (the card passing one to its byline) does not parse it twice.
const parsed = new WeakSet<object>();
// The same for images, which the photo credit receives on their own from a parsed article.
const parsedImages = new WeakSet<object>();

/** True for images that came out of `parseArticle` or `parseImage` (safe to render as they are). */
export function isParsedImage(value: unknown): value is ImageObject {
  return typeof value === 'object' && value !== null && parsedImages.has(value);
}

/** Freezes a parsed image and remembers it (see isParsedImage). */
export function markParsedImage(image: ImageObject): ImageObject {
  parsedImages.add(deepFreeze(image));
  return image;
}

/** True for values returned by `parseArticle` (safe to render as they are). */
export function isParsedArticle(value: unknown): value is Article {
  return typeof value === 'object' && value !== null && parsed.has(value);
}

/**
 * Turns publisher data — the canonical shape, or JSON-LD as pages emit it — into an `Article`.
 * Never throws. Missing or unusable required fields (`url`, `headline`, `datePublished`) make it
 * fail with errors; unusable optional fields are dropped with a warning. Paths are relative to
 * `input` (`@graph[1].author[0].name`).
 */
export function parseArticle(input: unknown, options: ParseOptions = {}): ParseResult<Article> {
  if (isParsedArticle(input)) return { ok: true, value: input, warnings: [] };
  try {
    begin(input, options);
    return parseArticleAt(input, '', { ...options, baseUrl: options.baseUrl ?? defaultBaseUrl() }) as ParseResult<Article>;
  } catch (error) {
    // Exotic inputs (throwing getters, revoked proxies) must not escape into the host page.
    return { ok: false, errors: [{ path: '$', message: `could not be read (${String(error)})` }] };
  }
}

/**
 * Parses one article found at `prefix` inside a larger document (used by `parseFeed`).
 * `aliases` maps canonical keys to the names the source used, so paths name the source's fields.
 * With `undated`, an item that has no date at all is kept without one (feeds whose format makes
 * dates optional); it is then a `FeedItem`, not an `Article`.
 */
export function parseArticleAt(
  input: unknown,
  prefix: string,
  options: ParseOptions,
  aliases: Record<string, string> = {},
  undated = false,
): ParseResult<FeedItem> {
  // A feed may hold articles that were parsed already (`list.feed = parseFeed(json).value`).
  if (isParsedArticle(input)) return { ok: true, value: input, warnings: [] };
  const located = locate(input, prefix);
  if ('error' in located) return { ok: false, errors: [located.error] };
  const { node, path, warning } = located;
  const baseUrl = options.baseUrl;
  const errors: ParseError[] = [];
  const warnings: ParseError[] = warning ? [warning] : [];
  // Paths are built for every field read; renaming (JSON Feed's keys) only when there are aliases.
  const renamed = Object.keys(aliases).length > 0;
  const at = renamed
    ? (key: string) => join(path, key.replace(/^[^.[]+/, (name) => aliases[name] ?? name))
    : (key: string) => join(path, key);

  const url = readRequiredUrl(node, path, at, baseUrl, errors);
  // `headline: null` counts as missing (it used to fail with no error at all).
  const headlineKey = node['headline'] != null ? 'headline' : 'name';
  const rawHeadline = node[headlineKey];
  const headline = readText(rawHeadline, at(headlineKey), errors, MAX_LENGTH.headline);
  if (rawHeadline == null) errors.push({ path: at('headline'), message: 'is required' });
  // `dateCreated` stands in for a missing `datePublished` (Parse.ly's convention, among others).
  const dateKey = node['datePublished'] == null && node['dateCreated'] != null ? 'dateCreated' : 'datePublished';
  const published = readDateField(node[dateKey], at(dateKey), options, errors, warnings, undated);
  if (errors.length || !url || !headline || (!published && !undated)) return { ok: false, errors };

  const item: FeedItem = {
    id: readText(node['id'], at('id'), warnings, MAX_LENGTH.id) ?? url,
    url,
    headline,
    labels: readLabels(node, at, warnings),
    author: readAuthors(node['author'], at('author'), warnings, baseUrl),
  };
  if (published) item.datePublished = published;
  const description = readText(node['description'], at('description'), warnings, MAX_LENGTH.description);
  if (description) item.description = description;
  const section = readText(...ref(first(node['articleSection']), at('articleSection')), warnings);
  if (section) item.articleSection = section;
  const kicker = readText(node['kicker'], at('kicker'), warnings);
  if (kicker) item.kicker = kicker;
  const lang = readLanguage(node['inLanguage'], at('inLanguage'), warnings);
  if (lang) item.inLanguage = lang;
  // null means absent for every optional field (JSON encoders write it for missing values).
  const modified = node['dateModified'] != null && readDateField(node['dateModified'], at('dateModified'), options, warnings, warnings);
  if (modified) item.dateModified = modified;
  // A page without an image often still names a thumbnail.
  const imageKey = node['image'] == null && node['thumbnailUrl'] != null ? 'thumbnailUrl' : 'image';
  const image = readImageList(node[imageKey], at(imageKey), warnings, baseUrl);
  if (image) item.image = image;
  if (node['wordCount'] != null) {
    const words = readNumber(node['wordCount']);
    if (words !== undefined) item.wordCount = Math.max(1, Math.round(words));
    else warnings.push({ path: at('wordCount'), message: 'expected a positive number' });
  }
  const publisher = readPublisher(node['publisher'], at('publisher'), warnings, baseUrl);
  if (publisher) item.publisher = publisher;

  // Only a dated item is an Article: a card or byline handed an undated feed item parses it again
  // (and says its date is required).
  if (published) parsed.add(item);
  deepFreeze(item);
  if (item.image) parsedImages.add(item.image);
  return { ok: true, value: item, warnings };
}

// Parsed articles are trusted as safe to render, so nothing inside them may change afterwards
// (a shallow freeze let `article.image.url = 'javascript:…'` through).
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date) && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * The node to read: a plain article object here; JSON-LD (typed nodes, a `@graph`, an array of
 * nodes, a WebPage whose `mainEntity` is the article) is the readers' to find.
 */
function locate(input: unknown, prefix: string): Located {
  if (isObject(input) && input['@graph'] === undefined && input['@type'] === undefined) return { node: input, path: prefix };
  if (!isObject(input) && !Array.isArray(input)) return { error: { path: prefix || '$', message: 'expected an article object' } };
  return readers()?.article(input, prefix) ?? { error: { path: prefix || '$', message: 'is JSON-LD, and its reader could not be loaded' } };
}

/**
 * A value that may be a JSON-LD node reference (`{"@id": …}`) resolved by the readers, with the
 * path of what it names; anything else as it is.
 */
export function ref(value: unknown, path: string): [unknown, string] {
  return isObject(value) && value['@id'] != null ? (readers()?.ref(value, path) ?? [value, path]) : [value, path];
}

function readRequiredUrl(node: Json, path: string, at: (k: string) => string, baseUrl: string | undefined, errors: ParseError[]) {
  // JSON-LD often gives only mainEntityOfPage, or only a WebPage that the article is part of.
  const [value, where] = node['url'] != null ? [first(node['url']), at('url')] : (readers()?.pageUrl(node, path, baseUrl) ?? []);
  // null counts as missing: readUrl ignores it, which used to fail the article with no error.
  if (value == null) {
    errors.push({ path: at('url'), message: 'is required' });
    return undefined;
  }
  return readUrl(value, where!, errors, baseUrl);
}

function readDateField(
  value: unknown,
  path: string,
  options: ParseOptions,
  errors: ParseError[],
  warnings: ParseError[],
  optional = false,
): Date | undefined {
  if (value == null) {
    if (optional) warnings.push({ path, message: 'is missing: the item is shown without a time' });
    else errors.push({ path, message: 'is required' });
    return undefined;
  }
  const verdict = readDate(value, options);
  if ('message' in verdict) errors.push({ path, message: verdict.message });
  else if (verdict.warning) warnings.push({ path, message: verdict.warning });
  return 'date' in verdict ? verdict.date : undefined;
}

function readLabels(node: Json, at: (k: string) => string, warnings: ParseError[]): Label[] {
  // schema.org types say what an opinion or live article is (the readers know which).
  const labels = new Set<Label>(node['@type'] != null ? readers()?.labels(node) : []);
  const raw = node['labels'];
  if (raw != null && !Array.isArray(raw)) {
    warnings.push({ path: at('labels'), message: `expected an array of ${LABELS.join(', ')}` });
  } else if (raw) {
    raw.slice(0, MAX_LIST).forEach((value, i) => {
      const label = typeof value === 'string' ? value.trim().toLowerCase() : '';
      if ((LABELS as readonly string[]).includes(label)) labels.add(label as Label);
      else warnings.push({ path: at(`labels[${i}]`), message: `expected one of ${LABELS.join(', ')}` });
    });
  }
  // Always in the same order, so the badges read the same whatever order the feed used.
  return LABELS.filter((l) => labels.has(l));
}

// A byline lead-in written into the name ("By Will Smale"): the byline adds its own.
const LEAD_IN = /^by\b[\s:]+/i;

function readAuthors(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): Person[] {
  const people: Person[] = [];
  const list = asList(value);
  list.slice(0, MAX_LIST).forEach((entry, i) => {
    const [item, at] = ref(entry, Array.isArray(value) ? `${path}[${i}]` : path);
    if (typeof item === 'string') {
      const name = cleanText(item, MAX_LENGTH.name)?.replace(LEAD_IN, '');
      if (name) people.push({ name });
      else warnings.push({ path: at, message: 'expected a non-empty string' });
      return;
    }
    if (!isObject(item)) {
      warnings.push({ path: at, message: 'expected a name or a Person object' });
      return;
    }
    // A Person whose `name` is a list of names stands for that many people.
    // (Array.from: a sparse list's holes are names too, and missing ones.)
    const names = Array.from(asList(item['name']), (name) => cleanText(name, MAX_LENGTH.name)?.replace(LEAD_IN, ''));
    if (!names.length || !names.every(Boolean)) {
      warnings.push({ path: join(at, 'name'), message: 'expected a non-empty string' });
      return;
    }
    const person: Omit<Person, 'name'> = {};
    const url = readUrl(first(item['url']), join(at, 'url'), warnings, baseUrl);
    if (url) person.url = url;
    const jobTitle = readText(first(item['jobTitle']), join(at, 'jobTitle'), warnings);
    if (jobTitle) person.jobTitle = jobTitle;
    const [image, imageAt] = ref(first(item['image']), join(at, 'image'));
    const imageUrl = readUrl(isObject(image) ? (image['url'] ?? image['contentUrl']) : image, imageAt, warnings, baseUrl);
    if (imageUrl) person.image = imageUrl;
    // The url, title and photo belong to one person: several names share none of them.
    for (const name of names) people.push(names.length > 1 ? { name: name! } : { name: name!, ...person });
  });
  if (list.length > MAX_LIST) warnings.push({ path, message: `only the first ${MAX_LIST} are kept` });
  return people.slice(0, MAX_LIST);
}

/** The first usable image of a JSON-LD `image` (a URL, an ImageObject, a reference, a list or `@list`). */
export function readImageList(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): ImageObject | undefined {
  // JSON-LD may wrap an ordered list as {"@list": [...]}.
  if (isObject(value) && Array.isArray(value['@list'])) [value, path] = [value['@list'], join(path, '@list')];
  if (value == null) return undefined;
  if (!Array.isArray(value)) return parseImageAt(...ref(value, path), warnings, baseUrl);
  // JSON-LD lists several crops; the first usable one is the publisher's preferred image.
  for (let i = 0; i < Math.min(value.length, MAX_LIST); i++) {
    const image = parseImageAt(...ref(value[i], `${path}[${i}]`), warnings, baseUrl);
    if (image) return image;
  }
  return undefined;
}

/** Reads an ImageObject (or a bare URL string) at `path`; unusable parts become warnings. */
export function parseImageAt(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): ImageObject | undefined {
  if (typeof value === 'string') {
    const url = readUrl(value, path, warnings, baseUrl);
    return url ? { url } : undefined;
  }
  if (!isObject(value)) {
    warnings.push({ path, message: 'expected an image URL or an ImageObject' });
    return undefined;
  }
  const key = value['url'] != null ? 'url' : 'contentUrl';
  if (value[key] == null) {
    warnings.push({ path: join(path, 'url'), message: 'is required' });
    return undefined;
  }
  const url = readUrl(first(value[key]), join(path, key), warnings, baseUrl);
  if (!url) return undefined;
  const image: ImageObject = { url };
  for (const dim of ['width', 'height'] as const) {
    if (value[dim] == null) continue;
    const n = readNumber(value[dim]);
    if (n !== undefined) image[dim] = Math.max(1, Math.round(n));
    else warnings.push({ path: join(path, dim), message: 'expected a positive number' });
  }
  if (typeof value['alt'] === 'string' && cleanText(value['alt']) === undefined) image.alt = '';
  else {
    const alt = readText(value['alt'], join(path, 'alt'), warnings, MAX_LENGTH.caption);
    if (alt) image.alt = alt;
  }
  const texts = [
    ['caption', MAX_LENGTH.caption],
    ['creditText', MAX_LENGTH.short],
    ['copyrightNotice', MAX_LENGTH.short],
  ] as const;
  for (const [field, max] of texts) {
    const raw = value[field];
    // schema.org allows a caption to be a MediaObject; its text is what matters here.
    const text = readText(isObject(raw) ? raw['text'] ?? raw['name'] : first(raw), join(path, field), warnings, max);
    if (text) image[field] = text;
  }
  for (const field of ['license', 'acquireLicensePage'] as const) {
    const link = readUrl(first(value[field]), join(path, field), warnings, baseUrl);
    if (link) image[field] = link;
  }
  // Responsive candidates are for the few who give them: the readers check them.
  const srcset = value['srcset'] != null && readers()?.srcset(value['srcset'], join(path, 'srcset'), warnings, baseUrl);
  if (srcset && srcset.length) image.srcset = srcset;
  const focus = value['focalPoint'] != null && readers()?.focalPoint(value['focalPoint'], join(path, 'focalPoint'), warnings);
  if (focus) image.focalPoint = focus;
  return image;
}

function readLanguage(value: unknown, path: string, warnings: ParseError[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  const raw = isObject(value) ? (value['alternateName'] ?? value['name']) : value;
  const tag = typeof raw === 'string' && raw.trim() ? canonical(raw.trim()) : undefined;
  if (tag) return tag;
  warnings.push({ path, message: 'expected a BCP 47 language tag such as en or da-DK' });
  return undefined;
}

function readPublisher(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): Organization | undefined {
  if (value === undefined || value === null) return undefined;
  const [node, at] = ref(first(value), Array.isArray(value) ? `${path}[0]` : path);
  if (typeof node === 'string') {
    const name = cleanText(node, MAX_LENGTH.name);
    return name ? { name } : undefined;
  }
  if (!isObject(node)) {
    warnings.push({ path, message: 'expected a name or an Organization object' });
    return undefined;
  }
  const name = readText(node['name'], join(at, 'name'), warnings, MAX_LENGTH.name);
  if (!name) {
    if (node['name'] === undefined) warnings.push({ path: join(at, 'name'), message: 'expected a non-empty string' });
    return undefined;
  }
  const org: Organization = { name };
  const url = readUrl(first(node['url']), join(at, 'url'), warnings, baseUrl);
  if (url) org.url = url;
  const [logo, logoAt] = ref(first(node['logo']), join(at, 'logo'));
  const logoUrl = readUrl(isObject(logo) ? (logo['url'] ?? logo['contentUrl']) : logo, logoAt, warnings, baseUrl);
  if (logoUrl) org.logo = logoUrl;
  return org;
}

export function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
