// Conformance over real publisher data (../shared/realworld beside the repository, read in place
// through test/server/realworld.mjs): JSON-LD from 402 news sites, JSON Feeds, ItemLists and
// RSS/Atom. Every case cases.json marks `parse` or `parse-lenient` must parse, with readable text
// (no character references or tags left), clean page urls, and the author, image and publisher
// that its graph names. Without the corpus this file says so in its one test's title and in the log.
import { expect } from '@open-wc/testing';
import { parseArticle, parseFeed, type FeedItem } from '../../src/article/index.js';
import '../../src/trending-list/news-trending-list.js';

interface Case {
  file: string;
  kind: 'article' | 'feed' | 'rss';
  expect: 'parse' | 'parse-lenient' | 'either' | 'no' | 'n/a';
  why: string;
  baseUrl?: string;
}

type Json = Record<string, unknown>;

const corpus = (await (await fetch('/realworld/')).json()) as { dir: string; present: boolean };
const text = async (file: string) => (await fetch(`/realworld/${file}`)).text();
const cases: Case[] = corpus.present ? ((JSON.parse(await text('cases.json')) as { cases: Case[] }).cases) : [];

// A reference HTML would decode, or a tag it would not show as text.
const REFERENCE = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;
const TAG = /<\/?[a-z][^>]*>/i;

function texts(item: FeedItem): string[] {
  return [
    item.headline,
    item.description,
    item.articleSection,
    item.kicker,
    ...item.author.flatMap((person) => [person.name, person.jobTitle]),
    item.image?.caption,
    item.image?.creditText,
    item.image?.alt,
    item.publisher?.name,
  ].filter((value): value is string => typeof value === 'string');
}

function expectReadable(item: FeedItem, where: string): void {
  for (const value of texts(item)) {
    expect(REFERENCE.test(value), `${where}: a character reference is left in “${value}”`).to.equal(false);
    expect(TAG.test(value), `${where}: a tag is left in “${value}”`).to.equal(false);
  }
}

// An independent reading of what a document names, to hold the parser to it: the nodes by @id,
// and whether a value (or what its @id names) carries a usable name or address.
function idsOf(doc: unknown): Map<string, Json> {
  const ids = new Map<string, Json>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const node = value as Json;
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).some((k) => !k.startsWith('@'))) ids.set(id, { ...ids.get(id), ...node });
    Object.values(node).forEach(visit);
  };
  visit(doc);
  return ids;
}

function articleNode(doc: unknown): Json | undefined {
  const queue: unknown[] = [doc];
  const pages: Json[] = [];
  for (let i = 0; i < queue.length; i++) {
    const value = queue[i];
    if (Array.isArray(value)) queue.push(...value);
    else if (typeof value === 'object' && value !== null) {
      const types = [(value as Json)['@type']].flat().map(String);
      if (types.some((t) => /(Article|Posting)$/.test(t))) return value as Json;
      if (types.some((t) => /^(WebPage|ItemPage)$/.test(t))) pages.push(value as Json);
      queue.push(...Object.values(value));
    }
  }
  return pages[0];
}

function usable(value: unknown, ids: Map<string, Json>, field: 'author' | 'image' | 'publisher'): boolean {
  return [value].flat(2).some((entry) => {
    if (typeof entry === 'string') return field === 'image' ? /^https?:|^\//.test(entry.trim()) : entry.trim().length > 0;
    if (typeof entry !== 'object' || entry === null) return false;
    const node = { ...(ids.get(String((entry as Json)['@id'])) ?? {}), ...(entry as Json) } as Json;
    if (field === 'image') {
      const list = node['@list'];
      if (Array.isArray(list)) return usable(list, ids, field);
      return [node['url'] ?? node['contentUrl']].flat().some((url) => typeof url === 'string' && /^https?:|^\//.test(url.trim()));
    }
    return [node['name']].flat().some((name) => typeof name === 'string' && name.replace(/<[^>]*>|&[^;\s]*;/g, '').trim().length > 0);
  });
}

describe('real-world publisher data (../shared/realworld)', function () {
  this.timeout(120_000);

  if (!corpus.present) {
    console.warn(`realworld conformance NOT RUN: no corpus at ${corpus.dir} (set REALWORLD_DIR to its folder)`);
    it(`NOT RUN: the corpus is absent at ${corpus.dir}`, () => {});
    return;
  }

  it('has the cases it is meant to hold (425 JSON-LD blocks, 19 feeds, 7 RSS/Atom)', () => {
    expect(cases.filter((c) => c.kind === 'article')).to.have.length(425);
    expect(cases.filter((c) => c.kind === 'feed')).to.have.length(19);
    expect(cases.filter((c) => c.kind === 'rss')).to.have.length(7);
  });

  it('parses every JSON-LD article marked parse or parse-lenient, readable, at a clean url, with what its graph names', async () => {
    const marked = cases.filter((c) => c.kind === 'article' && (c.expect === 'parse' || c.expect === 'parse-lenient'));
    expect(marked).to.have.length(382);
    for (const c of marked) {
      const doc = JSON.parse(await text(c.file)) as unknown;
      const result = parseArticle(doc, { baseUrl: c.baseUrl });
      if (!result.ok) expect.fail(`${c.file} (${c.expect}: ${c.why}) did not parse: ${JSON.stringify(result.errors)}`);
      const article = result.value;
      expectReadable(article, c.file);
      expect(new URL(article.url).hash, `${c.file}: url ${article.url} keeps a fragment`).to.equal('');
      const node = articleNode(doc);
      const ids = idsOf(doc);
      for (const field of ['author', 'image', 'publisher'] as const) {
        const named = node && usable(node[field] ?? (field === 'image' ? node['thumbnailUrl'] : undefined), ids, field);
        const got = field === 'author' ? article.author.length > 0 : article[field] !== undefined;
        if (named && !got) expect.fail(`${c.file}: its graph names a usable ${field} (${JSON.stringify(node![field]).slice(0, 200)}), the article has none; warnings ${JSON.stringify(result.warnings)}`);
      }
    }
  });

  it('reads a graph whose only usable node is a WebPage as the article (the “either” Yoast cases)', async () => {
    const pages = cases.filter((c) => c.kind === 'article' && c.expect === 'either' && /WebPage/.test(c.why));
    expect(pages.length).to.be.greaterThan(10);
    for (const c of pages) {
      const result = parseArticle(JSON.parse(await text(c.file)), { baseUrl: c.baseUrl });
      if (!result.ok) expect.fail(`${c.file} did not parse: ${JSON.stringify(result.errors)}`);
      expectReadable(result.value, c.file);
      expect(result.warnings.map((w) => w.message)).to.include('is a WebPage, read as the article (the document has no Article node)');
    }
  });

  it('parses every JSON Feed and ItemList marked parse or parse-lenient, each item readable', async () => {
    const marked = cases.filter((c) => c.kind === 'feed' && (c.expect === 'parse' || c.expect === 'parse-lenient'));
    expect(marked).to.have.length(9);
    for (const c of marked) {
      const json = JSON.parse(await text(c.file)) as { items?: unknown[] };
      const result = parseFeed(json, { baseUrl: c.baseUrl });
      if (!result.ok) expect.fail(`${c.file} did not parse: ${JSON.stringify(result.errors)}`);
      expect(result.value.items.length, `${c.file} lost items`).to.equal(Math.min(json.items?.length ?? 0, 100));
      result.value.items.forEach((item, i) => expectReadable(item, `${c.file} item ${i}`));
      expectReadable({ headline: result.value.name ?? 'x', author: [], labels: [], id: '', url: '' }, `${c.file} name`);
    }
  });

  it('reads each real RSS and Atom feed whole: every distinct item, with its headline, link and (where given) date', async () => {
    const feeds = cases.filter((c) => c.kind === 'rss');
    for (const c of feeds) {
      const xml = await text(c.file);
      // Every item, once: a feed that lists the same story twice (same guid or id) shows it once.
      const elements = [...new DOMParser().parseFromString(xml, 'application/xml').querySelectorAll('item, entry')];
      const child = (el: Element, name: string) => [...el.children].find((c) => c.localName === name);
      const key = (el: Element) => (child(el, 'guid') ?? child(el, 'id') ?? child(el, 'link'))?.textContent?.trim() || el.outerHTML;
      const count = new Set(elements.map(key)).size;
      const result = parseFeed(xml, { baseUrl: c.baseUrl ?? `https://${c.file.split('--')[0]!.replace('rss/', '')}/` });
      if (!result.ok) expect.fail(`${c.file} did not parse: ${JSON.stringify(result.errors)}`);
      expect(result.value.items.length, `${c.file}: ${result.value.items.length} of ${count} items; ${JSON.stringify(result.warnings.slice(0, 3))}`).to.equal(Math.min(count, 100));
      expect(result.value.name, `${c.file} has a name`).to.be.a('string');
      for (const [i, item] of result.value.items.entries()) {
        expectReadable(item, `${c.file} item ${i}`);
        expect(item.url).to.match(/^https?:\/\//);
      }
      const dated = /<(pubDate|published|updated|dc:date)\b/.test(xml);
      expect(result.value.items.every((item) => (item.datePublished !== undefined) === dated), `${c.file}: dates as given`).to.equal(true);
    }
  });

  it('renders each real RSS and Atom feed whole in <news-trending-list src=… max="100">', async () => {
    for (const c of cases.filter((c) => c.kind === 'rss')) {
      const expected = parseFeed(await text(c.file), { baseUrl: new URL(`/realworld/${c.file}`, location.href).href });
      if (!expected.ok) expect.fail(`${c.file}: ${JSON.stringify(expected.errors)}`);
      const list = document.createElement('news-trending-list');
      list.setAttribute('max', '100');
      list.setAttribute('src', `/realworld/${c.file}`);
      document.body.append(list);
      try {
        await new Promise<void>((resolve) => {
          list.addEventListener('news-load', () => resolve(), { once: true });
          list.addEventListener('news-error', () => resolve(), { once: true });
        });
        await list.updateComplete;
        expect(list.state, `${c.file}: ${JSON.stringify(list.errors)}`).to.equal('ready');
        const rows = [...list.shadowRoot!.querySelectorAll('ol > li')];
        expect(rows.length, c.file).to.equal(expected.value.items.length);
        rows.forEach((row, i) => {
          const link = row.querySelector('a')!;
          expect(link.textContent!.trim(), `${c.file} row ${i}`).to.equal(expected.value.items[i]!.headline);
          expect(link.href).to.equal(expected.value.items[i]!.url);
          expect(!!row.querySelector('time'), `${c.file} row ${i} time`).to.equal(expected.value.items[i]!.datePublished !== undefined);
        });
      } finally {
        list.remove();
      }
    }
  });
});
