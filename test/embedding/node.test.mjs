// `news-widgets/article.js` in Node 20 (servers, build steps, the future server renderer): the
// complete parsers at once, no DOM needed for JSON, and RSS / Atom with a DOMParser passed in
// (docs/data-shape.md, "In Node").
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';

const { CalendarDate, parseArticle, parseFeed } = await import('../../dist/article/index.js');

const rss = readFileSync('test/fixtures/trending-feed.rss', 'utf8');
const BASE = 'https://news.example/feeds/trending.rss';

describe('the parsers in Node (dist/article/index.js)', () => {
  it('reads a Yoast graph, an RFC 2822 date and HTML references without a DOM', () => {
    const result = parseArticle(
      {
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Article', isPartOf: { '@id': '#p' }, author: { '@id': '#a' }, headline: 'Caf&eacute; &amp; <b>bar</b>', datePublished: 'Wed, 04 May 2022 02:41:00 GMT' },
          { '@type': 'WebPage', '@id': '#p', url: 'https://news.example/cafe/' },
          { '@type': 'Person', '@id': '#a', name: 'Ana Lee' },
        ],
      },
      { baseUrl: 'https://news.example/cafe/' },
    );
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.equal(result.value.headline, 'Café & bar');
    assert.equal(result.value.url, 'https://news.example/cafe/');
    assert.deepEqual(result.value.author, [{ name: 'Ana Lee' }]);
    assert.equal(result.value.datePublished.toISOString(), '2022-05-04T02:41:00.000Z');
  });

  it('reads a day without a time as a CalendarDate, and a time without an offset in the zone given', () => {
    const day = parseArticle({ url: 'https://news.example/a', headline: 'A', datePublished: '2024-06-25' });
    assert.ok(day.ok && day.value.datePublished instanceof CalendarDate);
    const local = parseArticle({ url: 'https://news.example/a', headline: 'A', datePublished: '2024-07-11T10:15:00' }, { timeZone: 'Europe/Copenhagen' });
    assert.equal(local.ok && local.value.datePublished.toISOString(), '2024-07-11T08:15:00.000Z');
    assert.deepEqual(local.warnings, [{ path: 'datePublished', message: 'has no time-zone offset: read as Europe/Copenhagen time' }]);
  });

  it('reads RSS with the DOMParser of @xmldom/xmldom passed as xmlParser', () => {
    const result = parseFeed(rss, { baseUrl: BASE, xmlParser: new DOMParser() });
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.equal(result.value.name, 'Trending Now');
    assert.equal(result.value.items.length, 10);
    assert.equal(result.value.items[0].headline, "NATO Accuses China of Aiding Russia's War Efforts");
    assert.equal(result.value.items[0].datePublished.toISOString(), '2024-07-11T08:15:00.000Z');
    assert.equal(result.value.items[0].image.url, 'https://news.example/feeds/seed-hero.png');
    assert.deepEqual(result.warnings, []);
  });

  it('says what it needs for RSS when there is no DOMParser, and refuses DTD entities with xmldom too', () => {
    assert.equal(typeof globalThis.DOMParser, 'undefined');
    const without = parseFeed(rss, { baseUrl: BASE });
    assert.deepEqual(without, {
      ok: false,
      errors: [{ path: '$', message: 'reading RSS or Atom needs a DOMParser: outside browsers, pass parseFeed(text, { xmlParser }) (e.g. new DOMParser() from @xmldom/xmldom)' }],
    });
    const xxe = parseFeed('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&x;</title></channel></rss>', { xmlParser: new DOMParser() });
    assert.deepEqual(xxe, { ok: false, errors: [{ path: '$', message: 'declares entities in a DTD, which are not read' }] });
    const broken = parseFeed('<rss><channel><item><title>Open</channel></rss>', { xmlParser: new DOMParser() });
    assert.equal(broken.ok, false);
    assert.match(broken.errors[0].message, /^is not well-formed XML \(/);
  });
});
