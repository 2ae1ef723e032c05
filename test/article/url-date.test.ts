import { expect } from '@open-wc/testing';
import { parseDateTime } from '../../src/article/date.js';
import { parseArticle, safeUrl, type ParseError } from '../../src/article/index.js';
import { URL_MESSAGE, URL_STRING, NOT_REAL, NOT_STRING, valid } from './support.js';

const BASE = 'https://news.example/world/index.json';

function errorsOf(input: unknown, baseUrl = BASE): ParseError[] {
  const result = parseArticle(input, { baseUrl });
  if (result.ok) throw new Error(`expected parseArticle to fail, got ${JSON.stringify(result.value)}`);
  return result.errors;
}

// URLs whose scheme is not http(s), however it is disguised: refused everywhere.
const REFUSED: Array<[string, string]> = [
  ['javascript:', 'javascript:alert(1)'],
  ['mixed case', 'JaVaScRiPt:alert(1)'],
  ['upper case', 'JAVASCRIPT:alert(1)'],
  ['leading spaces', '   javascript:alert(1)'],
  ['leading no-break space', '\u00a0javascript:alert(1)'],
  ['leading tab', '\tjavascript:alert(1)'],
  ['tab inside the scheme', 'java\tscript:alert(1)'],
  ['newline inside the scheme', 'java\nscript:alert(1)'],
  ['carriage return inside the scheme', 'java\rscript:alert(1)'],
  ['tab before the colon', 'javascript\t:alert(1)'],
  ['leading NUL', '\u0000javascript:alert(1)'],
  ['leading C0 control', '\u0001\u001fjavascript:alert(1)'],
  ['percent-encoded body', 'javascript:%61lert(1)'],
  ['authority-looking body', 'javascript://news.example/%0Aalert(1)'],
  ['data: HTML', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
  ['data: SVG, upper case', 'DATA:image/svg+xml,<svg onload=alert(1)>'],
  ['vbscript:', 'vbscript:msgbox(1)'],
  ['VBScript: mixed case', 'VbScRiPt:msgbox(1)'],
  ['file:', 'file:///etc/passwd'],
  ['blob:', 'blob:https://news.example/3f1c'],
  ['ftp:', 'ftp://news.example/a'],
  ['mailto:', 'mailto:desk@news.example'],
  ['about:', 'about:blank'],
  ['unknown scheme', 'a:b'],
  ['credentials', 'https://user:pass@news.example/a'],
  ['user name only', 'https://user@news.example/a'],
  ['protocol-relative with credentials', '//user:pass@evil.example/a'],
  ['no host', 'https://'],
  ['broken IPv6 host', 'http://[::1/a'],
  ['longer than the cap', `https://news.example/${'a'.repeat(2100)}`],
];

// [case, input, resolved against BASE]
const ACCEPTED: Array<[string, string, string]> = [
  ['absolute https', 'https://news.example/a', 'https://news.example/a'],
  ['absolute http', 'http://news.example/a', 'http://news.example/a'],
  ['upper-case scheme and host', 'HTTPS://NEWS.EXAMPLE/a', 'https://news.example/a'],
  ['surrounding whitespace', '  https://news.example/a \n', 'https://news.example/a'],
  ['protocol-relative takes the base scheme', '//cdn.example/hero.png', 'https://cdn.example/hero.png'],
  ['root-relative', '/politics/b', 'https://news.example/politics/b'],
  ['document-relative', 'hero.png', 'https://news.example/world/hero.png'],
  ['dot-dot', '../img/hero.png', 'https://news.example/img/hero.png'],
  ['query only', '?page=2', 'https://news.example/world/index.json?page=2'],
  ['space in the path is encoded', 'https://news.example/a b', 'https://news.example/a%20b'],
  ['non-ASCII path', 'https://news.example/æ', 'https://news.example/%C3%A6'],
  ['IDN host', 'https://bücher.example/', 'https://xn--bcher-kva.example/'],
  // Entity and percent tricks are not schemes at all: they stay inert paths on the base's origin.
  ['HTML entity trick is a relative path', '&#106;avascript:alert(1)', 'https://news.example/world/&#106;avascript:alert(1)'],
  ['percent-encoded scheme is a relative path', '%6Aavascript:alert(1)', 'https://news.example/world/%6Aavascript:alert(1)'],
  ['percent-encoded colon is a relative path', 'javascript%3Aalert(1)', 'https://news.example/world/javascript%3Aalert(1)'],
];

describe('safeUrl()', () => {
  for (const [name, input] of REFUSED) {
    it(`refuses ${name}`, () => {
      expect(safeUrl(input, BASE)).to.equal(undefined);
      expect(safeUrl(input)).to.equal(undefined);
    });
  }

  for (const [name, input, expected] of ACCEPTED) {
    it(`keeps ${name}`, () => {
      expect(safeUrl(input, BASE)).to.equal(expected);
    });
  }

  it('resolves protocol-relative URLs to the base scheme (http base → http)', () => {
    expect(safeUrl('//cdn.example/x.png', 'http://news.example/')).to.equal('http://cdn.example/x.png');
  });

  it('refuses relative URLs when there is no base', () => {
    expect(safeUrl('/world/a')).to.equal(undefined);
    expect(safeUrl('hero.png')).to.equal(undefined);
    expect(safeUrl('https://news.example/a')).to.equal('https://news.example/a');
  });

  it('refuses relative URLs against a base that is not http(s)', () => {
    expect(safeUrl('#top', 'data:text/html,hi')).to.equal(undefined);
    expect(safeUrl('x', 'javascript:alert(1)')).to.equal(undefined);
  });

  it('refuses anything that is not a non-empty string', () => {
    for (const value of [undefined, null, 42, true, {}, ['https://news.example/a'], '', '   ', new URL('https://news.example/')]) {
      expect(safeUrl(value, BASE), String(value)).to.equal(undefined);
    }
  });
});

describe('URL rules inside parseArticle()', () => {
  for (const [name, input] of REFUSED) {
    it(`fails on a ${name} article url at path "url"`, () => {
      expect(errorsOf({ ...valid, url: input })).to.deep.equal([{ path: 'url', message: URL_MESSAGE }]);
    });
  }

  it('drops a javascript: author url with a warning at author[0].url and keeps the author', () => {
    const result = parseArticle({ ...valid, author: [{ name: 'Kathrine Frich', url: ' JaVa\tScRiPt:alert(1)' }] }, { baseUrl: BASE });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.warnings).to.deep.equal([{ path: 'author[0].url', message: URL_MESSAGE }]);
    expect(result.value.author).to.deep.equal([{ name: 'Kathrine Frich' }]);
    expect(result.value.author[0]).to.not.have.property('url');
  });

  it('says "expected a URL string" for a non-string or blank url', () => {
    expect(errorsOf({ ...valid, url: 42 })).to.deep.equal([{ path: 'url', message: URL_STRING }]);
    expect(errorsOf({ ...valid, url: '  ' })).to.deep.equal([{ path: 'url', message: URL_STRING }]);
    expect(errorsOf({ ...valid, url: { href: 'https://news.example/' } })).to.deep.equal([{ path: 'url', message: URL_STRING }]);
  });

  it('resolves relative URLs against baseUrl', () => {
    const result = parseArticle({ ...valid, url: '../politics/b', image: 'img/hero.png' }, { baseUrl: BASE });
    expect(result.ok && result.value.url).to.equal('https://news.example/politics/b');
    expect(result.ok && result.value.image?.url).to.equal('https://news.example/world/img/hero.png');
  });

  it('resolves relative URLs against document.baseURI when no baseUrl is given', () => {
    const result = parseArticle({ ...valid, url: 'relative/article' });
    expect(result.ok && result.value.url).to.equal(new URL('relative/article', document.baseURI).href);
  });
});

// [case, input, the instant it means]
const GOOD_DATES: Array<[string, string, string]> = [
  ['offset', '2024-07-11T10:15:00+02:00', '2024-07-11T08:15:00.000Z'],
  ['Z', '2024-07-11T08:15:00Z', '2024-07-11T08:15:00.000Z'],
  ['lower-case t and z', '2024-07-11t08:15:00z', '2024-07-11T08:15:00.000Z'],
  ['negative offset', '2024-07-11T03:15:00-05:00', '2024-07-11T08:15:00.000Z'],
  ['-00:00', '2024-07-11T08:15:00-00:00', '2024-07-11T08:15:00.000Z'],
  ['basic offset +0200', '2024-07-11T10:15:00+0200', '2024-07-11T08:15:00.000Z'],
  ['hour-only offset +02', '2024-07-11T10:15:00+02', '2024-07-11T08:15:00.000Z'],
  ['fractional seconds', '2024-07-11T10:15:00.123+02:00', '2024-07-11T08:15:00.123Z'],
  ['nanoseconds', '2024-07-11T08:15:00.123456789Z', '2024-07-11T08:15:00.123Z'],
  ['space separator', '2024-07-11 10:15:00+02:00', '2024-07-11T08:15:00.000Z'],
  ['no seconds', '2024-07-11T10:15+02:00', '2024-07-11T08:15:00.000Z'],
  ['surrounding whitespace', '  2024-07-11T10:15:00+02:00\n', '2024-07-11T08:15:00.000Z'],
  ['leap day', '2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ['offset crossing the date line', '2024-07-11T23:59:59-12:00', '2024-07-12T11:59:59.000Z'],
];

// [case, input, message]: what the core's RFC 3339 reader refuses. Everything but the unreal
// dates goes on to the readers (test/article/dates.test.ts), which read most of these.
const BAD_DATES: Array<[string, unknown, string]> = [
  ['no offset', '2024-07-11T10:15:00', NOT_STRING],
  ['date only', '2024-07-11', NOT_STRING],
  ['the page’s display format', 'Jul.11 - 2024 10:15 AM CET', NOT_STRING],
  ['RFC 1123', 'Thu, 11 Jul 2024 08:15:00 GMT', NOT_STRING],
  ['space before the offset', '2024-07-11T10:15:00 +02:00', NOT_STRING],
  ['ten fraction digits', '2024-07-11T10:15:00.1234567890Z', NOT_STRING],
  ['30 February', '2024-02-30T10:00:00Z', NOT_REAL],
  ['29 February in a common year', '2023-02-29T10:00:00Z', NOT_REAL],
  ['month 13', '2024-13-01T10:00:00Z', NOT_REAL],
  ['hour 25', '2024-07-11T25:00:00Z', NOT_REAL],
  ['hour 24 (RFC 3339 hours are 00–23)', '2024-07-11T24:00:00Z', NOT_REAL],
  ['minute 60', '2024-07-11T10:60:00Z', NOT_REAL],
  ['offset +25:00', '2024-07-11T10:15:00+25:00', NOT_REAL],
  ['offset +24:00', '2024-07-11T10:15:00+24:00', NOT_REAL],
  ['offset minutes 60', '2024-07-11T10:15:00+02:60', NOT_REAL],
  ['a number', 1720685700000, NOT_STRING],
  // A valid Date is read as its JSON (a copy of a parsed article: dates.test.ts); an invalid one is not a date.
  ['an invalid Date object', new Date('not a date'), NOT_STRING],
  ['an empty string', '', NOT_STRING],
  ['blank', '   ', NOT_STRING],
];

describe('parseDateTime() — the core\'s RFC 3339 reader', () => {
  for (const [name, input, instant] of GOOD_DATES) {
    it(`accepts ${name}: ${input.trim()}`, () => {
      const verdict = parseDateTime(input);
      expect(verdict).to.have.property('date');
      if ('date' in verdict) expect(verdict.date.toISOString()).to.equal(instant);
    });
  }

  for (const [name, input, message] of BAD_DATES) {
    it(`refuses ${name}`, () => {
      expect(parseDateTime(input)).to.deep.equal({ message });
    });
  }

  it('reads the seed timestamp as the same instant as Date.parse', () => {
    const verdict = parseDateTime('2024-07-11T10:15:00+02:00');
    expect('date' in verdict && verdict.date.getTime()).to.equal(Date.parse('2024-07-11T10:15:00+02:00'));
  });
});

describe('date rules inside parseArticle()', () => {
  // Unreal dates and non-strings stay refused by the full parser too.
  for (const [name, input, message] of BAD_DATES.filter(([, , m]) => m === NOT_REAL || m === NOT_STRING)) {
    if (typeof input === 'string' && input.trim() && message === NOT_STRING) continue;
    it(`fails on datePublished with ${name} at path "datePublished"`, () => {
      expect(errorsOf({ ...valid, datePublished: input })).to.deep.equal([{ path: 'datePublished', message }]);
    });
  }

  it('requires datePublished (missing or null)', () => {
    const { datePublished: _omit, ...rest } = valid;
    expect(errorsOf(rest)).to.deep.equal([{ path: 'datePublished', message: 'is required' }]);
    expect(errorsOf({ ...valid, datePublished: null })).to.deep.equal([{ path: 'datePublished', message: 'is required' }]);
  });

  it('keeps a valid dateModified as a Date', () => {
    const result = parseArticle({ ...valid, dateModified: '2024-07-11T12:00:00.500Z' }, { baseUrl: BASE });
    expect(result.ok && result.value.dateModified?.toISOString()).to.equal('2024-07-11T12:00:00.500Z');
    expect(result.ok && result.value.datePublished.getTime()).to.equal(Date.parse(valid.datePublished));
  });
});
