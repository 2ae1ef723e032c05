import { expect } from '@open-wc/testing';
import {
  isParsedArticle,
  MAX_FEED_ITEMS,
  parseArticle,
  parseFeed,
  type Feed,
  type ParseError,
  type ParseResult,
} from '../../src/article/index.js';
import { REQUIRED, TEXT, URL_MESSAGE, NO_OFFSET, NOT_REAL, UNREADABLE, NOT_ARTICLE, NOT_FEED, DUPLICATE, expectOk, expectErrors } from './support.js';

const BASE = 'https://news.example/feeds/trending.json';
const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

function article(slug: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: `https://news.example/world/${slug}`,
    headline: `Headline ${slug}`,
    datePublished: '2024-07-11T10:15:00+02:00',
    ...extra,
  };
}

const parse = (input: unknown) => parseFeed(input, { baseUrl: BASE });
const headlines = (feed: Feed) => feed.items.map((item) => item.headline);

describe('parseFeed() — the trending fixture', () => {
  it('parses to 10 items in order, named "Trending Now", with no warnings', async () => {
    const url = new URL('../fixtures/trending-feed.json', import.meta.url);
    const json = (await (await fetch(url)).json()) as { items: Array<{ headline: string; url: string }> };
    const { value, warnings } = expectOk(parseFeed(json, { baseUrl: url.href }));
    expect(warnings).to.deep.equal([]);
    expect(value.name).to.equal('Trending Now');
    expect(value.items).to.have.length(10);
    expect(headlines(value)).to.deep.equal(json.items.map((item) => item.headline));
    expect(value.items.map((item) => item.url)).to.deep.equal(json.items.map((item) => item.url));
    expect(value.items[0]!.headline).to.equal("NATO Accuses China of Aiding Russia's War Efforts");
    expect(value.items[0]!.image).to.deep.equal({
      url: new URL('../fixtures/seed-hero.png', import.meta.url).href,
      width: 960,
      height: 540,
      alt: '',
    });
    expect(value.items[9]!.labels).to.deep.equal(['opinion']);
    for (const item of value.items) {
      expect(item.datePublished).to.be.instanceOf(Date);
      expect(isParsedArticle(item)).to.equal(true);
      expect(Object.isFrozen(item)).to.equal(true);
    }
  });
});

describe('parseFeed() — shapes', () => {
  it('accepts an array of articles', () => {
    const { value, warnings } = expectOk(parse([article('a'), article('b')]));
    expect(warnings).to.deep.equal([]);
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b']);
    expect(value).to.not.have.property('name');
  });

  it('accepts {name, items} and {title, items}, cleaning the name', () => {
    expect(expectOk(parse({ name: '  Most \n read ', items: [article('a')] })).value.name).to.equal('Most read');
    expect(expectOk(parse({ title: 'Latest', items: [article('a')] })).value.name).to.equal('Latest');
  });

  it('accepts JSON-LD articles in a feed (typed, in @graph, loose author/image)', () => {
    const { value, warnings } = expectOk(parse({
      items: [
        { '@context': 'https://schema.org', '@type': 'OpinionNewsArticle', ...article('a'), author: 'Hanne Vig', image: 'a.png' },
        { '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', ...article('b') }] },
      ],
    }));
    expect(warnings).to.deep.equal([]);
    expect(value.items[0]!.labels).to.deep.equal(['opinion']);
    expect(value.items[0]!.author).to.deep.equal([{ name: 'Hanne Vig' }]);
    expect(value.items[0]!.image).to.deep.equal({ url: 'https://news.example/feeds/a.png' });
    expect(value.items[1]!.headline).to.equal('Headline b');
  });

  it('accepts a schema.org ItemList and ranks ListItems by position', () => {
    const { value, warnings } = expectOk(parse({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'Most read',
      itemListElement: [
        { '@type': 'ListItem', position: 3, item: article('c') },
        { '@type': 'ListItem', position: 1, item: { '@type': 'NewsArticle', ...article('a') } },
        { '@type': 'ListItem', position: '2', item: article('b') },
      ],
    }));
    expect(warnings).to.deep.equal([]);
    expect(value.name).to.equal('Most read');
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b', 'Headline c']);
  });

  it('keeps document order for equal or missing positions', () => {
    const { value } = expectOk(parse({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 2, item: article('x') },
        { '@type': 'ListItem', position: 2, item: article('y') },
        { '@type': 'ListItem', position: 1, item: article('z') },
      ],
    }));
    expect(headlines(value)).to.deep.equal(['Headline z', 'Headline x', 'Headline y']);
  });

  it('unwraps list items that leave out `@type: ListItem` ({position, item})', () => {
    const { value, warnings } = expectOk(parse({
      '@type': 'ItemList',
      itemListElement: [
        { position: 2, item: article('b') },
        { position: 1, item: { '@type': 'NewsArticle', ...article('a') } },
        { position: 3, item: article('c', { datePublished: '2024-02-30T10:15:00Z' }) },
      ],
    }));
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b']);
    expect(warnings).to.deep.equal([{ path: 'itemListElement[2].item.datePublished', message: NOT_REAL }]);
  });

  it('reads a null or empty position as missing (document order), not as position 0', () => {
    const { value } = expectOk(parse({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: article('a') },
        { '@type': 'ListItem', position: null, item: article('b') },
        { position: '', item: article('c') },
      ],
    }));
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b', 'Headline c']);
  });

  it('does not unwrap `item` inside an element typed as something else', () => {
    const result = parse({
      '@type': 'ItemList',
      itemListElement: [{ '@type': 'NewsArticle', ...article('a'), item: article('b') }],
    });
    expect(result.ok && headlines(result.value)).to.deep.equal(['Headline a']);
  });

  it('accepts an ItemList whose elements are the articles themselves', () => {
    const { value } = expectOk(parse({ '@type': 'ItemList', itemListElement: [article('a'), { '@type': 'NewsArticle', ...article('b') }] }));
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b']);
  });

  it('reports ItemList item errors at itemListElement[i].item.<field>, using the source index', () => {
    const { value, warnings } = expectOk(parse({
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 2, item: article('b') },
        { '@type': 'ListItem', position: 1, item: article('a') },
        { '@type': 'ListItem', position: 3, item: article('c', { datePublished: 'last Tuesday' }) },
      ],
    }));
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b']);
    expect(warnings).to.deep.equal([{ path: 'itemListElement[2].item.datePublished', message: UNREADABLE }]);
  });

  it('finds an ItemList inside @graph and prefixes paths with @graph[i]', () => {
    const { value, warnings } = expectOk(parse({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Home' },
        {
          '@type': 'ItemList',
          name: 'Trending',
          itemListElement: [
            { '@type': 'ListItem', position: 1, item: article('a') },
            { '@type': 'ListItem', position: 2, item: article('b', { headline: '' }) },
            { '@type': 'ListItem', position: 3, item: article('c', { author: [{ name: 'X', url: 'javascript:alert(1)' }] }) },
          ],
        },
      ],
    }));
    expect(value.name).to.equal('Trending');
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline c']);
    expect(warnings).to.deep.equal([
      { path: '@graph[1].itemListElement[1].item.headline', message: TEXT },
      { path: '@graph[1].itemListElement[2].item.author[0].url', message: URL_MESSAGE },
    ]);
  });

  it('maps a JSON Feed 1.1 document onto articles', () => {
    const { value, warnings } = expectOk(parse({
      version: JSON_FEED_VERSION,
      title: 'Trending Now',
      home_page_url: 'https://news.example/',
      items: [
        {
          id: 'nato-1',
          url: 'https://news.example/world/nato',
          title: '  NATO Accuses China ',
          summary: 'The dek.',
          content_html: '<p>ignored</p>',
          date_published: '2024-07-11T10:15:00+02:00',
          date_modified: '2024-07-11T12:00:00+02:00',
          authors: [{ name: 'Kathrine Frich', url: '/authors/kf', avatar: 'kf.png' }],
          image: 'hero.png',
          language: 'da-dk',
        },
      ],
    }));
    expect(warnings).to.deep.equal([]);
    expect(value.name).to.equal('Trending Now');
    const item = value.items[0]!;
    expect(item.id).to.equal('nato-1');
    expect(item.url).to.equal('https://news.example/world/nato');
    expect(item.headline).to.equal('NATO Accuses China');
    expect(item.description).to.equal('The dek.');
    expect(item.datePublished!.getTime()).to.equal(Date.parse('2024-07-11T10:15:00+02:00'));
    expect(item.dateModified?.getTime()).to.equal(Date.parse('2024-07-11T12:00:00+02:00'));
    expect(item.author).to.deep.equal([{ name: 'Kathrine Frich', url: 'https://news.example/authors/kf', image: 'https://news.example/feeds/kf.png' }]);
    expect(item.image).to.deep.equal({ url: 'https://news.example/feeds/hero.png' });
    expect(item.inLanguage).to.equal('da-DK');
  });

  it('accepts JSON Feed 1.0 with a single author and banner_image', () => {
    const { value } = expectOk(parse({
      version: 'https://jsonfeed.org/version/1',
      items: [{ id: '1', url: 'https://news.example/a', title: 'A', date_published: '2024-07-11T08:15:00Z', author: { name: 'Mads Holm' }, banner_image: 'https://cdn.example/b.png' }],
    }));
    expect(value.items[0]!.author).to.deep.equal([{ name: 'Mads Holm' }]);
    expect(value.items[0]!.image).to.deep.equal({ url: 'https://cdn.example/b.png' });
  });

  it('reads null JSON Feed fields (author, authors, summary, image, title of the feed) as absent, without warnings', () => {
    const { value, warnings } = expectOk(parse({
      version: JSON_FEED_VERSION,
      title: null,
      items: [
        { id: '1', url: 'https://news.example/a', title: 'A', date_published: '2024-07-11T08:15:00Z', author: null, summary: null, image: null },
        { id: '2', url: 'https://news.example/b', title: 'B', date_published: '2024-07-11T08:15:00Z', authors: null, language: null },
      ],
    }));
    expect(warnings).to.deep.equal([]);
    expect(value).to.not.have.property('name');
    expect(value.items.map((i) => i.author)).to.deep.equal([[], []]);
  });

  it('reports JSON Feed problems with JSON Feed key names', () => {
    const good = { id: '0', url: 'https://news.example/0', title: 'Zero', date_published: '2024-07-11T08:15:00Z' };
    const { value, warnings } = expectOk(parse({
      version: JSON_FEED_VERSION,
      items: [
        { ...good, summary: 42, language: 'en_US', authors: [{ name: 'A', url: 'javascript:alert(1)' }, { url: 'https://x.example/' }] },
        { id: '1', url: 'https://news.example/1', date_published: '2024-07-11T08:15:00Z' },
        { id: '2', url: 'https://news.example/2', title: 'Two', date_published: '2024-07-11T10:15:99' },
        { id: '3', title: '', date_published: '2024-07-11T08:15:00Z' },
        { id: '4', url: 'https://news.example/4', title: 'Four', date_published: '2024-07-11T08:15:00Z', date_modified: 'yesterday' },
        'not an item',
      ],
    }));
    expect(value.items.map((i) => i.id)).to.deep.equal(['0', '4']);
    expect(warnings).to.deep.equal([
      { path: 'items[1].title', message: REQUIRED },
      { path: 'items[2].date_published', message: NOT_REAL },
      { path: 'items[3].url', message: REQUIRED },
      { path: 'items[3].title', message: TEXT },
      { path: 'items[5]', message: NOT_ARTICLE },
      { path: 'items[0].authors[0].url', message: URL_MESSAGE },
      { path: 'items[0].authors[1].name', message: TEXT },
      { path: 'items[0].summary', message: TEXT },
      { path: 'items[0].language', message: 'expected a BCP 47 language tag such as en or da-DK' },
      { path: 'items[4].date_modified', message: UNREADABLE },
    ]);
  });
});

describe('parseFeed() — JSON Feed as publishers write it', () => {
  const item = (n: number, extra: Record<string, unknown> = {}) => ({
    id: `https://news.example/${n}`,
    url: `https://news.example/${n}`,
    title: `Item ${n}`,
    date_published: '2024-07-11T08:15:00Z',
    ...extra,
  });

  it('gives items without authors the feed’s (1.1 `authors`, 1.0 `author`), and keeps their own', () => {
    const v11 = expectOk(parse({ version: JSON_FEED_VERSION, authors: [{ name: 'Desk' }], items: [item(1), item(2, { authors: [{ name: 'Own' }] })] }));
    expect(v11.value.items.map((i) => i.author)).to.deep.equal([[{ name: 'Desk' }], [{ name: 'Own' }]]);
    const v10 = expectOk(parse({ version: 'https://jsonfeed.org/version/1', author: { name: 'Curt', url: 'https://news.example/about' }, items: [item(1)] }));
    expect(v10.value.items[0]!.author).to.deep.equal([{ name: 'Curt', url: 'https://news.example/about' }]);
  });

  it('reads the summary, else the text, as the headline of an untitled item (microblogs)', () => {
    const { value, warnings } = expectOk(parse({
      version: JSON_FEED_VERSION,
      items: [item(1, { title: undefined, summary: 'A short post' }), item(2, { title: '', content_text: 'Only text' }), item(3, { title: undefined })],
    }));
    expect(headlines(value)).to.deep.equal(['A short post', 'Only text']);
    expect(value.items[0]).to.not.have.property('description');
    expect(warnings).to.deep.equal([{ path: 'items[2].title', message: REQUIRED }]);
  });

  it('takes an http(s) id as the url of an item without one', () => {
    const { value } = expectOk(parse({ version: JSON_FEED_VERSION, items: [item(1, { url: undefined })] }));
    expect(value.items[0]!.url).to.equal('https://news.example/1');
    expect(expectErrors(parse({ version: JSON_FEED_VERSION, items: [item(2, { url: undefined, id: 'tag:2' })] }))).to.deep.equal([
      { path: 'items[0].url', message: REQUIRED },
    ]);
  });

  it('keeps an undated item (dates are optional in JSON Feed), without a date and with a warning', () => {
    const { value, warnings } = expectOk(parse({ version: JSON_FEED_VERSION, items: [item(1, { date_published: undefined }), item(2)] }));
    expect(headlines(value)).to.deep.equal(['Item 1', 'Item 2']);
    expect(value.items[0]).to.not.have.property('datePublished');
    expect(Object.isFrozen(value.items[0])).to.equal(true);
    expect(isParsedArticle(value.items[0])).to.equal(false);
    expect(warnings).to.deep.equal([{ path: 'items[0].date_published', message: 'is missing: the item is shown without a time' }]);
  });

  it('keeps the undated items of a feed it parsed already (`list.feed = parseFeed(x).value`)', () => {
    const { value } = expectOk(parse({ version: JSON_FEED_VERSION, items: [item(1, { date_published: undefined }), item(2)] }));
    const again = expectOk(parseFeed(value));
    expect(headlines(again.value)).to.deep.equal(['Item 1', 'Item 2']);
    expect(again.warnings).to.deep.equal([{ path: 'items[0].datePublished', message: 'is missing: the item is shown without a time' }]);
    // A feed written by hand still needs its dates.
    const written = parseFeed({ items: [{ url: 'https://news.example/a', headline: 'A' }] });
    expect(written.ok).to.equal(false);
  });

  it('reads dates without an offset in the given time zone, else UTC, with a warning', () => {
    const feed = { version: 'https://jsonfeed.org/version/1', items: [item(1, { date_published: '2018-01-06T08:00' })] };
    const utc = expectOk(parse(feed));
    expect(utc.value.items[0]!.datePublished!.toISOString()).to.equal('2018-01-06T08:00:00.000Z');
    expect(utc.warnings).to.deep.equal([{ path: 'items[0].date_published', message: NO_OFFSET }]);
    const la = expectOk(parseFeed(feed, { baseUrl: BASE, timeZone: 'America/Los_Angeles' }));
    expect(la.value.items[0]!.datePublished!.toISOString()).to.equal('2018-01-06T16:00:00.000Z');
    expect(la.warnings).to.deep.equal([{ path: 'items[0].date_published', message: 'has no time-zone offset: read as America/Los_Angeles time' }]);
  });

  it('decodes character references and removes tags in titles, summaries and names', () => {
    const { value } = expectOk(parse({
      version: JSON_FEED_VERSION,
      title: 'Caf&eacute; &amp; more',
      items: [item(1, { title: 'Retailers&#8217; <em>battle</em>', summary: '<p>The dek.</p>', authors: [{ name: 'Ren&eacute;e' }] })],
    }));
    expect(value.name).to.equal('Café & more');
    expect(value.items[0]!.headline).to.equal('Retailers’ battle');
    expect(value.items[0]!.description).to.equal('The dek.');
    expect(value.items[0]!.author).to.deep.equal([{ name: 'Renée' }]);
  });
});

describe('parseFeed() — dropping, capping, failing', () => {
  it('drops unusable items from an array, keeping their errors as warnings at [i] paths', () => {
    const { value, warnings } = expectOk(parse([article('a'), { headline: 'No url or date' }, 42, article('b')]));
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b']);
    expect(warnings).to.deep.equal([
      { path: '[1].url', message: REQUIRED },
      { path: '[1].datePublished', message: REQUIRED },
      { path: '[2]', message: NOT_ARTICLE },
    ]);
  });

  it('drops an item without headline at items[3].headline', () => {
    const items = [article('a'), article('b'), article('c'), article('d', { headline: undefined })];
    const { value, warnings } = expectOk(parse({ items }));
    expect(value.items).to.have.length(3);
    expect(warnings).to.deep.equal([{ path: 'items[3].headline', message: REQUIRED }]);
  });

  it('fails when it had items and none was usable, with every error', () => {
    expect(expectErrors(parse({ items: [{}, 'x', article('c', { url: 'javascript:alert(1)' })] }))).to.deep.equal([
      { path: 'items[0].url', message: REQUIRED },
      { path: 'items[0].headline', message: REQUIRED },
      { path: 'items[0].datePublished', message: REQUIRED },
      { path: 'items[1]', message: NOT_ARTICLE },
      { path: 'items[2].url', message: URL_MESSAGE },
    ]);
  });

  const EMPTY: Array<[string, unknown]> = [
    ['an empty array', []],
    ['{items: []}', { name: 'Nothing yet', items: [] }],
    ['an empty ItemList', { '@type': 'ItemList', itemListElement: [] }],
    ['an empty JSON Feed', { version: JSON_FEED_VERSION, title: 'T', items: [] }],
  ];
  for (const [name, input] of EMPTY) {
    it(`accepts ${name} as an empty feed`, () => {
      const { value, warnings } = expectOk(parse(input));
      expect(value.items).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
    });
  }

  const CAPPED: Array<[string, (items: unknown[]) => unknown, string]> = [
    ['an array', (items) => items, '$'],
    ['{items}', (items) => ({ items }), 'items'],
    ['an ItemList', (items) => ({ '@type': 'ItemList', itemListElement: items }), 'itemListElement'],
  ];
  for (const [name, wrap, path] of CAPPED) {
    it(`keeps the first ${MAX_FEED_ITEMS} items of ${name} and warns at ${path}`, () => {
      const items = Array.from({ length: MAX_FEED_ITEMS + 50 }, (_, i) => article(`n${i}`));
      const { value, warnings } = expectOk(parse(wrap(items)));
      expect(value.items).to.have.length(MAX_FEED_ITEMS);
      expect(value.items[MAX_FEED_ITEMS - 1]!.headline).to.equal(`Headline n${MAX_FEED_ITEMS - 1}`);
      expect(warnings).to.deep.equal([{ path, message: `only the first ${MAX_FEED_ITEMS} items are kept` }]);
    });
  }

  it('drops duplicate urls (the default id) with a warning at the duplicate', () => {
    const { value, warnings } = expectOk(parse({ items: [article('a'), article('b'), article('a', { headline: 'Again' })] }));
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline b']);
    expect(warnings).to.deep.equal([{ path: 'items[2]', message: DUPLICATE }]);
  });

  it('drops duplicate explicit ids but keeps equal urls with different ids', () => {
    const { value, warnings } = expectOk(parse([
      article('a', { id: 'x' }),
      article('b', { id: 'x' }),
      article('a', { id: 'y' }),
    ]));
    expect(value.items.map((i) => i.id)).to.deep.equal(['x', 'y']);
    expect(warnings).to.deep.equal([{ path: '[1]', message: DUPLICATE }]);
  });

  it('drops duplicate JSON Feed ids at items[i]', () => {
    const item = { id: '1', url: 'https://news.example/1', title: 'One', date_published: '2024-07-11T08:15:00Z' };
    const { value, warnings } = expectOk(parse({ version: JSON_FEED_VERSION, items: [item, { ...item, url: 'https://news.example/2' }] }));
    expect(value.items).to.have.length(1);
    expect(warnings).to.deep.equal([{ path: 'items[1]', message: DUPLICATE }]);
  });

  it('resolves relative item URLs against baseUrl', () => {
    const { value } = expectOk(parse([{ ...article('a'), url: '../world/a', image: { url: 'img/a.png' } }]));
    expect(value.items[0]!.url).to.equal('https://news.example/world/a');
    expect(value.items[0]!.image?.url).to.equal('https://news.example/feeds/img/a.png');
  });

  it('accepts already-parsed articles and an already-parsed feed', () => {
    const first = expectOk(parse({ name: 'N', items: [article('a'), article('b')] })).value;
    const again = expectOk(parse(first));
    expect(again.warnings).to.deep.equal([]);
    expect(again.value.name).to.equal('N');
    expect(again.value.items[0]).to.equal(first.items[0]);
    const single = parseArticle(article('c'), { baseUrl: BASE });
    expect(expectOk(parse([single.ok && single.value])).value.items[0]).to.equal(single.ok && single.value);
  });
});

describe('parseFeed() — not a feed, and hostile input', () => {
  const NOT_FEEDS: Array<[string, unknown, ParseError[]]> = [
    ['undefined', undefined, [{ path: '$', message: NOT_FEED }]],
    ['null', null, [{ path: '$', message: NOT_FEED }]],
    ['a number', 42, [{ path: '$', message: NOT_FEED }]],
    ['a string', '[]', [{ path: '$', message: NOT_FEED }]],
    ['an empty object', {}, [{ path: '$', message: NOT_FEED }]],
    ['a single article', article('a'), [{ path: '$', message: NOT_FEED }]],
    ['items that is not an array', { items: 'a,b' }, [{ path: 'items', message: 'expected an array' }]],
    ['items: null', { items: null }, [{ path: 'items', message: 'expected an array' }]],
    ['an ItemList without a list', { '@type': 'ItemList', itemListElement: {} }, [{ path: 'itemListElement', message: 'expected an array' }]],
    ['a JSON Feed without items', { version: JSON_FEED_VERSION, title: 'T' }, [{ path: 'items', message: 'expected an array' }]],
  ];
  for (const [name, input, errors] of NOT_FEEDS) {
    it(`fails on ${name}`, () => {
      expect(expectErrors(parse(input))).to.deep.equal(errors);
    });
  }

  it('drops an item with a throwing getter and keeps the others', () => {
    const hostile = {
      ...article('b'),
      get headline(): string {
        throw new Error('boom');
      },
    };
    const { value, warnings } = expectOk(parse({ items: [article('a'), hostile, article('c')] }));
    expect(headlines(value)).to.deep.equal(['Headline a', 'Headline c']);
    expect(warnings).to.deep.equal([{ path: 'items[1]', message: 'could not be read (Error: boom)' }]);
  });

  it('never throws on a Proxy feed whose traps throw', () => {
    const hostile = new Proxy({}, { get: () => { throw new Error('get'); }, has: () => { throw new Error('has'); } });
    let result: ParseResult<Feed> | undefined;
    expect(() => (result = parse(hostile))).to.not.throw();
    expect(expectErrors(result!)).to.deep.equal([{ path: '$', message: 'could not be read (Error: get)' }]);
  });

  it('never throws on a revoked Proxy feed or items', () => {
    const { proxy, revoke } = Proxy.revocable([article('a')], {});
    revoke();
    expect(() => parse(proxy)).to.not.throw();
    expect(parse(proxy).ok).to.equal(false);
    const item = Proxy.revocable(article('b'), {});
    item.revoke();
    const { value, warnings } = expectOk(parse([article('a'), item.proxy]));
    expect(value.items).to.have.length(1);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.path).to.equal('[1]');
  });

  it('returns frozen items that isParsedArticle recognises, with markup reduced to its text', () => {
    const { value } = expectOk(parse([article('a', { headline: '<b>Storm</b> &amp; <img src=x onerror=alert(1)>floods' })]));
    expect(value.items[0]!.headline).to.equal('Storm & floods');
    expect(isParsedArticle(value.items[0])).to.equal(true);
    expect(Object.isFrozen(value.items[0])).to.equal(true);
  });
});
