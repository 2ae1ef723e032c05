import { canonical } from '../internal/locale.js';
import { parseDateTime } from './date.js';
import { asList, findNode, isArticleType, isObject, join, readNumber, typesOf, type Json } from './json-ld.js';
import { MAX_LENGTH, MAX_LIST } from './limits.js';
import { cleanText, readText } from './text.js';
import {
  LABELS,
  type Article,
  type ImageObject,
  type ImageSource,
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

// @type-derived labels: schema.org already says what an opinion or live article is.
const TYPE_LABELS: Record<string, Label> = {
  OpinionNewsArticle: 'opinion',
  AnalysisNewsArticle: 'analysis',
  LiveBlogPosting: 'live',
};

/**
 * Turns publisher data — the canonical shape, or JSON-LD as pages emit it — into an `Article`.
 * Never throws. Missing or unusable required fields (`url`, `headline`, `datePublished`) make it
 * fail with errors; unusable optional fields are dropped with a warning. Paths are relative to
 * `input` (`@graph[1].author[0].name`).
 */
export function parseArticle(input: unknown, options: ParseOptions = {}): ParseResult<Article> {
  if (isParsedArticle(input)) return { ok: true, value: input, warnings: [] };
  try {
    return parseArticleAt(input, '', options.baseUrl ?? defaultBaseUrl());
  } catch (error) {
    // Exotic inputs (throwing getters, revoked proxies) must not escape into the host page.
    return { ok: false, errors: [{ path: '$', message: `could not be read (${String(error)})` }] };
  }
}

/**
 * Parses one article found at `prefix` inside a larger document (used by `parseFeed`).
 * `aliases` maps canonical keys to the names the source used, so paths name the source's fields.
 */
export function parseArticleAt(
  input: unknown,
  prefix: string,
  baseUrl?: string,
  aliases: Record<string, string> = {},
): ParseResult<Article> {
  // A feed may hold articles that were parsed already (`list.feed = parseFeed(json).value`).
  if (isParsedArticle(input)) return { ok: true, value: input, warnings: [] };
  const located = locate(input, prefix);
  if ('error' in located) return { ok: false, errors: [located.error] };
  const { node, path } = located;
  const errors: ParseError[] = [];
  const warnings: ParseError[] = [];
  // Paths are built for every field read; renaming (JSON Feed's keys) only when there are aliases.
  const renamed = Object.keys(aliases).length > 0;
  const at = renamed
    ? (key: string) => join(path, key.replace(/^[^.[]+/, (name) => aliases[name] ?? name))
    : (key: string) => join(path, key);

  const url = readRequiredUrl(node, at, baseUrl, errors);
  // `headline: null` counts as missing (it used to fail with no error at all).
  const headlineKey = node['headline'] !== undefined && node['headline'] !== null ? 'headline' : 'name';
  const rawHeadline = node[headlineKey];
  const headline = readText(rawHeadline, at(headlineKey), errors, MAX_LENGTH.headline);
  if (rawHeadline === undefined || rawHeadline === null) {
    errors.push({ path: at('headline'), message: 'is required' });
  }
  const published = readRequiredDate(node['datePublished'], at('datePublished'), errors);
  if (errors.length || !url || !headline || !published) return { ok: false, errors };

  const article: Article = {
    id: readText(node['id'], at('id'), warnings, MAX_LENGTH.id) ?? url,
    url,
    headline,
    datePublished: published,
    labels: readLabels(node, at, warnings),
    author: readAuthors(node['author'], at('author'), warnings, baseUrl),
  };
  const description = readText(node['description'], at('description'), warnings, MAX_LENGTH.description);
  if (description) article.description = description;
  const section = readText(first(node['articleSection']), at('articleSection'), warnings);
  if (section) article.articleSection = section;
  const kicker = readText(node['kicker'], at('kicker'), warnings);
  if (kicker) article.kicker = kicker;
  const lang = readLanguage(node['inLanguage'], at('inLanguage'), warnings);
  if (lang) article.inLanguage = lang;
  // null means absent for every optional field (JSON encoders write it for missing values).
  if (node['dateModified'] != null) {
    const verdict = parseDateTime(node['dateModified']);
    if ('date' in verdict) article.dateModified = verdict.date;
    else warnings.push({ path: at('dateModified'), message: verdict.message });
  }
  const image = readImageList(node['image'], at('image'), warnings, baseUrl);
  if (image) article.image = image;
  if (node['wordCount'] != null) {
    const words = readNumber(node['wordCount']);
    if (words !== undefined) article.wordCount = Math.max(1, Math.round(words));
    else warnings.push({ path: at('wordCount'), message: 'expected a positive number' });
  }
  const publisher = readPublisher(node['publisher'], at('publisher'), warnings, baseUrl);
  if (publisher) article.publisher = publisher;

  parsed.add(deepFreeze(article));
  if (article.image) parsedImages.add(article.image);
  return { ok: true, value: article, warnings };
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

function locate(input: unknown, prefix: string): { node: Json; path: string } | { error: ParseError } {
  const root = prefix || '$';
  if (!isObject(input) && !Array.isArray(input)) {
    return { error: { path: root, message: 'expected an article object' } };
  }
  if (isObject(input) && !Array.isArray(input['@graph'])) {
    const types = typesOf(input);
    if (types.length && !types.some(isArticleType)) {
      return {
        error: { path: join(prefix, '@type'), message: `expected NewsArticle or another Article type, got ${types.join(', ')}` },
      };
    }
    return { node: input, path: prefix };
  }
  const found = findNode(input, (types) => types.some(isArticleType));
  if (found) return { node: found.node, path: join(prefix, found.path) };
  const where = Array.isArray(input) ? root : join(prefix, '@graph');
  return { error: { path: where, message: 'no NewsArticle (or other Article type) found' } };
}

function readRequiredUrl(node: Json, at: (k: string) => string, baseUrl: string | undefined, errors: ParseError[]) {
  // JSON-LD often gives only mainEntityOfPage (a URL or a WebPage node with @id).
  const page = node['mainEntityOfPage'];
  const pageUrl = isObject(page) ? (page['@id'] ?? page['url']) : page;
  const key = node['url'] != null ? 'url' : pageUrl != null ? 'mainEntityOfPage' : 'url';
  const value = key === 'url' ? first(node['url']) : pageUrl;
  // null counts as missing: readUrl ignores it, which used to fail the article with no error.
  if (value === undefined || value === null) {
    errors.push({ path: at('url'), message: 'is required' });
    return undefined;
  }
  return readUrl(value, at(key), errors, baseUrl);
}

function readRequiredDate(value: unknown, path: string, errors: ParseError[]): Date | undefined {
  if (value === undefined || value === null) {
    errors.push({ path, message: 'is required' });
    return undefined;
  }
  const verdict = parseDateTime(value);
  if ('date' in verdict) return verdict.date;
  errors.push({ path, message: verdict.message });
  return undefined;
}

function readLabels(node: Json, at: (k: string) => string, warnings: ParseError[]): Label[] {
  const labels = new Set<Label>();
  for (const type of typesOf(node)) {
    const label = TYPE_LABELS[type];
    if (label) labels.add(label);
  }
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

function readAuthors(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): Person[] {
  const people: Person[] = [];
  const list = asList(value);
  list.slice(0, MAX_LIST).forEach((item, i) => {
    const at = Array.isArray(value) ? `${path}[${i}]` : path;
    if (typeof item === 'string') {
      const name = cleanText(item, MAX_LENGTH.name);
      if (name) people.push({ name });
      else warnings.push({ path: at, message: 'expected a non-empty string' });
      return;
    }
    if (!isObject(item)) {
      warnings.push({ path: at, message: 'expected a name or a Person object' });
      return;
    }
    const name = cleanText(item['name'], MAX_LENGTH.name);
    if (!name) {
      warnings.push({ path: join(at, 'name'), message: 'expected a non-empty string' });
      return;
    }
    const person: Person = { name };
    const url = readUrl(first(item['url']), join(at, 'url'), warnings, baseUrl);
    if (url) person.url = url;
    const jobTitle = readText(first(item['jobTitle']), join(at, 'jobTitle'), warnings);
    if (jobTitle) person.jobTitle = jobTitle;
    const image = item['image'];
    const imageUrl = readUrl(isObject(image) ? (image['url'] ?? image['contentUrl']) : first(image), join(at, 'image'), warnings, baseUrl);
    if (imageUrl) person.image = imageUrl;
    people.push(person);
  });
  if (list.length > MAX_LIST) warnings.push({ path, message: `only the first ${MAX_LIST} are kept` });
  return people;
}

function readImageList(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): ImageObject | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return parseImageAt(value, path, warnings, baseUrl);
  // JSON-LD lists several crops; the first usable one is the publisher's preferred image.
  for (let i = 0; i < Math.min(value.length, MAX_LIST); i++) {
    const image = parseImageAt(value[i], `${path}[${i}]`, warnings, baseUrl);
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
  const srcset = readSrcset(value['srcset'], join(path, 'srcset'), warnings, baseUrl);
  if (srcset.length) image.srcset = srcset;
  return image;
}

function readSrcset(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): ImageSource[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push({ path, message: 'expected an array of {url, width}' });
    return [];
  }
  const out: ImageSource[] = [];
  value.slice(0, MAX_LIST).forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item)) {
      warnings.push({ path: at, message: 'expected {url, width}' });
      return;
    }
    const url = readUrl(item['url'], join(at, 'url'), warnings, baseUrl);
    if (item['url'] == null) warnings.push({ path: join(at, 'url'), message: 'is required' });
    const width = readNumber(item['width']);
    if (width === undefined) warnings.push({ path: join(at, 'width'), message: 'expected a positive number' });
    // A comma or space inside a srcset URL would split the candidate list; such URLs are refused.
    if (url && /[\s,]/.test(url)) warnings.push({ path: join(at, 'url'), message: 'must not contain commas or spaces' });
    else if (url && width) out.push({ url, width: Math.max(1, Math.round(width)) });
  });
  return out;
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
  const node = first(value);
  if (typeof node === 'string') {
    const name = cleanText(node, MAX_LENGTH.name);
    return name ? { name } : undefined;
  }
  if (!isObject(node)) {
    warnings.push({ path, message: 'expected a name or an Organization object' });
    return undefined;
  }
  const at = Array.isArray(value) ? `${path}[0]` : path;
  const name = readText(node['name'], join(at, 'name'), warnings, MAX_LENGTH.name);
  if (!name) {
    if (node['name'] === undefined) warnings.push({ path: join(at, 'name'), message: 'expected a non-empty string' });
    return undefined;
  }
  const org: Organization = { name };
  const url = readUrl(first(node['url']), join(at, 'url'), warnings, baseUrl);
  if (url) org.url = url;
  const logo = node['logo'];
  const logoUrl = readUrl(isObject(logo) ? (logo['url'] ?? logo['contentUrl']) : first(logo), join(at, 'logo'), warnings, baseUrl);
  if (logoUrl) org.logo = logoUrl;
  return org;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}
