// fast-check generators for what publishers actually send: the real field names of the article
// shape (and of JSON-LD, ItemList and JSON Feed) holding anything at all — good values most of
// the time, so plenty of runs render, and hostile or nonsensical ones the rest of the time.
import fc from 'fast-check';

/** Strings editors and attackers put in fields. Each that could run code sets `__fuzz`. */
const HOSTILE = [
  '',
  ' ',
  '\n\t\r',
  '\u00a0\u2028\u2029',
  '\u200b',
  '\u200b\u200c\u200d\ufeff\u2060',
  '\u202eevil\u202c',
  '\u2066isolate\u2069',
  '\u0000\u0001\u001f\u007f\u0085\u009f',
  '\ud800',
  '\udfff lone',
  '💥'.repeat(260),
  'é'.repeat(450),
  'x'.repeat(5000),
  'a b'.repeat(1000),
  '<script>window.__fuzz=1</script>',
  '<img src=x onerror="window.__fuzz=1">',
  '<svg onload=window.__fuzz=1>',
  '"><iframe srcdoc="<script>parent.__fuzz=1</script>">',
  'javascript:window.__fuzz=1',
  ' JaVaScRiPt:window.__fuzz=1',
  'java\tscript:window.__fuzz=1',
  'java\nscript:window.__fuzz=1',
  '\u0001javascript:window.__fuzz=1',
  'javascript&colon;window.__fuzz=1',
  'javascript%3Awindow.__fuzz=1',
  'vbscript:msgbox(1)',
  'data:text/html,<script>parent.__fuzz=1</script>',
  'data:image/svg+xml,<svg onload="parent.__fuzz=1"/>',
  'blob:https://news.example/1',
  'file:///etc/passwd',
  'about:blank',
  'url(javascript:window.__fuzz=1)',
  'expression(window.__fuzz=1)',
  '{{constructor.constructor("window.__fuzz=1")()}}',
  '${window.__fuzz=1}',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  '-1',
  '1e400',
  '0x10',
  'null',
  'undefined',
  '[object Object]',
  '&lt;b&gt;&amp;&quot;',
  '%00%0a%0d',
];

export const hostileString: fc.Arbitrary<string> = fc.constantFrom(...HOSTILE);

/** Any string: ASCII, full Unicode code units (lone surrogates too), graphemes, hostile, long. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.string({ minLength: 300, maxLength: 2500 }) },
);

/** A value the field did not expect: anything JSON can hold, and things only JavaScript can. */
const scalar: fc.Arbitrary<unknown> = fc.oneof(
  anyString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** Objects that fight back: throwing getters, revoked and throwing proxies, cycles, odd prototypes. */
const hostileObject: fc.Arbitrary<unknown> = fc
  .constantFrom<() => unknown>(
    () => ({
      get url(): string {
        throw new Error('getter says no');
      },
      headline: 'Getter trap',
      datePublished: '2024-07-11T10:15:00+02:00',
    }),
    // fast-check itself probes generated values for a symbol-keyed clone method, so these traps
    // fight only string keys; a revoked proxy (which refuses everything) hides behind getters.
    () =>
      new Proxy(
        {},
        {
          get(target, key) {
            if (typeof key === 'symbol') return Reflect.get(target, key);
            throw new Error('proxy get');
          },
          has(target, key) {
            if (typeof key === 'symbol') return Reflect.has(target, key);
            throw new Error('proxy has');
          },
          ownKeys() {
            throw new Error('proxy keys');
          },
        },
      ),
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return {
        url: 'https://news.example/revoked',
        headline: 'Revoked',
        datePublished: '2024-07-11T10:15:00Z',
        get author() {
          return proxy;
        },
        get image() {
          return [proxy];
        },
        get items() {
          return [proxy, proxy];
        },
      };
    },
    () => {
      const cyclic: Record<string, unknown> = { url: 'https://news.example/cycle', headline: 'Cycle', datePublished: '2024-07-11T10:15:00Z' };
      cyclic['author'] = cyclic;
      cyclic['image'] = cyclic;
      cyclic['publisher'] = cyclic;
      cyclic['@graph'] = [cyclic];
      cyclic['items'] = [cyclic];
      return cyclic;
    },
    () => Object.assign(Object.create(null), { url: 'https://news.example/null-proto', headline: 'No prototype', datePublished: '2024-07-11T10:15:00Z' }),
    () => Object.assign(Object.create({ headline: 'inherited' }), { url: 'https://news.example/inherited', datePublished: '2024-07-11T10:15:00Z' }),
    () => ({ toString: () => { throw new Error('toString'); }, valueOf: () => { throw new Error('valueOf'); } }),
    () => ({ [Symbol.toPrimitive]: () => { throw new Error('toPrimitive'); }, url: 'https://news.example/p', headline: 'P', datePublished: '2024-07-11T10:15:00Z' }),
    () => Object.freeze({ url: 'https://news.example/frozen', headline: 'Frozen', datePublished: '2024-07-11T10:15:00Z', author: Object.freeze(['A']) }),
    () => new Date(NaN),
    () => new Map([['url', 'https://news.example/map']]),
    () => Symbol('s'),
    () => 10n ** 30n,
    () => () => 'a function',
    () => new Uint8Array([1, 2, 3]),
  )
  .map((make) => make());

export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.anything({
      maxDepth: 2,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBigInt: true,
    }),
  },
  { weight: 1, arbitrary: hostileObject },
);

const goodUrl = fc.oneof(
  fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }),
  fc.constantFrom('https://news.example/world/story', 'http://news.example/a?b=1#c', '/relative/path', 'story.html', '//news.example/proto-relative'),
);

export const urlish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: goodUrl },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'HTTPS://NEWS.EXAMPLE/UPPER',
      'http://user:pass@news.example/',
      'https://news.example/with space,comma',
      'ftp://news.example/x',
      'mailto:a@news.example',
      'tel:+4512345678',
      'ws://news.example/socket',
      'http://[::1]/',
      'http://0x7f.1/',
      'https://xn--nxasmq6b.example/',
      'https://news.example/' + 'x'.repeat(3000),
      'http:',
      'https:/news.example',
      '\\\\news.example\\share',
    ),
  },
  { weight: 2, arbitrary: anyString },
  { weight: 1, arbitrary: fc.array(goodUrl, { maxLength: 3 }) },
  { weight: 1, arbitrary: junk },
);

const numberish: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -10, max: 5000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom('960', '960px', ' 12 ', '-1', 'NaN', 'Infinity', '1e400', '0.2', '', '12abc'),
  fc.record({ '@type': fc.constant('QuantitativeValue'), value: fc.oneof(fc.integer(), anyString) }),
  junk,
);

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true })
  .chain((d) =>
    fc.constantFrom('Z', '+02:00', '-05:30', '+0200', '+02', 'z').map((offset) => {
      const iso = d.toISOString().slice(0, 19);
      return offset === 'Z' ? `${iso}Z` : `${iso}${offset}`;
    }),
  );
const recentDate = fc.integer({ min: -2 * 86_400_000, max: 600_000 }).map((ms) => new Date(Date.now() + ms).toISOString());

export const dateish: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: isoDate },
  { weight: 2, arbitrary: recentDate },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2024-07-11T10:15:00+02:00',
      '2024-07-11T10:15:00',
      '2024-07-11',
      '2024-02-30T10:00:00Z',
      '2024-07-11T24:00:00Z',
      '2024-07-11T10:15:00+25:00',
      '2024-07-11 10:15:00.123456789-23:59',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '+275760-09-13T00:00:00Z',
      'Thu, 11 Jul 2024 08:15:00 GMT',
      '1720685700',
      // Forms the readers read, and near misses.
      'Tue Jan 28 15:28:56 CET 2020',
      'Jul.11 - 2024 10:15 AM CET',
      '11.11.2021',
      '05/04/2022',
      '25/12/2024 10:00',
      '2022-5-5 22:17:36',
      'June 31, 2024',
      'Wed, 04 May 2022 25:41:00 GMT',
      '2024-07-11T10:15:00 IST',
      'yesterday',
    ),
  },
  { weight: 1, arbitrary: anyString },
  { weight: 1, arbitrary: junk },
);

// Text as CMSs write it: references (named, numeric, legacy, unknown, escaped twice) and tags.
const MARKUP = fc.constantFrom('&amp;', '&#8217;', '&#x2019;', '&eacute;', '&copy', '&bigcup;', '&nosuch;', '&#0;', '&#99999999;', '&amp;lt;b&amp;gt;', '<p>', '</p>', '<b>', '<br/>', '<script>x()</script>', '<!-- c -->', '<', '&', ' ');
const markup = fc.array(fc.oneof(MARKUP, fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));

const text = (good: fc.Arbitrary<string> = fc.string({ minLength: 1, maxLength: 80 })): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 3, arbitrary: anyString }, { weight: 1, arbitrary: markup }, { weight: 1, arbitrary: junk });

const person = fc.oneof(
  { weight: 3, arbitrary: fc.record({ '@type': fc.constant('Person'), name: text(), url: urlish, jobTitle: text(), image: fc.oneof(urlish, fc.record({ url: urlish })) }, { requiredKeys: ['name'] }) },
  { weight: 2, arbitrary: anyString },
  { weight: 1, arbitrary: junk },
);

export const imageLike: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        '@type': fc.constant('ImageObject'),
        url: urlish,
        contentUrl: urlish,
        width: numberish,
        height: numberish,
        alt: text(),
        caption: fc.oneof(text(), fc.record({ text: text() })),
        creditText: text(),
        copyrightNotice: text(),
        license: urlish,
        acquireLicensePage: urlish,
        srcset: fc.oneof(
          { weight: 3, arbitrary: fc.array(fc.oneof(fc.record({ url: urlish, width: numberish }, { requiredKeys: [] }), junk), { maxLength: 25 }) },
          { weight: 1, arbitrary: junk },
        ),
      },
      { requiredKeys: ['url'] },
    ),
  },
  { weight: 2, arbitrary: urlish },
  { weight: 1, arbitrary: junk },
);

const TYPES = ['NewsArticle', 'Article', 'OpinionNewsArticle', 'AnalysisNewsArticle', 'LiveBlogPosting', 'BlogPosting', 'schema:NewsArticle', 'https://schema.org/NewsArticle', 'Person', 'WebPage', 'ItemList'];

/** One article as a publisher might send it: the real field names holding anything. */
export const articleLike: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    '@context': fc.oneof(fc.constantFrom('https://schema.org', 'http://schema.org/'), junk),
    '@type': fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TYPES) }, { weight: 1, arbitrary: fc.array(fc.constantFrom(...TYPES), { maxLength: 3 }) }, { weight: 1, arbitrary: junk }),
    url: fc.oneof({ weight: 3, arbitrary: goodUrl }, { weight: 1, arbitrary: urlish }),
    mainEntityOfPage: fc.oneof(urlish, fc.record({ '@type': fc.constant('WebPage'), '@id': urlish })),
    id: text(),
    headline: fc.oneof({ weight: 3, arbitrary: fc.string({ minLength: 1, maxLength: 120 }) }, { weight: 1, arbitrary: text() }),
    name: text(),
    description: text(),
    articleSection: fc.oneof(text(), fc.array(text(), { maxLength: 3 })),
    kicker: text(),
    labels: fc.oneof(
      { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom('live', 'breaking', 'opinion', 'analysis', 'sponsored', 'LIVE', ' Breaking '), anyString, junk), { maxLength: 30 }) },
      { weight: 1, arbitrary: junk },
    ),
    inLanguage: fc.oneof(
      fc.constantFrom('en', 'da-DK', 'DA-dk', 'he', 'ar-EG', 'zh-Hant-TW', 'en_US', 'x-klingon', 'i-default', 'und', 'tlh', 'qaa'),
      fc.record({ '@type': fc.constant('Language'), alternateName: anyString, name: anyString }),
      anyString,
      junk,
    ),
    datePublished: fc.oneof({ weight: 3, arbitrary: isoDate }, { weight: 1, arbitrary: recentDate }, { weight: 1, arbitrary: dateish }),
    dateModified: dateish,
    author: fc.oneof(
      { weight: 3, arbitrary: fc.array(person, { maxLength: 4 }) },
      { weight: 1, arbitrary: fc.array(person, { minLength: 20, maxLength: 30 }) },
      { weight: 2, arbitrary: person },
    ),
    image: fc.oneof({ weight: 3, arbitrary: imageLike }, { weight: 1, arbitrary: fc.array(imageLike, { maxLength: 4 }) }),
    wordCount: numberish,
    publisher: fc.oneof(
      fc.record({ '@type': fc.constant('Organization'), name: text(), url: urlish, logo: fc.oneof(urlish, fc.record({ url: urlish, contentUrl: urlish }, { requiredKeys: [] })) }, { requiredKeys: [] }),
      fc.array(fc.record({ name: text() }), { maxLength: 2 }),
      anyString,
      junk,
    ),
    extra: junk,
  },
  { requiredKeys: ['url', 'headline', 'datePublished'] },
);

/**
 * A Yoast-style graph: the article's author, image, publisher and page as @id references to other
 * nodes, some of them missing, some pointing back (cycles), some ids hostile.
 */
const idish = fc.oneof(fc.constantFrom('#a', '#p', '#i', '#o', '#page', 'https://news.example/#x', ''), anyString, junk);
const graphLike: fc.Arbitrary<unknown> = fc
  .tuple(articleLike, fc.array(fc.tuple(idish, fc.oneof(articleLike, imageLike, person, junk)), { maxLength: 5 }), fc.boolean())
  .map(([article, extra, cyclic]) => {
    const person: Record<string, unknown> = { '@type': 'Person', '@id': '#a', name: 'Ana', worksFor: { '@id': '#o' } };
    const org: Record<string, unknown> = { '@type': 'Organization', '@id': '#o', name: 'Org', employee: { '@id': '#a' } };
    if (cyclic) person['self'] = person;
    const { url, ...rest } = article;
    return {
      '@context': 'https://schema.org',
      '@graph': [
        { ...rest, '@type': 'NewsArticle', isPartOf: { '@id': '#page' }, author: [{ '@id': '#a' }, { '@id': '#missing' }], image: { '@id': '#i' }, publisher: { '@id': '#o' } },
        { '@type': 'WebPage', '@id': '#page', url },
        person,
        org,
        { '@type': 'ImageObject', '@id': '#i', url: 'https://news.example/i.jpg', caption: 'C' },
        ...extra.map(([id, node]) => {
          // Hostile nodes (throwing getters, proxies) go in as they are: only the parser may read them.
          try {
            return typeof node === 'object' && node !== null && !Array.isArray(node) ? { ...node, '@id': id } : node;
          } catch {
            return node;
          }
        }),
      ],
    };
  });

/** An article alone, or wrapped the ways JSON-LD pages wrap it, or not an article at all. */
export const articleInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: articleLike },
  { weight: 2, arbitrary: articleLike.map((a) => ({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', url: a['url'] }, { ...a, '@type': 'NewsArticle' }] })) },
  { weight: 2, arbitrary: graphLike },
  { weight: 1, arbitrary: articleLike.map((a) => ({ '@type': 'WebPage', url: a['url'], mainEntity: { ...a, '@type': 'Article', url: undefined } })) },
  { weight: 1, arbitrary: fc.array(articleLike, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.record({ '@graph': fc.oneof(fc.array(junk, { maxLength: 3 }), junk) }) },
  { weight: 2, arbitrary: junk },
);

const jsonFeedItem = fc.record(
  {
    id: text(),
    url: urlish,
    title: text(),
    summary: text(),
    date_published: dateish,
    date_modified: dateish,
    language: fc.oneof(fc.constantFrom('en', 'da', 'he'), anyString),
    image: urlish,
    banner_image: urlish,
    authors: fc.array(fc.oneof(fc.record({ name: text(), url: urlish, avatar: urlish }, { requiredKeys: [] }), junk), { maxLength: 3 }),
    author: fc.oneof(fc.record({ name: text() }), junk),
  },
  { requiredKeys: ['url', 'title', 'date_published'] },
);

const items = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: articleLike }, { weight: 1, arbitrary: junk }), { maxLength: 14 }) },
  // Longer than any list shows, and longer than the parser keeps.
  { weight: 1, arbitrary: fc.integer({ min: 95, max: 260 }).map((n) => Array.from({ length: n }, (_, i) => ({ url: `https://news.example/long/${i % 150}`, headline: `Item ${i}`, datePublished: '2024-07-11T10:15:00Z' }))) },
);

/** A generated value as text, whatever it is (junk may throw when made a string). */
const asText = (value: unknown): string => {
  try {
    return String(value);
  } catch {
    return '';
  }
};

/** Anything, as XML character data or raw (which may break the document: then it is refused). */
const xmlText = fc.oneof(
  fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), anyString, markup).map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')),
  fc.oneof(markup, anyString, fc.constantFrom(']]>', '<!ENTITY x "y">', '&x;', '<!DOCTYPE rss>', '\u0000')),
);

/** RSS 2.0 and Atom as text, with arbitrary element contents, dates and attributes. */
const xmlFeed: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(fc.record({ title: xmlText, link: fc.oneof(xmlText, fc.constant('https://news.example/rss/1')), date: fc.oneof(dateish.map(asText), xmlText), creator: xmlText, media: xmlText, credit: xmlText, cdata: fc.boolean() }), { maxLength: 8 })
    .map((items) =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>RSS</title>${items
        .map(
          (i) =>
            `<item><title>${i.cdata ? `<![CDATA[${i.title}]]>` : i.title}</title><link>${i.link}</link><pubDate>${i.date}</pubDate><dc:creator>${i.creator}</dc:creator><media:content url="${i.media.replace(/"/g, '&quot;')}" medium="image"><media:credit>${i.credit}</media:credit></media:content></item>`,
        )
        .join('')}</channel></rss>`,
    ),
  fc
    .array(fc.record({ title: xmlText, href: xmlText, updated: fc.oneof(dateish.map(asText), xmlText), name: xmlText }), { maxLength: 6 })
    .map((entries) => `<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>${entries.map((e) => `<entry><title type="html">${e.title}</title><link href="${e.href.replace(/"/g, '&quot;')}"/><id>urn:x</id><updated>${e.updated}</updated><author><name>${e.name}</name></author></entry>`).join('')}</feed>`),
  fc.oneof(anyString, markup),
);

/** A feed in any of the accepted shapes, holding article-like items, or something else entirely. */
export const feedInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: xmlFeed },
  { weight: 4, arbitrary: items },
  { weight: 4, arbitrary: fc.record({ name: text(), title: text(), items }, { requiredKeys: ['items'] }) },
  {
    weight: 3,
    arbitrary: fc.record({
      '@context': fc.constant('https://schema.org'),
      '@type': fc.constantFrom('ItemList', 'schema:ItemList'),
      name: text(),
      itemListElement: fc.oneof(
        { weight: 5, arbitrary: fc.array(fc.oneof(fc.record({ '@type': fc.constant('ListItem'), position: numberish, item: fc.oneof({ weight: 4, arbitrary: articleLike }, { weight: 1, arbitrary: junk }) }), articleLike, junk), { maxLength: 12 }) },
        { weight: 1, arbitrary: junk },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.record({ '@graph': fc.array(fc.oneof(fc.record({ '@type': fc.constant('ItemList'), itemListElement: fc.array(articleLike, { maxLength: 4 }) }), junk), { maxLength: 3 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      version: fc.oneof({ weight: 4, arbitrary: fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1', 'http://jsonfeed.org/version/1.1/') }, { weight: 1, arbitrary: anyString }),
      title: text(),
      items: fc.oneof({ weight: 5, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: jsonFeedItem }, { weight: 1, arbitrary: junk }), { maxLength: 12 }) }, { weight: 1, arbitrary: junk }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ items: junk }) },
  { weight: 2, arbitrary: junk },
);

/** What the photo credit accepts: an ImageObject, a URL, an article with an image, or junk. */
export const creditInput: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: imageLike },
  { weight: 2, arbitrary: articleLike },
  { weight: 1, arbitrary: fc.record({ headline: text(), image: fc.oneof(imageLike, fc.array(imageLike, { maxLength: 3 })) }, { requiredKeys: [] }) },
);

/** Attributes a publisher might set, to any value. */
export const attributes = (names: readonly string[]): fc.Arbitrary<Record<string, string | null>> => {
  const values: Record<string, fc.Arbitrary<string>> = {
    lang: fc.constantFrom('en', 'da', 'de-DE', 'he', 'ar', 'ja', 'xx-invalid', '', 'EN-gb'),
    dir: fc.constantFrom('rtl', 'ltr', 'auto', 'sideways'),
    'time-zone': fc.constantFrom('Europe/Copenhagen', 'America/New_York', 'UTC', '+05:30', 'Mars/Olympus', ''),
    'date-format': fc.constantFrom("MMM.dd - yyyy hh:mm a 'CET'", 'yyyy-MM-dd', 'PPPPpppp', 'invalid pattern ☃', "'unterminated", 'Y', ''),
    relative: fc.constantFrom('auto', 'always', 'never', 'sometimes'),
    theme: fc.constantFrom('light', 'dark', 'auto', 'neon'),
    layout: fc.constantFrom('stacked', 'horizontal', 'overlay', 'compact', 'diagonal'),
    'headline-level': fc.constantFrom('1', '3', '6', '0', '7', '-1', 'NaN', '2.5', ''),
    max: fc.constantFrom('1', '3', '10', '0', '-5', '1000', 'NaN', ''),
    heading: fc.oneof(fc.constantFrom('Most read', ''), anyString),
    'lead-in': fc.oneof(fc.constantFrom('Written by', ''), anyString),
    variant: fc.constantFrom('below', 'overlay', 'sideways'),
    sizes: fc.constantFrom('100vw', '(min-width: 600px) 50vw, 100vw', 'auto', 'garbage(('),
    'hide-caption': fc.constant(''),
    thumbnails: fc.constant(''),
  };
  const model: Record<string, fc.Arbitrary<string | null>> = {};
  for (const name of names) model[name] = fc.option(values[name] ?? anyString, { nil: null, freq: 2 });
  return fc.record(model) as fc.Arbitrary<Record<string, string | null>>;
};
