import { Validator } from '@cfworker/json-schema';
import { expect } from '@open-wc/testing';
import { parseArticle } from '../../src/article/index.js';

const BASE = 'https://news.example/world/index.json';

const minimal = {
  url: 'https://news.example/world/a',
  headline: 'A headline',
  datePublished: '2024-07-11T10:15:00+02:00',
};

const full = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  id: 'article-1',
  url: 'https://news.example/world/a',
  headline: 'NATO Accuses China of Aiding Russia’s War Efforts',
  description: 'As NATO marks its 75th anniversary…',
  articleSection: 'World',
  kicker: 'NATO summit',
  labels: ['breaking', 'analysis'],
  inLanguage: 'en-GB',
  datePublished: '2024-07-11T10:15:00+02:00',
  dateModified: '2024-07-11T12:30:00.250+02:00',
  author: [
    { name: 'Kathrine Frich', url: 'https://news.example/authors/kf', jobTitle: 'Correspondent', image: 'https://news.example/kf.jpg' },
    { name: 'Mads Holm' },
  ],
  image: {
    url: 'https://news.example/hero.png',
    width: 960,
    height: 540,
    alt: 'Jens Stoltenberg at a lectern',
    caption: 'NATO Secretary General Jens Stoltenberg',
    creditText: 'Shutterstock',
    copyrightNotice: '© Shutterstock',
    license: 'https://news.example/license',
    acquireLicensePage: 'https://news.example/buy',
    srcset: [
      { url: 'https://news.example/hero-480.png', width: 480 },
      { url: 'https://news.example/hero-960.png', width: 960 },
    ],
    focalPoint: { x: 0.5, y: 0.3 },
  },
  wordCount: 278,
  publisher: { name: 'News Example', url: 'https://news.example/', logo: 'https://news.example/logo.png' },
};

const image = { url: 'https://news.example/hero.png', width: 960, height: 540 };
const without = (key: keyof typeof minimal) => Object.fromEntries(Object.entries(minimal).filter(([k]) => k !== key));

/**
 * One table, two judges: the JSON Schema and the parser must agree on every canonical-shape case.
 * The parser drops bad optional fields with a warning, so "parser says valid" means ok and no warnings.
 */
const CASES: Array<[string, unknown, boolean]> = [
  // valid
  ['the minimal article', minimal, true],
  ['a full article using every field', full, true],
  ['a relative url and image url', { ...minimal, url: '/world/a', image: { url: 'hero.png' } }, true],
  ['a protocol-relative url', { ...minimal, url: '//news.example/world/a' }, true],
  ['an http url', { ...minimal, url: 'http://news.example/world/a' }, true],
  ['@type LiveBlogPosting with labels', { ...minimal, '@type': 'LiveBlogPosting', labels: ['live', 'breaking'] }, true],
  ['@type as an array including NewsArticle', { ...minimal, '@type': ['NewsArticle', 'CreativeWork'] }, true],
  ['Z with fractional seconds', { ...minimal, datePublished: '2024-07-11T08:15:00.123Z' }, true],
  ['lower-case t and z', { ...minimal, datePublished: '2024-07-11t08:15:00z' }, true],
  ['a negative offset', { ...minimal, datePublished: '2024-07-11T03:15:00-05:00' }, true],
  ['29 February in a leap year', { ...minimal, datePublished: '2024-02-29T12:00:00Z' }, true],
  ['a decorative image (alt "")', { ...minimal, image: { ...image, alt: '' } }, true],
  ['a headline with markup around its text (the text is read)', { ...minimal, headline: '<b>Bold</b> move <img src=x onerror=alert(1)>' }, true],
  ['a date only (a calendar day)', { ...minimal, datePublished: '2024-07-11' }, true],
  ['a 1 MB headline (capped, not refused)', { ...minimal, headline: 'A'.repeat(1 << 20) }, true],
  ['a headline with a bidi override inside', { ...minimal, headline: '\u202eNATO summit' }, true],
  ['a headline with a zero-width joiner emoji', { ...minimal, headline: 'Coders 👩\u200d💻' }, true],
  ['unknown fields', { ...minimal, articleBody: 'Body', speakable: { '@type': 'SpeakableSpecification' } }, true],
  ['an author with only a name', { ...minimal, author: [{ name: 'Kathrine Frich' }] }, true],
  ['twenty authors', { ...minimal, author: Array.from({ length: 20 }, (_, i) => ({ name: `A${i}` })) }, true],
  ['a srcset', { ...minimal, image: { ...image, srcset: [{ url: 'hero-480.png', width: 480 }] } }, true],
  ['an empty author list', { ...minimal, author: [] }, true],
  ['a focal point', { ...minimal, image: { ...image, focalPoint: { x: 0.5, y: 0.2 } } }, true],
  ['a focal point on the corner', { ...minimal, image: { ...image, focalPoint: { x: 0, y: 1 } } }, true],
  // invalid: required fields
  ['missing url', without('url'), false],
  // invalid: optional fields the parser drops with a warning
  ['a focal point outside the photo', { ...minimal, image: { ...image, focalPoint: { x: 1.5, y: 0.2 } } }, false],
  ['a focal point as strings', { ...minimal, image: { ...image, focalPoint: { x: '0.5', y: '0.2' } } }, false],
  ['a focal point without y', { ...minimal, image: { ...image, focalPoint: { x: 0.5 } } }, false],
  ['a focal point as an array', { ...minimal, image: { ...image, focalPoint: [0.5, 0.2] } }, false],
  ['missing headline', without('headline'), false],
  ['missing datePublished', without('datePublished'), false],
  ['an empty url', { ...minimal, url: '' }, false],
  ['a javascript: url', { ...minimal, url: 'javascript:alert(1)' }, false],
  ['an upper-case JAVASCRIPT: url', { ...minimal, url: 'JAVASCRIPT:alert(1)' }, false],
  ['a javascript: url with a leading space', { ...minimal, url: ' javascript:alert(1)' }, false],
  ['a javascript: url with a tab in the scheme', { ...minimal, url: 'java\tscript:alert(1)' }, false],
  ['a vbscript: url', { ...minimal, url: 'vbscript:msgbox(1)' }, false],
  ['an ftp: url', { ...minimal, url: 'ftp://news.example/a' }, false],
  ['a url with credentials', { ...minimal, url: 'https://user:pass@news.example/a' }, false],
  ['a protocol-relative url with credentials', { ...minimal, url: '//user@news.example/a' }, false],
  ['a url longer than 2048 characters', { ...minimal, url: `https://news.example/${'a'.repeat(2048)}` }, false],
  ['an empty headline', { ...minimal, headline: '' }, false],
  ['a blank headline', { ...minimal, headline: ' \n\t ' }, false],
  ['a headline of control characters', { ...minimal, headline: '\u0001\u0002\u009b' }, false],
  ['a headline of zero-width spaces', { ...minimal, headline: '\u200b\u200b' }, false],
  ['a headline of bidi overrides', { ...minimal, headline: '\u202e\u202c' }, false],
  ['a numeric headline', { ...minimal, headline: 42 }, false],
  ['a date without offset', { ...minimal, datePublished: '2024-07-11T10:15:00' }, false],
  ['a date only that is no day', { ...minimal, datePublished: '2024-02-30' }, false],
  ['30 February', { ...minimal, datePublished: '2024-02-30T10:00:00Z' }, false],
  ['hour 25', { ...minimal, datePublished: '2024-07-11T25:00:00Z' }, false],
  ['hour 24', { ...minimal, datePublished: '2024-07-11T24:00:00Z' }, false],
  ['offset +25:00', { ...minimal, datePublished: '2024-07-11T10:15:00+25:00' }, false],
  ['a numeric date', { ...minimal, datePublished: 1720685700000 }, false],
  ['@type WebPage', { ...minimal, '@type': 'WebPage' }, false],
  ['not an object (array)', [minimal], false],
  ['not an object (string)', JSON.stringify(minimal), false],
  ['null', null, false],
  // invalid: optional fields (the parser drops them with a warning)
  ['a wrong label', { ...minimal, labels: ['exclusive'] }, false],
  ['labels as a string', { ...minimal, labels: 'live' }, false],
  ['an author without name', { ...minimal, author: [{ url: 'https://news.example/a' }] }, false],
  ['an author with an empty name', { ...minimal, author: [{ name: '' }] }, false],
  ['an author that is a number', { ...minimal, author: [42] }, false],
  ['an author with a javascript: url', { ...minimal, author: [{ name: 'A', url: 'javascript:alert(1)' }] }, false],
  ['an author with a data: image', { ...minimal, author: [{ name: 'A', image: 'data:image/png;base64,AAAA' }] }, false],
  ['twenty-one authors', { ...minimal, author: Array.from({ length: 21 }, (_, i) => ({ name: `A${i}` })) }, false],
  ['an empty id', { ...minimal, id: '' }, false],
  ['a numeric description', { ...minimal, description: 42 }, false],
  ['an empty kicker', { ...minimal, kicker: ' ' }, false],
  ['an invalid language tag', { ...minimal, inLanguage: 'en_US' }, false],
  ['a dateModified without offset', { ...minimal, dateModified: '2024-07-11T12:00:00' }, false],
  ['an image without url', { ...minimal, image: { width: 960, height: 540 } }, false],
  ['an image with a data: url', { ...minimal, image: { url: 'data:image/svg+xml,<svg onload=alert(1)>' } }, false],
  ['an image width of 0', { ...minimal, image: { ...image, width: 0 } }, false],
  ['a negative image height', { ...minimal, image: { ...image, height: -540 } }, false],
  ['an empty caption', { ...minimal, image: { ...image, caption: '' } }, false],
  ['a non-string alt', { ...minimal, image: { ...image, alt: 5 } }, false],
  ['a javascript: license', { ...minimal, image: { ...image, license: 'javascript:alert(1)' } }, false],
  ['a srcset URL with a comma', { ...minimal, image: { ...image, srcset: [{ url: 'a,b.png', width: 480 }] } }, false],
  ['a srcset candidate without url', { ...minimal, image: { ...image, srcset: [{ width: 480 }] } }, false],
  ['a srcset candidate without width', { ...minimal, image: { ...image, srcset: [{ url: 'a.png' }] } }, false],
  ['a wordCount of 0', { ...minimal, wordCount: 0 }, false],
  ['a publisher without name', { ...minimal, publisher: { url: 'https://news.example/' } }, false],
  ['a publisher with a javascript: logo', { ...minimal, publisher: { name: 'N', logo: 'javascript:alert(1)' } }, false],
];

let validator: Validator;

function schemaVerdict(input: unknown): boolean {
  return validator.validate(input).valid;
}

function parserVerdict(input: unknown): boolean {
  const result = parseArticle(input, { baseUrl: BASE });
  return result.ok && result.warnings.length === 0;
}

describe('article.schema.json', () => {
  before(async () => {
    const schema = await (await fetch(new URL('../../src/article/article.schema.json', import.meta.url))).json();
    validator = new Validator(schema, '2020-12', false);
  });

  it(`has a shared table of at least 20 cases, valid and invalid`, () => {
    expect(CASES.length).to.be.at.least(20);
    expect(CASES.some(([, , valid]) => valid)).to.equal(true);
    expect(CASES.some(([, , valid]) => !valid)).to.equal(true);
    expect(new Set(CASES.map(([name]) => name)).size).to.equal(CASES.length);
  });

  for (const [name, input, valid] of CASES) {
    it(`schema and parser agree (${valid ? 'valid' : 'invalid'}): ${name}`, () => {
      const schema = schemaVerdict(input);
      const parser = parserVerdict(input);
      const why = schema ? '' : JSON.stringify(validator.validate(input).errors.slice(-2));
      const parsed = parseArticle(input, { baseUrl: BASE });
      const parserWhy = JSON.stringify(parsed.ok ? parsed.warnings : parsed.errors);
      expect(schema, `schema verdict ${why}`).to.equal(valid);
      expect(parser, `parser verdict ${parserWhy}`).to.equal(valid);
      expect(schema).to.equal(parser);
    });
  }

  it('validates the canonical seed fixture', async () => {
    const url = new URL('../fixtures/seed-article.json', import.meta.url);
    const seed = await (await fetch(url)).json();
    const result = validator.validate(seed);
    expect(result.valid, JSON.stringify(result.errors)).to.equal(true);
    const parsed = parseArticle(seed, { baseUrl: url.href });
    expect(parsed.ok && parsed.warnings).to.deep.equal([]);
  });

  it('validates every item of the trending fixture', async () => {
    const url = new URL('../fixtures/trending-feed.json', import.meta.url);
    const feed = (await (await fetch(url)).json()) as { items: unknown[] };
    expect(feed.items).to.have.length(10);
    for (const [i, item] of feed.items.entries()) {
      const result = validator.validate(item);
      expect(result.valid, `items[${i}] ${JSON.stringify(result.errors)}`).to.equal(true);
      expect(parserVerdict(item), `items[${i}]`).to.equal(true);
    }
  });

  it('describes only the canonical shape: the JSON-LD seed (no url, @graph) is for the parser, not the schema', async () => {
    const url = new URL('../fixtures/seed-article.jsonld.json', import.meta.url);
    const jsonLd = await (await fetch(url)).json();
    expect(schemaVerdict(jsonLd)).to.equal(false);
    expect(parseArticle(jsonLd, { baseUrl: url.href }).ok).to.equal(true);
  });
});
