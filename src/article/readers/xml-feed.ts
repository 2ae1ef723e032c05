// RSS 2.0 (and 0.9x / 1.0) and Atom 1.0, the feeds nearly every newsroom serves, read into the
// article shape: an on-demand chunk of its own. The XML is parsed by the platform's DOMParser (or
// the one passed as `xmlParser`, e.g. @xmldom/xmldom's in Node), never fetching anything: a DTD
// that declares entities is refused, and a DOCTYPE is dropped unread. HTML's named references
// (`&nbsp;`, which old RSS borrowed from a DTD) are turned into numeric ones XML knows.
import type { FeedEntry, FeedSource } from '../hooks.js';
import { MAX_FEED_ITEMS } from '../limits.js';
import type { ParseError, ParseOptions } from '../types.js';
import { installXml } from './feed.js';
import { lookUp } from './html-text.js';

/** The most XML text read, as for a fetched document (fetch-json.ts caps bytes the same way). */
export const MAX_XML_LENGTH = 1_048_576;

const ATOM = 'http://www.w3.org/2005/Atom';
const MEDIA = 'search.yahoo.com/mrss';
const DC = 'purl.org/dc/elements/1.1';
const CONTENT = 'purl.org/rss/1.0/modules/content';
const RSS1 = 'purl.org/rss/1.0/';
const XML_NAMES = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);

type Failure = { error: ParseError };

const fail = (message: string, path = '$'): Failure => ({ error: { path, message } });

/** Reads RSS or Atom text (or an XML Document) into feed entries for parseFeed. */
export function readXmlFeed(input: unknown, options: ParseOptions): FeedSource | Failure {
  const doc = typeof input === 'string' ? parseXml(input, options) : (input as Document);
  if ('error' in doc) return doc;
  const root = doc.documentElement;
  if (!root) return fail('expected an RSS or Atom document');
  if (root.localName === 'feed' && root.namespaceURI === ATOM) return fromAtom(root);
  const channel = root.localName === 'rss' ? child(root, 'channel') : undefined;
  if (channel) return fromRss(channel, items(channel, 'item'), 'channel.item', channel);
  // RSS 1.0 (RDF): items are siblings of the channel.
  if (root.localName === 'RDF') return fromRss(root, items(root, 'item'), 'item', child(root, 'channel'));
  return fail(`expected an RSS or Atom document, got <${root.localName}>`);
}

function parseXml(text: string, options: ParseOptions): Document | Failure {
  // Text that is not markup at all is not a feed of any kind (and not worth a parser's message).
  if (!/^\uFEFF?\s*</.test(text)) return fail('expected a feed: an array, {items}, an ItemList, a JSON Feed, or RSS or Atom');
  if (text.length > MAX_XML_LENGTH) return fail(`is larger than ${MAX_XML_LENGTH} bytes`);
  const dtd = /<!DOCTYPE[^>[]*(\[[\s\S]*?\]\s*)?>/i.exec(text);
  if (dtd?.[1] || /<!ENTITY/i.test(text)) return fail('declares entities in a DTD, which are not read');
  const source = (dtd ? text.replace(dtd[0], '') : text).replace(/^\uFEFF/, '').replace(/&([A-Za-z][A-Za-z\d]*);/g, (match, name: string) => {
    if (XML_NAMES.has(name)) return match;
    const value = lookUp(name);
    return value === undefined ? match : [...value].map((c) => `&#${c.codePointAt(0)};`).join('');
  });
  const parser = options.xmlParser ?? (typeof DOMParser === 'function' ? new DOMParser() : undefined);
  if (!parser) {
    return fail('reading RSS or Atom needs a DOMParser: outside browsers, pass parseFeed(text, { xmlParser }) (e.g. new DOMParser() from @xmldom/xmldom)');
  }
  let doc: Document;
  try {
    doc = parser.parseFromString(options.xmlParser ? source : (trusted(source) as string), 'application/xml') as Document;
  } catch (error) {
    // Only a refused Trusted Types assignment throws in browsers (bad XML gives <parsererror>).
    if (policy === null) return fail('could not be read: this page’s Trusted Types policy does not allow news-widgets to parse XML');
    return fail(`is not well-formed XML (${String((error as Error).message ?? error).slice(0, 160)})`);
  }
  const problem = doc.getElementsByTagName('parsererror')[0];
  if (problem) return fail(`is not well-formed XML (${(problem.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 160)})`);
  return doc;
}

// Under an enforced Trusted Types policy even an inert XML parse needs TrustedHTML. This policy
// only ever feeds DOMParser's XML mode, which runs no script and loads nothing; pages that list
// allowed policies add `news-widgets` (docs/embedding.md). Created the first time XML is read.
let policy: { createHTML(text: string): unknown } | null | undefined;

function trusted(text: string): unknown {
  const types = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: object): { createHTML(text: string): unknown } } }).trustedTypes;
  if (!types) return text;
  if (policy === undefined) {
    try {
      policy = types.createPolicy('news-widgets', { createHTML: (value: string) => value });
    } catch {
      policy = null; // not allowed here: the plain string works where Trusted Types are not enforced
    }
  }
  return policy ? policy.createHTML(text) : text;
}

/** Child elements named `name` in namespace `ns` (RSS's own elements: no namespace, or RSS 1.0's). */
function children(el: Element, name: string, ns = ''): Element[] {
  const out: Element[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as Element;
    if (node.nodeType !== 1 || node.localName !== name) continue;
    const uri = node.namespaceURI ?? '';
    if (ns ? uri.includes(ns) : !uri || uri.includes(RSS1)) out.push(node);
  }
  return out;
}

function child(el: Element | undefined, name: string, ns = ''): Element | undefined {
  return el ? children(el, name, ns)[0] : undefined;
}

function items(el: Element, name: string, ns = ''): Element[] {
  return children(el, name, ns).slice(0, MAX_FEED_ITEMS + 1);
}

function text(el: Element | undefined): string | undefined {
  const value = el?.textContent?.trim();
  return value || undefined;
}

/** The first field that is present: its text and the element name it came from (for paths). */
function firstOf(el: Element, ...names: Array<[name: string, ns?: string, label?: string]>): [string | undefined, string] {
  for (const [name, ns, label] of names) {
    const value = text(child(el, name, ns));
    if (value !== undefined) return [value, label ?? name];
  }
  return [undefined, names[0]![2] ?? names[0]![0]];
}

function fromRss(list: Element, entries: Element[], listPath: string, channel: Element | undefined): FeedSource {
  const language = text(child(channel, 'language')) ?? text(child(channel, 'language', DC));
  return {
    entries: entries.map((item, i) => rssItem(item, `${listPath}[${i}]`, language)),
    listPath,
    name: text(child(channel ?? list, 'title')),
  };
}

function rssItem(item: Element, path: string, language: string | undefined): FeedEntry {
  const [title, titleFrom] = firstOf(item, ['title'], ['title', DC, 'dc:title']);
  const guid = child(item, 'guid');
  const permalink = guid && guid.getAttribute('isPermaLink') !== 'false' && /^https?:\/\//i.test(text(guid) ?? '') ? text(guid) : undefined;
  const link = text(child(item, 'link')) ?? atomLink(item) ?? permalink;
  const [date, dateFrom] = firstOf(item, ['pubDate'], ['date', DC, 'dc:date'], ['published', ATOM, 'atom:published'], ['updated', ATOM, 'atom:updated']);
  const [description, descriptionFrom] = firstOf(item, ['description'], ['encoded', CONTENT, 'content:encoded'], ['summary', ATOM, 'atom:summary']);
  const creators = children(item, 'creator', DC).map(text);
  const authors = creators.length ? creators : children(item, 'author').map((el) => rssAuthor(text(el)));
  const [section] = firstOf(item, ['category'], ['subject', DC]);
  return {
    value: {
      id: text(guid),
      url: link,
      headline: title,
      datePublished: date,
      description,
      author: authors.filter(Boolean),
      image: media(item),
      articleSection: section,
      inLanguage: text(child(item, 'language', DC)) ?? language,
    },
    path,
    aliases: {
      headline: titleFrom,
      url: 'link',
      id: 'guid',
      datePublished: dateFrom,
      description: descriptionFrom,
      author: creators.length ? 'dc:creator' : 'author',
      image: 'media:content',
      articleSection: 'category',
      inLanguage: 'dc:language',
    },
    undated: true,
  };
}

/** RSS's `author` is an e-mail address, often with the name in brackets: the name, never the address. */
function rssAuthor(value: string | undefined): string | undefined {
  const named = value && /\(([^)]+)\)/.exec(value);
  if (named) return named[1];
  return value && !value.includes('@') ? value : undefined;
}

function atomLink(el: Element, rels = ['alternate', '']): string | undefined {
  const links = children(el, 'link', ATOM).filter((link) => rels.includes(link.getAttribute('rel') ?? ''));
  // Several alternates: the HTML page is the article.
  const best = links.find((link) => /html/.test(link.getAttribute('type') ?? 'text/html')) ?? links[0];
  return best?.getAttribute('href') ?? undefined;
}

function fromAtom(feed: Element): FeedSource {
  const feedAuthors = children(feed, 'author', ATOM).map((author) => text(child(author, 'name', ATOM)));
  const language = feed.getAttribute('xml:lang') ?? undefined;
  return {
    entries: items(feed, 'entry', ATOM).map((entry, i) => {
      const [published, publishedFrom] = firstOf(entry, ['published', ATOM], ['updated', ATOM]);
      const [summary, summaryFrom] = firstOf(entry, ['summary', ATOM], ['content', ATOM]);
      const authors = children(entry, 'author', ATOM).map((author) => text(child(author, 'name', ATOM)));
      const category = child(entry, 'category', ATOM);
      return {
        value: {
          id: text(child(entry, 'id', ATOM)),
          url: atomLink(entry),
          headline: text(child(entry, 'title', ATOM)),
          datePublished: published,
          dateModified: publishedFrom === 'published' ? text(child(entry, 'updated', ATOM)) : undefined,
          description: summary,
          author: (authors.length ? authors : feedAuthors).filter(Boolean),
          image: media(entry) ?? atomLink(entry, ['enclosure']),
          articleSection: category?.getAttribute('label') ?? category?.getAttribute('term') ?? undefined,
          inLanguage: entry.getAttribute('xml:lang') ?? language,
        },
        path: `entry[${i}]`,
        aliases: { datePublished: publishedFrom, dateModified: 'updated', url: 'link', headline: 'title', description: summaryFrom, articleSection: 'category' },
        undated: true,
      };
    }),
    listPath: 'entry',
    name: text(child(feed, 'title', ATOM)),
  };
}

/**
 * The item's picture: the widest Media RSS image (in a `media:group` too), else its thumbnail, an
 * image enclosure, or an `<image>`; with its `media:credit` and `media:description` (the caption).
 */
function media(item: Element): Record<string, unknown> | string | undefined {
  const groups = [item, ...children(item, 'group', MEDIA)];
  const contents = groups.flatMap((group) => children(group, 'content', MEDIA)).filter(isImage);
  const widest = contents.sort((a, b) => Number(b.getAttribute('width') ?? 0) - Number(a.getAttribute('width') ?? 0))[0];
  const picked = widest ?? groups.flatMap((group) => children(group, 'thumbnail', MEDIA))[0];
  const withinPicked = (name: string) => text(child(picked, name, MEDIA)) ?? groups.map((group) => text(child(group, name, MEDIA))).find(Boolean);
  if (picked) {
    return {
      url: picked.getAttribute('url'),
      width: picked.getAttribute('width') ?? undefined,
      height: picked.getAttribute('height') ?? undefined,
      creditText: withinPicked('credit'),
      caption: withinPicked('description'),
    };
  }
  const enclosure = children(item, 'enclosure').find(isImage);
  if (enclosure) return enclosure.getAttribute('url') ?? undefined;
  const image = child(item, 'image');
  return text(child(image, 'url')) ?? text(image);
}

function isImage(el: Element): boolean {
  const medium = el.getAttribute('medium');
  const type = el.getAttribute('type');
  if (medium || type) return medium === 'image' || /^image\//i.test(type ?? '');
  return /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i.test(el.getAttribute('url') ?? '');
}

installXml(readXmlFeed);
