import { expect } from '@open-wc/testing';
import {
  isParsedArticle,
  LABELS,
  MAX_LENGTH,
  MAX_LIST,
  parseArticle,
  type Article,
  type ParseError,
  type ParseResult,
} from '../../src/article/index.js';
import { URL_MESSAGE, TEXT, REQUIRED, NUMBER, NO_OFFSET, NOT_REAL, NOT_ARTICLE, NOT_STRING, expectOk, expectErrors, valid } from './support.js';

const BASE = 'https://news.example/world/index.json';

function fixtureUrl(name: string): URL {
  return new URL(`../fixtures/${name}`, import.meta.url);
}

async function loadFixture(name: string): Promise<{ json: unknown; url: URL }> {
  const url = fixtureUrl(name);
  const response = await fetch(url);
  return { json: await response.json(), url };
}

const parse = (input: unknown) => parseArticle(input, { baseUrl: BASE });

describe('parseArticle() — the seed fixtures', () => {
  it('parses the canonical seed with no errors and no warnings', async () => {
    const { json, url } = await loadFixture('seed-article.json');
    const result = parseArticle(json, { baseUrl: url.href });
    const { value, warnings } = expectOk(result);
    expect(warnings).to.deep.equal([]);
    expect(value.headline).to.equal("NATO Accuses China of Aiding Russia's War Efforts");
    expect(value.url).to.equal('https://news.example/world/nato-accuses-china-of-aiding-russias-war-efforts');
    expect(value.id).to.equal(value.url);
    expect(value.author).to.deep.equal([{ name: 'Kathrine Frich', url: 'https://news.example/authors/kathrine-frich' }]);
    expect(value.datePublished).to.be.instanceOf(Date);
    expect(value.datePublished.getTime()).to.equal(Date.parse('2024-07-11T10:15:00+02:00'));
    expect(value.image?.caption).to.equal(
      "NATO Secretary General Jens Stoltenberg voiced strong concerns about China's support for Russia",
    );
    expect(value.image?.creditText).to.equal('Shutterstock');
    expect(value.image?.url).to.equal(fixtureUrl('seed-hero.png').href);
    expect(value.image?.width).to.equal(960);
    expect(value.image?.height).to.equal(540);
    expect(value.image?.alt).to.equal('Jens Stoltenberg at a lectern in front of NATO flags');
    expect(value.wordCount).to.equal(278);
    expect(value.articleSection).to.equal('World');
    expect(value.inLanguage).to.equal('en');
    expect(value.labels).to.deep.equal([]);
    expect(value.publisher).to.deep.equal({ name: 'News Example', url: 'https://news.example/' });
  });

  it('the seed image URL really points at the local hero image', async () => {
    const { json, url } = await loadFixture('seed-article.json');
    const { value } = expectOk(parseArticle(json, { baseUrl: url.href }));
    const response = await fetch(value.image!.url);
    expect(response.ok).to.equal(true);
    expect(response.headers.get('content-type')).to.contain('image/png');
  });

  it('parses the JSON-LD seed (@graph, mainEntityOfPage, string author, image array) to the same article', async () => {
    const canonical = await loadFixture('seed-article.json');
    const jsonLd = await loadFixture('seed-article.jsonld.json');
    const a = expectOk(parseArticle(canonical.json, { baseUrl: canonical.url.href })).value;
    const { value: b, warnings } = expectOk(parseArticle(jsonLd.json, { baseUrl: jsonLd.url.href }));
    expect(warnings).to.deep.equal([]);
    expect(b.headline).to.equal(a.headline);
    expect(b.url).to.equal(a.url);
    expect(b.author.map((p) => p.name)).to.deep.equal(a.author.map((p) => p.name));
    expect(b.datePublished.getTime()).to.equal(a.datePublished.getTime());
    expect(b.image?.url).to.equal(a.image?.url);
    expect(b.image?.caption).to.equal(a.image?.caption);
    expect(b.image?.creditText).to.equal(a.image?.creditText);
    expect(b.image?.width).to.equal(960);
    expect(b.image?.height).to.equal(540);
    expect(b.wordCount).to.equal(278);
    expect(b.articleSection).to.equal('World');
    expect(b.publisher).to.deep.equal({ name: 'News Example', url: 'https://news.example/', logo: 'https://news.example/logo.png' });
  });

  it('returns a deeply frozen article that isParsedArticle recognises, and passes it through unchanged', async () => {
    const { json, url } = await loadFixture('seed-article.json');
    const { value } = expectOk(parseArticle(json, { baseUrl: url.href }));
    expect(Object.isFrozen(value)).to.equal(true);
    expect(Object.isFrozen(value.author)).to.equal(true);
    expect(Object.isFrozen(value.author[0])).to.equal(true);
    expect(Object.isFrozen(value.labels)).to.equal(true);
    expect(Object.isFrozen(value.image)).to.equal(true);
    expect(Object.isFrozen(value.publisher)).to.equal(true);
    expect(() => {
      (value.image as { url: string }).url = 'javascript:alert(1)';
    }).to.throw(TypeError);
    expect(value.image?.url).to.equal(fixtureUrl('seed-hero.png').href);
    expect(isParsedArticle(value)).to.equal(true);
    expect(isParsedArticle({ ...value })).to.equal(false);
    expect(isParsedArticle(json)).to.equal(false);
    expect(isParsedArticle(null)).to.equal(false);
    const again = parseArticle(value);
    expect(again).to.deep.equal({ ok: true, value, warnings: [] });
    expect(again.ok && again.value).to.equal(value);
  });
});

// [case, input, exact errors]
const REQUIRED_CASES: Array<[string, unknown, ParseError[]]> = [
  [
    'an empty object',
    {},
    [
      { path: 'url', message: REQUIRED },
      { path: 'headline', message: REQUIRED },
      { path: 'datePublished', message: REQUIRED },
    ],
  ],
  ['missing url', { headline: 'H', datePublished: valid.datePublished }, [{ path: 'url', message: REQUIRED }]],
  ['url: null', { ...valid, url: null }, [{ path: 'url', message: REQUIRED }]],
  ['url: []', { ...valid, url: [] }, [{ path: 'url', message: REQUIRED }]],
  ['url: javascript:', { ...valid, url: 'javascript:alert(1)' }, [{ path: 'url', message: URL_MESSAGE }]],
  [
    'mainEntityOfPage: javascript:',
    { headline: 'H', datePublished: valid.datePublished, mainEntityOfPage: 'javascript:alert(1)' },
    [{ path: 'mainEntityOfPage', message: URL_MESSAGE }],
  ],
  [
    'mainEntityOfPage WebPage without @id',
    { headline: 'H', datePublished: valid.datePublished, mainEntityOfPage: { '@type': 'WebPage' } },
    [{ path: 'url', message: REQUIRED }],
  ],
  ['missing headline', { url: valid.url, datePublished: valid.datePublished }, [{ path: 'headline', message: REQUIRED }]],
  ['headline: null', { ...valid, headline: null }, [{ path: 'headline', message: REQUIRED }]],
  ['headline: ""', { ...valid, headline: '' }, [{ path: 'headline', message: TEXT }]],
  ['blank headline', { ...valid, headline: ' \n\t\u3000 ' }, [{ path: 'headline', message: TEXT }]],
  ['headline of control characters', { ...valid, headline: '\u0000\u0007\u009b' }, [{ path: 'headline', message: TEXT }]],
  ['headline of bidi overrides', { ...valid, headline: '\u202e\u2066\u202c' }, [{ path: 'headline', message: TEXT }]],
  ['headline of zero-width characters', { ...valid, headline: '\u200b\u200b\ufeff\u2060' }, [{ path: 'headline', message: TEXT }]],
  ['headline: number', { ...valid, headline: 42 }, [{ path: 'headline', message: TEXT }]],
  ['headline: array', { ...valid, headline: ['A headline'] }, [{ path: 'headline', message: TEXT }]],
  ['headline: object', { ...valid, headline: { toString: () => 'A headline' } }, [{ path: 'headline', message: TEXT }]],
  ['name: "" (no headline)', { url: valid.url, name: '', datePublished: valid.datePublished }, [{ path: 'name', message: TEXT }]],
];

describe('parseArticle() — required fields', () => {
  for (const [name, input, errors] of REQUIRED_CASES) {
    it(`fails on ${name}`, () => {
      expect(expectErrors(parse(input))).to.deep.equal(errors);
    });
  }

  // A copy of a parsed article (Svelte's $state, structuredClone, a spread) carries Date objects.
  it('reads a valid Date as the date it is, and refuses an invalid one', () => {
    const when = new Date('2024-07-11T08:15:00Z');
    const copy = expectOk(parse({ ...valid, datePublished: when, dateModified: new Date('2024-07-11T09:00:00Z') }));
    expect(copy.value.datePublished.toISOString()).to.equal('2024-07-11T08:15:00.000Z');
    expect(copy.value.dateModified!.toISOString()).to.equal('2024-07-11T09:00:00.000Z');
    const clone = expectOk(parse(structuredClone(expectOk(parse(valid)).value)));
    expect(clone.value.datePublished.getTime()).to.equal(Date.parse(valid.datePublished));
    expect(expectErrors(parse({ ...valid, datePublished: new Date('not a date') }))).to.deep.equal([{ path: 'datePublished', message: NOT_STRING }]);
  });

  it('accepts name for headline and mainEntityOfPage (string or WebPage @id) for url', () => {
    const a = expectOk(parse({ name: 'Named', mainEntityOfPage: '/world/a', datePublished: valid.datePublished }));
    expect(a.value.headline).to.equal('Named');
    expect(a.value.url).to.equal('https://news.example/world/a');
    const b = expectOk(parse({ headline: 'H', mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://news.example/b' }, datePublished: valid.datePublished }));
    expect(b.value.url).to.equal('https://news.example/b');
  });

  it('prefers headline over name and url over mainEntityOfPage', () => {
    const { value } = expectOk(parse({ ...valid, name: 'Page title - Site', mainEntityOfPage: 'https://news.example/other' }));
    expect(value.headline).to.equal('A headline');
    expect(value.url).to.equal(valid.url);
  });

  it('fills defaults: id = url, labels = [], author = []', () => {
    const { value, warnings } = expectOk(parse(valid));
    expect(warnings).to.deep.equal([]);
    expect(value).to.deep.equal({
      id: valid.url,
      url: valid.url,
      headline: 'A headline',
      datePublished: new Date('2024-07-11T08:15:00Z'),
      labels: [],
      author: [],
    });
  });

  it('ignores unknown fields', () => {
    const { value, warnings } = expectOk(parse({ ...valid, articleBody: 'x'.repeat(1000), __proto__x: 1, foo: { bar: 1 } }));
    expect(warnings).to.deep.equal([]);
    expect(value).to.not.have.property('foo');
    expect(value).to.not.have.property('articleBody');
  });
});

describe('parseArticle() — JSON-LD variants', () => {
  it('accepts @context and @type present', () => {
    const { value, warnings } = expectOk(parse({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...valid }));
    expect(warnings).to.deep.equal([]);
    expect(value.headline).to.equal('A headline');
  });

  it('accepts @type with a schema: or https://schema.org/ prefix, and as an array', () => {
    for (const type of ['schema:NewsArticle', 'https://schema.org/NewsArticle', 'http://schema.org/Article', ['NewsArticle', 'CreativeWork'], 'BlogPosting', 'ReportageNewsArticle']) {
      expect(parse({ '@type': type, ...valid }).ok, JSON.stringify(type)).to.equal(true);
    }
  });

  const TYPE_LABELS: Array<[unknown, unknown, string[]]> = [
    ['OpinionNewsArticle', undefined, ['opinion']],
    ['AnalysisNewsArticle', undefined, ['analysis']],
    ['LiveBlogPosting', undefined, ['live']],
    ['https://schema.org/OpinionNewsArticle', undefined, ['opinion']],
    [['NewsArticle', 'AnalysisNewsArticle'], undefined, ['analysis']],
    ['LiveBlogPosting', ['breaking', 'live', 'sponsored'], ['sponsored', 'live', 'breaking']],
    ['NewsArticle', [' Opinion ', 'BREAKING'], ['breaking', 'opinion']],
  ];
  for (const [type, labels, expected] of TYPE_LABELS) {
    it(`labels ${JSON.stringify(type)} + ${JSON.stringify(labels)} as ${expected.join(', ')}`, () => {
      const { value, warnings } = expectOk(parse({ '@type': type, ...valid, labels }));
      expect(warnings).to.deep.equal([]);
      expect(value.labels).to.deep.equal(expected);
    });
  }

  const NOT_ARTICLE_TYPES: Array<[unknown, string]> = [
    ['Organization', 'Organization'],
    [['Thing', 'Person'], 'Thing, Person'],
    ['https://schema.org/Recipe', 'Recipe'],
  ];
  for (const [type, named] of NOT_ARTICLE_TYPES) {
    it(`fails on @type ${JSON.stringify(type)} at path "@type"`, () => {
      expect(expectErrors(parse({ '@type': type, ...valid }))).to.deep.equal([
        { path: '@type', message: `expected NewsArticle or another Article type, got ${named}` },
      ]);
    });
  }

  it('finds the NewsArticle inside @graph and reports paths from the document root', () => {
    const doc = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': valid.url, name: 'Page' },
        { '@type': 'Organization', name: 'News Example' },
        { '@type': 'NewsArticle', ...valid, author: [{ name: 'A', url: 'vbscript:x' }] },
      ],
    };
    const { value, warnings } = expectOk(parse(doc));
    expect(value.headline).to.equal('A headline');
    expect(warnings).to.deep.equal([{ path: '@graph[2].author[0].url', message: URL_MESSAGE }]);
  });

  it('fails at @graph[1].headline when the graph’s article has no headline', () => {
    const doc = { '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', url: valid.url, datePublished: valid.datePublished }] };
    expect(expectErrors(parse(doc))).to.deep.equal([{ path: '@graph[1].headline', message: REQUIRED }]);
  });

  it('fails at @graph when the graph holds no article and no usable WebPage', () => {
    const doc = { '@graph': [{ '@type': 'WebPage', name: 'Page', url: valid.url }, { '@type': 'Organization' }] };
    expect(expectErrors(parse(doc))).to.deep.equal([{ path: '@graph', message: 'no NewsArticle (or other Article type) found' }]);
  });

  it('reads a top-level array of JSON-LD nodes (several ld+json blocks) with [i] paths', () => {
    const ok = expectOk(parse([{ '@type': 'WebSite' }, { '@type': 'NewsArticle', ...valid }]));
    expect(ok.value.headline).to.equal('A headline');
    expect(expectErrors(parse([{ '@type': 'WebSite' }, { '@type': 'NewsArticle', ...valid, datePublished: '2024-13-01' }]))).to.deep.equal([
      { path: '[1].datePublished', message: NOT_REAL },
    ]);
    expect(expectErrors(parse([valid]))).to.deep.equal([{ path: '$', message: 'no NewsArticle (or other Article type) found' }]);
  });

  // [case, author, expected authors, expected warnings]
  const AUTHORS: Array<[string, unknown, unknown[], ParseError[]]> = [
    ['a string', 'Kathrine Frich', [{ name: 'Kathrine Frich' }], []],
    ['a Person', { '@type': 'Person', name: 'Kathrine Frich', jobTitle: 'Correspondent', url: '/authors/kf' }, [{ name: 'Kathrine Frich', jobTitle: 'Correspondent', url: 'https://news.example/authors/kf' }], []],
    ['an array of strings and Persons', ['A', { name: 'B', image: { '@type': 'ImageObject', url: 'b.jpg' } }], [{ name: 'A' }, { name: 'B', image: 'https://news.example/world/b.jpg' }], []],
    ['a Person with a javascript: url', [{ name: 'A', url: 'javascript:alert(1)' }], [{ name: 'A' }], [{ path: 'author[0].url', message: URL_MESSAGE }]],
    ['a single Person with a data: image', { name: 'A', image: 'data:image/png;base64,AAAA' }, [{ name: 'A' }], [{ path: 'author.image', message: URL_MESSAGE }]],
    ['a Person without a name', [{ '@type': 'Person', url: 'https://news.example/a' }, 'B'], [{ name: 'B' }], [{ path: 'author[0].name', message: TEXT }]],
    ['a Person with a blank name', [{ name: ' \u200b ' }], [], [{ path: 'author[0].name', message: TEXT }]],
    ['an empty string among names', ['', 'B'], [{ name: 'B' }], [{ path: 'author[0]', message: TEXT }]],
    ['a number', [42], [], [{ path: 'author[0]', message: 'expected a name or a Person object' }]],
    ['a Person with an empty jobTitle', [{ name: 'A', jobTitle: '' }], [{ name: 'A' }], [{ path: 'author[0].jobTitle', message: TEXT }]],
  ];
  for (const [name, author, expected, warnings] of AUTHORS) {
    it(`reads author as ${name}`, () => {
      const result = expectOk(parse({ ...valid, author }));
      expect(result.value.author).to.deep.equal(expected);
      expect(result.warnings).to.deep.equal(warnings);
    });
  }

  it(`keeps the first ${MAX_LIST} authors and warns at author`, () => {
    const author = Array.from({ length: MAX_LIST + 5 }, (_, i) => ({ name: `Author ${i}` }));
    const { value, warnings } = expectOk(parse({ ...valid, author }));
    expect(value.author).to.have.length(MAX_LIST);
    expect(value.author[MAX_LIST - 1]!.name).to.equal(`Author ${MAX_LIST - 1}`);
    expect(warnings).to.deep.equal([{ path: 'author', message: `only the first ${MAX_LIST} are kept` }]);
  });

  // [case, image, expected image (or undefined), expected warnings]
  const IMAGES: Array<[string, unknown, unknown, ParseError[]]> = [
    ['a URL string', 'hero.png', { url: 'https://news.example/world/hero.png' }, []],
    ['an ImageObject with url', { '@type': 'ImageObject', url: '/hero.png', width: 960, height: 540 }, { url: 'https://news.example/hero.png', width: 960, height: 540 }, []],
    ['an ImageObject with contentUrl', { contentUrl: 'https://cdn.example/h.png' }, { url: 'https://cdn.example/h.png' }, []],
    ['numeric-string dimensions', { url: 'h.png', width: '960', height: '540px' }, { url: 'https://news.example/world/h.png', width: 960, height: 540 }, []],
    [
      'QuantitativeValue dimensions',
      { url: 'h.png', width: { '@type': 'QuantitativeValue', value: 960, unitCode: 'E37' }, height: { value: '540' } },
      { url: 'https://news.example/world/h.png', width: 960, height: 540 },
      [],
    ],
    ['fractional dimensions (rounded)', { url: 'h.png', width: 959.6, height: 540.2 }, { url: 'https://news.example/world/h.png', width: 960, height: 540 }, []],
    ['an array: the first usable wins', ['javascript:alert(1)', { url: 'ftp://x.example/a.png' }, { url: 'b.png' }, 'c.png'], { url: 'https://news.example/world/b.png' }, [
      { path: 'image[0]', message: URL_MESSAGE },
      { path: 'image[1].url', message: URL_MESSAGE },
    ]],
    ['a javascript: string', 'javascript:alert(1)', undefined, [{ path: 'image', message: URL_MESSAGE }]],
    ['a data: url', { url: 'data:image/svg+xml,<svg onload=alert(1)>' }, undefined, [{ path: 'image.url', message: URL_MESSAGE }]],
    ['an ImageObject without url', { width: 960, height: 540 }, undefined, [{ path: 'image.url', message: REQUIRED }]],
    ['url: null', { url: null, caption: 'c' }, undefined, [{ path: 'image.url', message: REQUIRED }]],
    ['a number', 42, undefined, [{ path: 'image', message: 'expected an image URL or an ImageObject' }]],
    ['an unusable width', { url: 'h.png', width: 'wide', height: 0 }, { url: 'https://news.example/world/h.png' }, [
      { path: 'image.width', message: NUMBER },
      { path: 'image.height', message: NUMBER },
    ]],
    ['a decorative (empty) alt', { url: 'h.png', alt: '' }, { url: 'https://news.example/world/h.png', alt: '' }, []],
    ['a blank alt (decorative)', { url: 'h.png', alt: '  \u200b' }, { url: 'https://news.example/world/h.png', alt: '' }, []],
    ['a non-string alt', { url: 'h.png', alt: 5 }, { url: 'https://news.example/world/h.png' }, [{ path: 'image.alt', message: TEXT }]],
    ['a MediaObject caption', { url: 'h.png', caption: { '@type': 'MediaObject', text: '  Cap  ' } }, { url: 'https://news.example/world/h.png', caption: 'Cap' }, []],
    ['an empty caption and creditText', { url: 'h.png', caption: '', creditText: ' ' }, { url: 'https://news.example/world/h.png' }, [
      { path: 'image.caption', message: TEXT },
      { path: 'image.creditText', message: TEXT },
    ]],
    ['a javascript: license', { url: 'h.png', license: 'javascript:alert(1)', acquireLicensePage: '/license' }, { url: 'https://news.example/world/h.png', acquireLicensePage: 'https://news.example/license' }, [
      { path: 'image.license', message: URL_MESSAGE },
    ]],
    ['a srcset', { url: 'h.png', srcset: [{ url: 'h-480.png', width: 480 }, { url: 'h-960.png', width: '960' }] }, {
      url: 'https://news.example/world/h.png',
      srcset: [{ url: 'https://news.example/world/h-480.png', width: 480 }, { url: 'https://news.example/world/h-960.png', width: 960 }],
    }, []],
    ['a srcset URL with a comma', { url: 'h.png', srcset: [{ url: 'a,b.png', width: 480 }] }, { url: 'https://news.example/world/h.png' }, [
      { path: 'image.srcset[0].url', message: 'must not contain commas or spaces' },
    ]],
    ['a srcset candidate without url', { url: 'h.png', srcset: [{ width: 480 }] }, { url: 'https://news.example/world/h.png' }, [
      { path: 'image.srcset[0].url', message: REQUIRED },
    ]],
    ['a srcset candidate without width', { url: 'h.png', srcset: [{ url: 'a.png' }] }, { url: 'https://news.example/world/h.png' }, [
      { path: 'image.srcset[0].width', message: NUMBER },
    ]],
    ['a srcset string', { url: 'h.png', srcset: 'a.png 480w' }, { url: 'https://news.example/world/h.png' }, [
      { path: 'image.srcset', message: 'expected an array of {url, width}' },
    ]],
  ];
  for (const [name, image, expected, warnings] of IMAGES) {
    it(`reads image as ${name}`, () => {
      const result = expectOk(parse({ ...valid, image }));
      expect(result.value.image).to.deep.equal(expected);
      if (expected === undefined) expect(result.value).to.not.have.property('image');
      expect(result.warnings).to.deep.equal(warnings);
    });
  }
});

describe('parseArticle() — optional fields', () => {
  // [case, patch, expected warnings, field that must be absent or [field, expected value]]
  const OPTIONAL: Array<[string, Record<string, unknown>, ParseError[], string | [string, unknown]]> = [
    ['labels with an unknown label', { labels: ['opinion', 'exclusive'] }, [{ path: 'labels[1]', message: `expected one of ${LABELS.join(', ')}` }], ['labels', ['opinion']]],
    ['labels as a string', { labels: 'live' }, [{ path: 'labels', message: `expected an array of ${LABELS.join(', ')}` }], ['labels', []]],
    ['inLanguage with an underscore', { inLanguage: 'en_US' }, [{ path: 'inLanguage', message: 'expected a BCP 47 language tag such as en or da-DK' }], 'inLanguage'],
    ['inLanguage in lower case', { inLanguage: 'da-dk' }, [], ['inLanguage', 'da-DK']],
    ['inLanguage as a Language node', { inLanguage: { '@type': 'Language', name: 'English', alternateName: 'en' } }, [], ['inLanguage', 'en']],
    ['wordCount 0', { wordCount: 0 }, [{ path: 'wordCount', message: NUMBER }], 'wordCount'],
    ['wordCount negative', { wordCount: -5 }, [{ path: 'wordCount', message: NUMBER }], 'wordCount'],
    ['wordCount text', { wordCount: 'many' }, [{ path: 'wordCount', message: NUMBER }], 'wordCount'],
    ['wordCount as a numeric string', { wordCount: ' 278 ' }, [], ['wordCount', 278]],
    ['wordCount fractional', { wordCount: 277.6 }, [], ['wordCount', 278]],
    ['dateModified without offset (read as UTC)', { dateModified: '2024-07-11T12:00:00' }, [{ path: 'dateModified', message: NO_OFFSET }], ['dateModified', new Date('2024-07-11T12:00:00Z')]],
    ['dateModified that is no date', { dateModified: '2024-07-11T12:60:00Z' }, [{ path: 'dateModified', message: NOT_REAL }], 'dateModified'],
    ['description as a number', { description: 42 }, [{ path: 'description', message: TEXT }], 'description'],
    ['an empty kicker', { kicker: '' }, [{ path: 'kicker', message: TEXT }], 'kicker'],
    ['articleSection as an array', { articleSection: ['World', 'Politics'] }, [], ['articleSection', 'World']],
    ['an empty id (falls back to url)', { id: '' }, [{ path: 'id', message: TEXT }], ['id', valid.url]],
    ['publisher without a name', { publisher: { url: 'https://news.example/' } }, [{ path: 'publisher.name', message: TEXT }], 'publisher'],
    ['publisher as a name', { publisher: 'News Example' }, [], ['publisher', { name: 'News Example' }]],
    ['publisher with a javascript: logo', { publisher: { name: 'N', logo: { '@type': 'ImageObject', url: 'javascript:alert(1)' } } }, [{ path: 'publisher.logo', message: URL_MESSAGE }], ['publisher', { name: 'N' }]],
    ['publisher as a number', { publisher: 7 }, [{ path: 'publisher', message: 'expected a name or an Organization object' }], 'publisher'],
  ];
  for (const [name, patch, warnings, check] of OPTIONAL) {
    it(`handles ${name}`, () => {
      const result = expectOk(parse({ ...valid, ...patch }));
      expect(result.warnings).to.deep.equal(warnings);
      if (typeof check === 'string') expect(result.value).to.not.have.property(check);
      else expect((result.value as unknown as Record<string, unknown>)[check[0]]).to.deep.equal(check[1]);
    });
  }

  it('treats every null optional field as absent, without warnings', () => {
    const nulls = {
      id: null,
      description: null,
      articleSection: null,
      kicker: null,
      labels: null,
      inLanguage: null,
      dateModified: null,
      image: null,
      wordCount: null,
      author: null,
      publisher: null,
    };
    const { value, warnings } = expectOk(parse({ ...valid, ...nulls }));
    expect(warnings).to.deep.equal([]);
    expect(value).to.deep.equal(expectOk(parse(valid)).value);
  });

  it('treats null optional image and person fields as absent, without warnings', () => {
    const image = { url: 'https://news.example/a.jpg', width: null, height: null, alt: null, caption: null, creditText: null, copyrightNotice: null, license: null, acquireLicensePage: null, srcset: null };
    const author = { name: 'Ada', url: null, jobTitle: null, image: null };
    const publisher = { name: 'Daily', url: null, logo: null };
    const { value, warnings } = expectOk(parse({ ...valid, image, author: [author], publisher }));
    expect(warnings).to.deep.equal([]);
    expect(value.image).to.deep.equal({ url: 'https://news.example/a.jpg' });
    expect(value.author).to.deep.equal([{ name: 'Ada' }]);
    expect(value.publisher).to.deep.equal({ name: 'Daily' });
  });
});

describe('parseArticle() — hostile strings', () => {
  it(`caps a 1 MB headline at ${MAX_LENGTH.headline} characters with an ellipsis`, () => {
    const { value, warnings } = expectOk(parse({ ...valid, headline: 'A'.repeat(1 << 20) }));
    expect(warnings).to.deep.equal([]);
    expect(value.headline).to.have.length(MAX_LENGTH.headline);
    expect(value.headline.endsWith('A…')).to.equal(true);
  });

  it('caps every text field to its limit, also when the text is words', () => {
    const long = 'word '.repeat(100_000);
    const { value } = expectOk(parse({ ...valid, description: long, articleSection: long, author: [{ name: long, jobTitle: long }], image: { url: 'h.png', caption: long, creditText: long } }));
    expect(value.description!.length).to.be.at.most(MAX_LENGTH.description);
    expect(value.description!.endsWith('word…')).to.equal(true);
    expect(value.articleSection!.length).to.be.at.most(MAX_LENGTH.short);
    expect(value.author[0]!.name.length).to.be.at.most(MAX_LENGTH.name);
    expect(value.author[0]!.jobTitle!.length).to.be.at.most(MAX_LENGTH.short);
    expect(value.image!.caption!.length).to.be.at.most(MAX_LENGTH.caption);
    expect(value.image!.creditText!.length).to.be.at.most(MAX_LENGTH.short);
  });

  it('never cuts inside a surrogate pair when capping', () => {
    for (const headline of ['😀'.repeat(1000), `a${'😀'.repeat(1000)}`]) {
      const { value } = expectOk(parse({ ...valid, headline }));
      expect(value.headline.length).to.be.at.most(MAX_LENGTH.headline);
      expect(value.headline.endsWith('…')).to.equal(true);
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(value.headline), 'lone surrogate').to.equal(false);
    }
  });

  const TEXTS: Array<[string, string, string]> = [
    ['markup is reduced to its text', '<p>NATO <em>Accuses</em> <img src=x onerror=alert(1)>China</p>', 'NATO Accuses China'],
    ['block tags separate words', '<p>One</p><p>Two</p><br>Three<li>Four', 'One Two Three Four'],
    ['scripts, styles and comments go with their content', '<script>alert(1)</script>Storm<style>b{}</style><!-- x --> & more', 'Storm & more'],
    ['character references are decoded (named, decimal, hex)', 'Tom &amp; Jerry&#8217;s &#x2019;caf&eacute;&#39; &lt;3', 'Tom & Jerry’s ’café\' <3'],
    ['text escaped twice is decoded', 'retailers&amp;#8217; battle &amp;lt;b&amp;gt;over&amp;lt;/b&amp;gt;', 'retailers’ battle over'],
    ['legacy references without a semicolon are decoded', '&copy 2024 Fish &amp Chips', '© 2024 Fish & Chips'],
    ['a < or & that starts nothing stays', 'Rates < 5% and 3<4 at AT&T & R&D', 'Rates < 5% and 3<4 at AT&T & R&D'],
    ['unknown names and bad numbers stay or become U+FFFD', '&nosuchname; &#0; &#xD800; &#1114112;', '&nosuchname; \ufffd \ufffd \ufffd'],
    ['numeric references to C1 controls read as Windows-1252', '&#150; &#147;quoted&#148; &#128;5', '– “quoted” €5'],
    ['decoded bidi overrides and controls are still removed', 'Invoice &#x202e;gpj.exe&#7;', 'Invoice gpj.exe'],
    ['whitespace is trimmed and collapsed', '  NATO \n\t Accuses\u00a0\u00a0China\u2028 ', 'NATO Accuses China'],
    ['controls are removed', 'NA\u0000TO\u0007 Accuses\u001b[31m China\u0085', 'NATO Accuses[31m China'],
    ['bidi overrides are removed', '\u202eNATO\u202c \u202aAccuses\u202b \u202dChina\u2066 Aids\u2067 Russia\u2068\u2069', 'NATO Accuses China Aids Russia'],
    ['the RLO filename trick is neutralised', 'Invoice \u202egpj.exe', 'Invoice gpj.exe'],
    ['zero-width characters at the ends are trimmed', '\u200b\ufeffNATO Accuses\u200b\u2060', 'NATO Accuses'],
    ['zero-width joiners inside text are kept (emoji sequences)', 'Coders 👩\u200d💻 meet', 'Coders 👩\u200d💻 meet'],
    ['right-to-left text is kept', 'مرحبا بالعالم', 'مرحبا بالعالم'],
  ];
  for (const [name, input, expected] of TEXTS) {
    it(`${name}`, () => {
      const { value } = expectOk(parse({ ...valid, headline: input, description: input }));
      expect(value.headline).to.equal(expected);
      expect(value.description).to.equal(expected);
    });
  }
});

describe('parseArticle() — never throws', () => {
  const NON_OBJECTS: Array<[string, unknown]> = [
    ['undefined', undefined],
    ['null', null],
    ['0', 0],
    ['NaN', Number.NaN],
    ['a number', 42],
    ['an empty string', ''],
    ['a URL string', 'https://news.example/a'],
    ['a JSON string', JSON.stringify(valid)],
    ['true', true],
    ['a symbol', Symbol('article')],
    ['a bigint', 10n],
    ['a function', () => valid],
  ];
  for (const [name, input] of NON_OBJECTS) {
    it(`fails at $ for ${name}`, () => {
      expect(expectErrors(parse(input))).to.deep.equal([{ path: '$', message: NOT_ARTICLE }]);
    });
  }

  it('fails at $ for an empty array', () => {
    expect(expectErrors(parse([]))).to.deep.equal([{ path: '$', message: 'no NewsArticle (or other Article type) found' }]);
  });

  it('survives a throwing getter', () => {
    const input = {
      url: valid.url,
      get headline(): string {
        throw new Error('boom');
      },
      datePublished: valid.datePublished,
    };
    const errors = expectErrors(parse(input));
    expect(errors).to.have.length(1);
    expect(errors[0]!.path).to.equal('$');
    expect(errors[0]!.message).to.equal('could not be read (Error: boom)');
  });

  it('survives a Proxy whose traps all throw', () => {
    const hostile = new Proxy({}, {
      get: () => { throw new Error('get'); },
      has: () => { throw new Error('has'); },
      ownKeys: () => { throw new Error('ownKeys'); },
      getPrototypeOf: () => { throw new Error('proto'); },
    });
    let result: ParseResult<Article> | undefined;
    expect(() => (result = parse(hostile))).to.not.throw();
    expect(expectErrors(result!)[0]!.path).to.equal('$');
    expect(isParsedArticle(hostile)).to.equal(false);
  });

  it('survives a revoked Proxy', () => {
    const { proxy, revoke } = Proxy.revocable({ ...valid }, {});
    revoke();
    let result: ParseResult<Article> | undefined;
    expect(() => (result = parse(proxy))).to.not.throw();
    expect(expectErrors(result!)).to.have.length(1);
    expect(expectErrors(result!)[0]!.path).to.equal('$');
  });

  it('never returns a javascript: URL from a Proxy that answers differently each time', () => {
    for (let start = 0; start < 4; start++) {
      let reads = start;
      const shifty = new Proxy({ ...valid }, {
        get: (target, key) => (key === 'url' ? (reads++ % 2 ? 'javascript:alert(1)' : 'https://news.example/ok') : Reflect.get(target, key)),
      });
      const result = parse(shifty);
      if (result.ok) expect(result.value.url).to.equal('https://news.example/ok');
      else expect(result.errors).to.deep.equal([{ path: 'url', message: URL_MESSAGE }]);
    }
  });

  it('survives values whose toString throws and cyclic references', () => {
    const evil = { toString: () => { throw new Error('nope'); }, valueOf: () => { throw new Error('nope'); } };
    const cyclic: Record<string, unknown> = { ...valid, headline: evil };
    cyclic['author'] = cyclic;
    cyclic['image'] = [cyclic];
    const errors = expectErrors(parse(cyclic));
    expect(errors).to.deep.equal([{ path: 'headline', message: TEXT }]);
    const ok = expectOk(parse({ ...cyclic, headline: 'fine' }));
    expect(ok.value.author).to.deep.equal([]);
    // The cyclic image entry is read as an ImageObject whose url is the article's own url.
    expect(ok.value.image).to.deep.equal({ url: valid.url });
    expect(ok.warnings).to.deep.equal([{ path: 'author.name', message: TEXT }]);
  });

  it('survives a very deeply nested array', () => {
    let deep: unknown = [valid];
    for (let i = 0; i < 200_000; i++) deep = [deep];
    let result: ParseResult<Article> | undefined;
    expect(() => (result = parse(deep))).to.not.throw();
    expect(expectErrors(result!)[0]!.path).to.equal('$');
  });

  // Measured as work, not time: the parser looks at no more of a huge list than it keeps, so its
  // cost does not grow with the list (a busy machine's wall clock cannot fail this).
  it('survives a huge author list without slowing down', () => {
    const length = 100_000;
    let reads = 0;
    let names = 0;
    const author = new Proxy(
      Array.from({ length }, (_, i) => ({
        get name() {
          names++;
          return `A${i}`;
        },
      })),
      {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      },
    );
    const { value, warnings } = expectOk(parse({ ...valid, author }));
    expect(value.author).to.have.length(MAX_LIST);
    expect(value.author[MAX_LIST - 1]!.name).to.equal(`A${MAX_LIST - 1}`);
    expect(warnings).to.deep.include({ path: 'author', message: `only the first ${MAX_LIST} are kept` });
    expect(reads, 'list entries read').to.be.at.most(2 * MAX_LIST);
    expect(names, 'names read').to.be.at.most(2 * MAX_LIST);
  });
});
