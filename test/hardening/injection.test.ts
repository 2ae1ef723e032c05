// Injection corpus: every payload of test/fixtures/injection-payloads.json in every text and URL
// field (and every attribute) of every component, in JSON, JSON-LD graphs, RSS and Atom. Nothing may run: the sentinel global stays unset,
// no rendered element carries an on* attribute or is a script/iframe/object/embed/svg…, every
// rendered href/src/srcset is http(s), text fields render as exactly the text the parser kept, and
// nothing escapes into the host page.
import { expect } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/photo-credit/news-photo-credit.js';
import '../../src/trending-list/news-trending-list.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { parseFeed } from '../../src/article/parse-feed.js';
import type { Article, Feed, ImageObject, ParseResult } from '../../src/article/types.js';
import { parseCreditInput } from '../../src/photo-credit/parse-credit-input.js';
import { visibleText } from '../helpers.js';
import { apiUrl, container, escaped, settleDeep, sleep, unsafeRendering, watchPage, type NewsEl, type PageWatch, type Tag } from './support.js';

interface PayloadEntry {
  category: string;
  value: string;
  note?: string;
  repeat?: number;
  prefix?: string;
  suffix?: string;
}

type Json = Record<string, unknown>;
type Mutate = (doc: Json, payload: string) => void;

const HERO = new URL('../fixtures/seed-hero.png', import.meta.url).href;

/** Sets `path` (`author[0].name`, `image.srcset[1].url`) in `doc`, creating nothing: the base has every branch. */
function set(path: string): Mutate {
  const keys = path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  return (doc, payload) => {
    let node: Record<string, unknown> | unknown[] = doc;
    for (const key of keys.slice(0, -1)) node = (node as Record<string, unknown>)[key] as Record<string, unknown>;
    (node as Record<string, unknown>)[keys[keys.length - 1]!] = payload;
  };
}
const without = (key: string, then: Mutate): Mutate => (doc, payload) => {
  delete doc[key];
  then(doc, payload);
};

function baseArticle(n = 1): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    url: `https://news.example/world/story-${n}`,
    headline: `A safe headline ${n}`,
    description: 'A safe description',
    articleSection: 'World',
    kicker: 'Kicker',
    id: `story-${n}`,
    inLanguage: 'en',
    labels: ['breaking', 'live'],
    datePublished: '2024-07-11T10:15:00+02:00',
    dateModified: '2024-07-11T12:15:00+02:00',
    mainEntityOfPage: { '@type': 'WebPage', '@id': `https://news.example/world/story-${n}` },
    author: [
      { '@type': 'Person', name: 'Kathrine Frich', url: 'https://news.example/authors/kf', jobTitle: 'Reporter', image: { url: 'https://news.example/kf.png' } },
      'Second Author',
    ],
    image: {
      '@type': 'ImageObject',
      url: HERO,
      width: 960,
      height: 540,
      alt: 'Alt text',
      caption: 'A caption',
      creditText: 'Shutterstock',
      copyrightNotice: '© 2024 Shutterstock',
      license: 'https://news.example/license',
      acquireLicensePage: 'https://news.example/buy',
      srcset: [
        { url: HERO, width: 960 },
        { url: `${HERO}?w=480`, width: 480 },
      ],
    },
    wordCount: 900,
    publisher: { '@type': 'Organization', name: 'News Example', url: 'https://news.example/', logo: { url: 'https://news.example/logo.png' } },
  };
}

/** Every text and URL field of the article shape (and the JSON-LD spellings of them). */
const ARTICLE_FIELDS: [string, Mutate][] = [
  ['headline', set('headline')],
  ['name (as the headline)', without('headline', set('name'))],
  ['description', set('description')],
  ['articleSection', set('articleSection')],
  ['articleSection[0]', (d, p) => (d['articleSection'] = [p, 'World'])],
  ['kicker', set('kicker')],
  ['id', set('id')],
  ['inLanguage', set('inLanguage')],
  ['labels[0]', set('labels[0]')],
  ['datePublished', set('datePublished')],
  ['dateModified', set('dateModified')],
  ['@type', set('@type')],
  ['author (a string)', set('author')],
  ['author[0].name', set('author[0].name')],
  ['author[0].jobTitle', set('author[0].jobTitle')],
  ['author[1] (a string)', set('author[1]')],
  ['image.alt', set('image.alt')],
  ['image.caption', set('image.caption')],
  ['image.caption.text', (d, p) => ((d['image'] as Json)['caption'] = { text: p })],
  ['image.creditText', set('image.creditText')],
  ['image.copyrightNotice', set('image.copyrightNotice')],
  ['publisher (a string)', set('publisher')],
  ['publisher.name', set('publisher.name')],
  ['wordCount', set('wordCount')],
  // URLs
  ['url', set('url')],
  ['url[0]', (d, p) => (d['url'] = [p])],
  ['mainEntityOfPage', without('url', set('mainEntityOfPage'))],
  ['mainEntityOfPage.@id', without('url', set('mainEntityOfPage.@id'))],
  ['author[0].url', set('author[0].url')],
  ['author[0].image', set('author[0].image')],
  ['author[0].image.url', set('author[0].image.url')],
  ['image (a string)', set('image')],
  ['image[0]', (d, p) => (d['image'] = [p])],
  ['image.url', set('image.url')],
  ['image.contentUrl', (d, p) => {
    const image = d['image'] as Json;
    delete image['url'];
    image['contentUrl'] = p;
  }],
  ['image.license', set('image.license')],
  ['image.acquireLicensePage', set('image.acquireLicensePage')],
  ['image.srcset[0].url', set('image.srcset[0].url')],
  ['image.srcset[1].url', set('image.srcset[1].url')],
  ['publisher.url', set('publisher.url')],
  ['publisher.logo', set('publisher.logo')],
  ['publisher.logo.url', set('publisher.logo.url')],
];

/** Feed-level fields, in each accepted feed shape. */
const FEED_FIELDS: [string, (payload: string) => unknown][] = [
  ['{name}', (p) => ({ name: p, items: [baseArticle(1), baseArticle(2)] })],
  ['{title}', (p) => ({ title: p, items: [baseArticle(1), baseArticle(2)] })],
  ['ItemList.name', (p) => ({ '@type': 'ItemList', name: p, itemListElement: [{ '@type': 'ListItem', position: 1, item: baseArticle(1) }] })],
  ['ItemList.itemListElement[0].position', (p) => ({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', position: p, item: baseArticle(1) }, { '@type': 'ListItem', position: 2, item: baseArticle(2) }] })],
  ...(['title', 'summary', 'url', 'id', 'image', 'banner_image', 'language', 'date_published'] as const).map(
    (key): [string, (payload: string) => unknown] => [
      `JSON Feed items[0].${key}`,
      (p) => ({ version: 'https://jsonfeed.org/version/1.1', title: 'Feed', items: [{ ...jsonFeedItem(1), [key]: p }, jsonFeedItem(2)] }),
    ],
  ),
  ['JSON Feed title', (p) => ({ version: 'https://jsonfeed.org/version/1.1', title: p, items: [jsonFeedItem(1)] })],
  ['JSON Feed items[0].authors[0].name', (p) => ({ version: 'https://jsonfeed.org/version/1.1', items: [{ ...jsonFeedItem(1), authors: [{ name: p, url: p, avatar: p }] }] })],
];

/** Text as XML character data: the payload arrives in the parsed document exactly as it is. */
const xml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rssItem(n: number, fields: Record<string, string> = {}): string {
  const f = (name: string, fallback: string) => fields[name] ?? fallback;
  return `<item><title>${f('title', `RSS item ${n}`)}</title><link>${f('link', `https://news.example/rss/${n}`)}</link>
    <guid>${f('guid', `rss-${n}`)}</guid><pubDate>${f('pubDate', 'Thu, 11 Jul 2024 08:15:00 GMT')}</pubDate>
    <description>${f('description', 'Summary')}</description><dc:creator>${f('dc:creator', 'Kathrine Frich')}</dc:creator>
    <author>${f('author', 'desk@news.example (Desk)')}</author><category>${f('category', 'World')}</category>
    <media:content url="${f('media:content@url', HERO)}" width="960" height="540" medium="image"><media:credit>${f('media:credit', 'Shutterstock')}</media:credit></media:content>
    <media:description>${f('media:description', 'A caption')}</media:description>
    <enclosure url="${f('enclosure@url', HERO)}" type="image/png" length="0"/></item>`;
}

const rss = (channelTitle: string, first: Record<string, string> = {}): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${channelTitle}</title>${rssItem(1, first)}${rssItem(2)}</channel></rss>`;

const atom = (fields: Record<string, string>): string =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>${fields['title'] ?? 'Atom'}</title><entry><title type="html">${fields['entry.title'] ?? 'Entry'}</title>
    <link rel="alternate" href="${fields['link@href'] ?? 'https://news.example/atom/1'}"/><id>${fields['id'] ?? 'urn:1'}</id><updated>2024-07-11T08:15:00Z</updated>
    <summary type="html">${fields['summary'] ?? 'Summary'}</summary><author><name>${fields['author.name'] ?? 'Desk'}</name></author>
    <category term="${fields['category@term'] ?? 'world'}" label="${fields['category@label'] ?? 'World'}"/></entry></feed>`;

/** RSS and Atom feeds (as text, as a publisher's server sends them) with the payload in each element. */
const XML_FEED_FIELDS: [string, (payload: string) => string][] = [
  ['RSS channel.title', (p) => rss(xml(p))],
  ...['title', 'link', 'guid', 'pubDate', 'description', 'dc:creator', 'author', 'category', 'media:content@url', 'media:credit', 'media:description', 'enclosure@url'].map(
    (name): [string, (payload: string) => string] => [`RSS item.${name}`, (p) => rss('Feed', { [name]: xml(p) })],
  ),
  // Unescaped in CDATA, as many feeds write titles and descriptions (a payload holding "]]>" ends it: then the XML is refused).
  ['RSS item.title as CDATA', (p) => rss('Feed', { title: `<![CDATA[${p}]]>` })],
  ['RSS item.description as CDATA', (p) => rss('Feed', { description: `<![CDATA[${p}]]>` })],
  ...['title', 'entry.title', 'link@href', 'id', 'summary', 'author.name', 'category@term', 'category@label'].map(
    (name): [string, (payload: string) => string] => [`Atom ${name}`, (p) => atom({ [name]: xml(p) })],
  ),
];

/** A Yoast-style graph: the payload in the nodes the article points at by @id. */
const GRAPH_FIELDS: [string, (payload: string) => unknown][] = [
  ...(['name', 'url', 'jobTitle'] as const).map((key): [string, (payload: string) => unknown] => [`@graph Person.${key}`, (p) => graph({ person: { [key]: p } })]),
  ...(['url', 'caption', 'creditText', 'width'] as const).map((key): [string, (payload: string) => unknown] => [`@graph ImageObject.${key}`, (p) => graph({ image: { [key]: p } })]),
  ['@graph WebPage.url (the article’s address)', (p) => graph({ page: { url: p } })],
  ['@graph WebPage @id as mainEntityOfPage', (p) => graph({ page: { url: undefined, '@id': p }, article: { mainEntityOfPage: p, isPartOf: undefined } })],
  ['@graph Organization.name', (p) => graph({ org: { name: p } })],
  ['@id of a reference', (p) => graph({ article: { author: { '@id': p } } })],
];

function graph(patch: { article?: Json; person?: Json; image?: Json; page?: Json; org?: Json }): Json {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'NewsArticle', '@id': '#article', isPartOf: { '@id': '#page' }, headline: 'A safe headline', datePublished: '2024-07-11T10:15:00+02:00', author: { '@id': '#person' }, image: { '@id': '#image' }, publisher: { '@id': '#org' }, ...patch.article },
      { '@type': 'WebPage', '@id': '#page', url: 'https://news.example/world/graph', ...patch.page },
      { '@type': 'Person', '@id': '#person', name: 'Kathrine Frich', url: 'https://news.example/authors/kf', ...patch.person },
      { '@type': 'ImageObject', '@id': '#image', url: HERO, width: 960, height: 540, caption: 'A caption', creditText: 'Shutterstock', ...patch.image },
      { '@type': 'Organization', '@id': '#org', name: 'News Example', ...patch.org },
    ],
  };
}

function jsonFeedItem(n: number): Json {
  return { id: `jf-${n}`, url: `https://news.example/jf/${n}`, title: `JSON Feed item ${n}`, summary: 'Summary', date_published: '2024-07-11T10:15:00+02:00', image: HERO };
}

/** ImageObject fields for the photo credit on its own. */
const IMAGE_FIELDS: [string, (payload: string) => unknown][] = [
  ['(a bare URL)', (p) => p],
  ['[0] (a list)', (p) => [p]],
  ...(['url', 'alt', 'caption', 'creditText', 'copyrightNotice', 'license', 'acquireLicensePage', 'width', 'height'] as const).map(
    (key): [string, (payload: string) => unknown] => [key, (p) => ({ ...(baseArticle().image as Json), [key]: p })],
  ),
  ['contentUrl', (p) => {
    const image: Json = { ...(baseArticle().image as Json), contentUrl: p };
    delete image['url'];
    return image;
  }],
  ['caption.text', (p) => ({ ...(baseArticle().image as Json), caption: { text: p } })],
  ['srcset[0].url', (p) => ({ ...(baseArticle().image as Json), srcset: [{ url: p, width: 960 }, { url: HERO, width: 480 }] })],
  ['srcset[1].width', (p) => ({ ...(baseArticle().image as Json), srcset: [{ url: HERO, width: 960 }, { url: `${HERO}?w=2`, width: p }] })],
  ['{image} (an article)', (p) => ({ headline: 'x', image: { url: HERO, caption: p, creditText: p, license: p } })],
];

/** Attributes a publisher sets, per component (rendered text or configuration, never markup). */
const ATTRIBUTES: Record<Tag, string[]> = {
  'news-article-card': ['lead-in', 'lang', 'dir', 'time-zone', 'date-format', 'relative', 'layout', 'headline-level', 'sizes', 'loading', 'theme'],
  'news-byline': ['lead-in', 'lang', 'dir', 'time-zone', 'date-format', 'relative', 'theme'],
  'news-trending-list': ['heading', 'max', 'headline-level', 'lang', 'time-zone', 'date-format', 'relative', 'theme'],
  'news-photo-credit': ['variant', 'sizes', 'loading', 'lang', 'theme'],
};

/** Texts the parser kept that each component must show, verbatim, as text. */
function expectedTexts(tag: Tag, value: unknown, el: NewsEl): string[] {
  const texts: string[] = [];
  const people = (a: Article) => a.author.flatMap((p) => [p.name, p.jobTitle ?? '']);
  if (tag === 'news-article-card') {
    const a = value as Article;
    texts.push(a.headline, a.kicker ?? a.articleSection ?? '', ...people(a), a.image?.creditText ?? '', a.image?.copyrightNotice ?? '');
    if (el.getAttribute('layout') !== 'compact') texts.push(a.description ?? '');
  } else if (tag === 'news-byline') {
    texts.push(...people(value as Article));
  } else if (tag === 'news-trending-list') {
    const feed = value as Feed;
    texts.push(...feed.items.slice(0, 10).map((i) => i.headline));
    if (!el.getAttribute('heading')?.trim()) texts.push(feed.name ?? '');
  } else {
    const image = value as ImageObject;
    texts.push(image.caption ?? '', image.creditText ?? '', image.copyrightNotice ?? '');
  }
  return texts.filter(Boolean).map((t) => t.replace(/\s+/g, ' ').trim());
}

const PARSERS: Record<Tag, (input: unknown) => ParseResult<unknown>> = {
  'news-article-card': (input) => parseArticle(input),
  'news-byline': (input) => parseArticle(input),
  'news-trending-list': (input) => parseFeed(input),
  'news-photo-credit': (input) => parseCreditInput(input, {}),
};

const BASE_ATTRIBUTES: Record<Tag, Record<string, string>> = {
  'news-article-card': { loading: 'eager' },
  'news-byline': {},
  'news-trending-list': { thumbnails: '' },
  'news-photo-credit': { loading: 'eager' },
};

let payloads: string[] = [];
let categories = 0;
const hits: string[] = [];
const totals = { renders: 0, fields: 0, executions: 0, unsafe: 0, uncaught: 0 };
let watch: PageWatch;
let base: HTMLBaseElement;

before(async () => {
  const doc = (await (await fetch(new URL('../fixtures/injection-payloads.json', import.meta.url))).json()) as { sentinel: string; payloads: PayloadEntry[] };
  expect(doc.sentinel).to.equal('__xss');
  payloads = doc.payloads.map((p) => (p.prefix ?? '') + p.value.repeat(p.repeat ?? 1) + (p.suffix ?? ''));
  categories = new Set(doc.payloads.map((p) => p.category)).size;
  // The sentinel: any payload that runs sets window/top/parent.__xss — recorded, with where from.
  Object.defineProperty(window, '__xss', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => hits.push(`__xss = ${String(value)}\n${new Error().stack}`),
  });
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => hits.push(`${name}(${args.join(', ')})`);
  }
  // Relative payloads resolve against a publisher that does not exist: their images fail fast.
  base = document.createElement('base');
  base.href = 'http://publisher.invalid/news/';
  document.head.prepend(base);
});

after(() => {
  base.remove();
  console.log(
    `injection: ${totals.renders} payload×field renders (${payloads.length} payloads in ${categories} categories × ${totals.fields} fields and attributes ` +
      `across 4 components), ${totals.executions} executions, ${totals.unsafe} unsafe renders, ${totals.uncaught} uncaught errors`,
  );
});

beforeEach(() => {
  watch = watchPage();
});
afterEach(() => watch.stop());

/** Nothing ran, nothing unsafe is rendered, nothing escaped into the page; counted in `totals`. */
function assertHarmless(el: NewsEl, where: string): void {
  if (hits.length) {
    totals.executions += hits.length;
    throw new Error(`${where}: a payload ran: ${hits.join('\n')}`);
  }
  const unsafe = unsafeRendering(el);
  if (unsafe.length) {
    totals.unsafe++;
    throw new Error(`${where}: ${unsafe.join('; ')}`);
  }
  const leaked = escaped(watch);
  if (leaked.length) {
    totals.uncaught += leaked.length;
    throw new Error(`${where}: ${leaked.join('\n')}`);
  }
}

/** Renders `input` in `el` and checks everything a host page and a reader would care about. */
async function renderAndCheck(tag: Tag, el: NewsEl, input: unknown, label: string, property: 'article' | 'feed' | 'image'): Promise<void> {
  (el as unknown as Record<string, unknown>)[property] = input;
  await settleDeep(el);
  totals.renders++;
  const where = `<${tag}> ${label}`;
  assertHarmless(el, where);
  const result = PARSERS[tag](input);
  const expected = result.ok ? 'ready' : 'error';
  if (el.state !== expected) throw new Error(`${where}: state ${el.state}, expected ${expected}`);
  if (result.ok) {
    const shown = visibleText(el);
    for (const text of expectedTexts(tag, result.value, el)) {
      if (!shown.includes(text)) throw new Error(`${where}: "${text.slice(0, 80)}" is not shown as text (shown: "${shown.slice(0, 200)}")`);
    }
  }
}

async function mountFor(tag: Tag): Promise<NewsEl> {
  const el = document.createElement(tag) as NewsEl;
  for (const [name, value] of Object.entries(BASE_ATTRIBUTES[tag])) el.setAttribute(name, value);
  container('width: 640px').append(el);
  await settleDeep(el);
  return el;
}

/** Puts every payload in each attribute in turn (over valid data), then restores it. */
async function attributeRound(tag: Tag, el: NewsEl, input: unknown, property: 'article' | 'feed' | 'image'): Promise<void> {
  (el as unknown as Record<string, unknown>)[property] = input;
  for (const name of ATTRIBUTES[tag]) {
    totals.fields++;
    const original = el.getAttribute(name);
    for (const [i, payload] of payloads.entries()) {
      el.setAttribute(name, payload);
      await settleDeep(el);
      totals.renders++;
      const where = `<${tag} ${name}> payload ${i}`;
      assertHarmless(el, where);
      if (el.state !== 'ready') throw new Error(`${where}: an attribute broke valid data (state ${el.state})`);
      const text = payload.replace(/\s+/g, ' ').trim();
      if ((name === 'heading' || name === 'lead-in') && text && !visibleText(el).includes(text)) {
        throw new Error(`${where}: the ${name} text is not shown as text`);
      }
    }
    if (original === null) el.removeAttribute(name);
    else el.setAttribute(name, original);
  }
}

/** After the last render: images have had time to fail, late errors to surface. Still nothing ran. */
async function afterDust(): Promise<void> {
  // A negative check (the sentinel never set): a slow machine can only make it pass more, never fail.
  await sleep(400);
  expect(hits, 'the sentinel was never set').to.deep.equal([]);
  expect(escaped(watch), 'nothing escaped into the page').to.deep.equal([]);
}

describe('injection corpus', function () {
  this.timeout(180_000);

  it('has at least 150 payloads in every category the issue names', () => {
    expect(payloads.length).to.be.at.least(150);
    expect(categories).to.be.at.least(10);
    expect(payloads.some((p) => p.length >= 1_000_000), 'a megabyte string').to.equal(true);
  });

  for (const tag of ['news-article-card', 'news-byline'] as const) {
    it(`<${tag}>: every payload in every article field (and graph node field) and attribute`, async () => {
      const el = await mountFor(tag);
      for (const [field, mutate] of ARTICLE_FIELDS) {
        totals.fields++;
        for (const [i, payload] of payloads.entries()) {
          const doc = baseArticle();
          mutate(doc, payload);
          await renderAndCheck(tag, el, doc, `${field} = payload ${i}`, 'article');
        }
      }
      for (const [field, make] of GRAPH_FIELDS) {
        totals.fields++;
        for (const [i, payload] of payloads.entries()) await renderAndCheck(tag, el, make(payload), `${field} = payload ${i}`, 'article');
      }
      await attributeRound(tag, el, baseArticle(), 'article');
      await afterDust();
    });
  }

  it('<news-trending-list>: every payload in every item field, feed field and attribute', async () => {
    const tag = 'news-trending-list';
    const el = await mountFor(tag);
    for (const [field, mutate] of ARTICLE_FIELDS) {
      totals.fields++;
      for (const [i, payload] of payloads.entries()) {
        const item = baseArticle(1);
        mutate(item, payload);
        await renderAndCheck(tag, el, { name: 'Trending', items: [item, baseArticle(2)] }, `items[0].${field} = payload ${i}`, 'feed');
      }
    }
    for (const [field, make] of [...FEED_FIELDS, ...XML_FEED_FIELDS]) {
      totals.fields++;
      for (const [i, payload] of payloads.entries()) await renderAndCheck(tag, el, make(payload), `${field} = payload ${i}`, 'feed');
    }
    await attributeRound(tag, el, { items: [baseArticle(1), baseArticle(2)] }, 'feed');
    await afterDust();
  });

  it('<news-photo-credit>: every payload in every ImageObject field and attribute', async () => {
    const tag = 'news-photo-credit';
    const el = await mountFor(tag);
    for (const [field, make] of IMAGE_FIELDS) {
      totals.fields++;
      for (const [i, payload] of payloads.entries()) await renderAndCheck(tag, el, make(payload), `image.${field} = payload ${i}`, 'image');
    }
    await attributeRound(tag, el, baseArticle().image, 'image');
    await afterDust();
  });

  it('inline JSON and src carry the same payloads to the same safe result', async () => {
    for (const [i, payload] of payloads.entries()) {
      const doc = baseArticle();
      doc['headline'] = payload;
      (doc['image'] as Json)['url'] = payload;
      const json = JSON.stringify(doc);
      // Inline: the publisher's own <script type="application/json"> child.
      const inline = document.createElement('news-article-card') as NewsEl;
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      inline.append(script);
      container().append(inline);
      await settleDeep(inline);
      totals.renders++;
      // src: the same document over HTTP (the corpus's longest strings do not fit in a URL).
      const fetched = document.createElement('news-article-card') as NewsEl;
      const src = apiUrl({ body: json });
      if (src.length < 12_000) {
        fetched.setAttribute('src', src);
        container().append(fetched);
        await new Promise<void>((resolve) => {
          const done = () => resolve();
          fetched.addEventListener('news-load', done, { once: true });
          fetched.addEventListener('news-error', done, { once: true });
        });
        await settleDeep(fetched);
        totals.renders++;
      }
      for (const el of [inline, fetched]) {
        const unsafe = unsafeRendering(el, Array.from(el.children));
        expect(unsafe, `payload ${i}`).to.deep.equal([]);
      }
      if (fetched.isConnected) {
        expect(fetched.state, `payload ${i}: src and inline agree`).to.equal(inline.state);
        expect(visibleText(fetched), `payload ${i}: src and inline agree`).to.equal(visibleText(inline));
      }
      expect(hits, `payload ${i}`).to.deep.equal([]);
      inline.remove();
      fetched.remove();
    }
    totals.fields += 2;
    await afterDust();
  });
});
