// news-widgets/ssr and the `news-widgets render` command (docs/ssr.md), in Node 20 from the build
// (dist/ssr): fragments with declarative shadow DOM and their data, for every widget; the text
// fixed by the inputs alone (zone, language, clock); unusable and hostile input; exit statuses.
// The browser side (pick-up, frames, engines) is in test/ssr/ and ssr-pages.test.mjs.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';

const { renderWidget, VERSION } = await import('../../dist/ssr/index.js');

const seed = JSON.parse(readFileSync('test/fixtures/seed-article.json', 'utf8'));
const trending = JSON.parse(readFileSync('test/fixtures/trending-feed.json', 'utf8'));
const rss = readFileSync('test/fixtures/trending-feed.rss', 'utf8');
const BASE = 'https://news.example/articles/nato-summit.json';
const HOUSE = { 'lead-in': 'Written by', 'time-zone': 'Europe/Copenhagen', 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" };

/** The text a reader gets from a fragment: tags, comments, styles and data scripts out, entities decoded. */
function text(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>|<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The fragment's inline data, as the browser will read it. */
function inlineData(html) {
  const match = /<script type="application\/json"( data-news-ssr)?>([\s\S]*?)<\/script>/.exec(html);
  return match && { serialized: Boolean(match[1]), value: JSON.parse(match[2]) };
}

const cli = (args, input = '') => spawnSync(process.execPath, ['bin/news-widgets.js', ...args], { input, encoding: 'utf8' });

describe('renderWidget (news-widgets/ssr)', () => {
  it('renders the seed byline in its own style, final: "Written by", Copenhagen time, the CET pattern', async () => {
    const result = await renderWidget('byline', seed, { attributes: HOUSE, baseUrl: BASE });
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.deepEqual(result.errors, []);
    assert.match(result.html, /^<news-byline\b[^>]* lead-in="Written by"[^>]* time-zone="Europe\/Copenhagen"[^>]* lang="en" data-news-ssr="[^"]+">/);
    assert.match(result.html, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.equal(text(result.html), 'Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET');
    assert.match(result.html, /<time part="time" datetime="2024-07-11T08:15:00.000Z"/);
    assert.ok(result.html.endsWith('</news-byline>'));
    assert.equal(result.html.match(/<news-byline/g).length, 1);
  });

  it('renders every widget with its data inline, marked as the library\'s own serialisation', async () => {
    for (const [widget, data, needle] of [
      ['article-card', seed, "NATO Accuses China of Aiding Russia's War Efforts"],
      ['byline', seed, 'Kathrine Frich'],
      ['photo-credit', seed, 'Photo: Shutterstock'],
      ['trending-list', trending, 'Trending Now'],
    ]) {
      const result = await renderWidget(widget, data, { baseUrl: BASE });
      assert.equal(result.ok, true, `${widget}: ${JSON.stringify(result.errors)}`);
      assert.ok(result.html.startsWith(`<news-${widget} `), widget);
      assert.ok(text(result.html).includes(needle), `${widget}: ${text(result.html)}`);
      const inline = inlineData(result.html);
      assert.equal(inline.serialized, true, widget);
      assert.ok(inline.value, widget);
    }
  });

  it('nests the card\'s byline and photo credit with their own declarative shadow roots', async () => {
    const { html } = await renderWidget('article-card', seed, { attributes: HOUSE, baseUrl: BASE });
    assert.equal(html.match(/shadowrootmode="open"/g).length, 3);
    assert.match(html, /<news-byline [^>]*defer-hydration[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.match(html, /<news-photo-credit [^>]*defer-hydration[^>]*><template shadowroot="open" shadowrootmode="open">/);
    assert.ok(text(html).includes('Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET'), text(html));
    assert.match(html, /<a [^>]*href="https:\/\/news.example\/world\/nato-accuses-china-of-aiding-russias-war-efforts"/);
  });

  it('resolves relative URLs against an absolute base, or keeps them root-relative for a path', async () => {
    const absolute = await renderWidget('photo-credit', seed, { baseUrl: BASE });
    assert.match(absolute.html, /<img [^>]*src="https:\/\/news.example\/articles\/seed-hero.png"/);
    const rooted = await renderWidget('photo-credit', seed, { baseUrl: '/articles/nato-summit.json' });
    assert.match(rooted.html, /<img [^>]*src="\/articles\/seed-hero.png"/);
    assert.equal(inlineData(rooted.html).value.url, '/articles/seed-hero.png');
    assert.ok(!rooted.html.includes('.invalid'));
  });

  it('writes lang and time-zone on the element: the data\'s language, else English, and UTC', async () => {
    const danish = await renderWidget('byline', { ...seed, inLanguage: 'da' }, { baseUrl: BASE });
    assert.match(danish.html, /^<news-byline [^>]*time-zone="UTC" lang="da"/);
    assert.ok(text(danish.html).startsWith('Af Kathrine Frich'), text(danish.html));
    const plain = await renderWidget('byline', seed, { baseUrl: BASE });
    assert.match(plain.html, /time-zone="UTC" lang="en"/);
    assert.ok(text(plain.html).includes('8:15'), text(plain.html));
    const credit = await renderWidget('photo-credit', seed, { baseUrl: BASE });
    assert.doesNotMatch(credit.html.slice(0, 200), /time-zone=/, 'a photo credit has no times');
  });

  it('loads the words of a language with words of its own (German) and lays out Arabic right to left', async () => {
    const german = await renderWidget('byline', seed, { attributes: { lang: 'de', 'time-zone': 'Europe/Berlin' }, baseUrl: BASE });
    assert.equal(text(german.html), 'Von Kathrine Frich · 11.07.2024, 10:15');
    const arabic = await renderWidget('trending-list', { items: trending.items }, { attributes: { lang: 'ar', 'time-zone': 'Asia/Riyadh', relative: 'never' }, baseUrl: BASE });
    // Arabic with the digits its words name (the same in Node and every engine).
    assert.match(arabic.html, /<div part="base" class="root" lang="ar-u-nu-arab" dir="rtl"/);
    assert.match(text(arabic.html), /١١‏\/٠٧‏\/٢٠٢٤/);
    assert.ok(text(arabic.html).startsWith('الأكثر قراءة'), text(arabic.html).slice(0, 60));
  });

  it('writes relative times from the clock it is given, not the server\'s', async () => {
    const now = Date.parse('2024-07-11T11:15:00Z');
    const result = await renderWidget('byline', seed, { attributes: { relative: 'always', 'time-zone': 'UTC' }, baseUrl: BASE, now });
    assert.equal(text(result.html), 'By Kathrine Frich · 3 hours ago');
    const later = await renderWidget('byline', seed, { attributes: { relative: 'always', 'time-zone': 'UTC' }, baseUrl: BASE, now: now + 86_400_000 * 3 });
    assert.equal(text(later.html), 'By Kathrine Frich · 3 days ago');
  });

  it('reads RSS with an XML parser passed in, and keeps undated items in its own data', async () => {
    const result = await renderWidget('trending-list', rss, { baseUrl: 'https://news.example/feeds/trending.rss', xmlParser: new DOMParser(), attributes: { max: 3 } });
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.ok(text(result.html).includes("NATO Accuses China of Aiding Russia's War Efforts"));
    const undated = await renderWidget('trending-list', { version: 'https://jsonfeed.org/version/1.1', title: 'Wire', items: [{ id: '1', url: 'https://news.example/a', title: 'Undated story' }] });
    assert.equal(undated.ok, true, JSON.stringify(undated.errors));
    assert.ok(text(undated.html).includes('Undated story'));
    assert.equal(inlineData(undated.html).value.items[0].datePublished, undefined);
  });

  it('renders the error state for unusable data, with the errors and their JSON paths, and the data for the browser', async () => {
    const result = await renderWidget('article-card', { headline: 5, url: 'javascript:alert(1)' });
    assert.equal(result.ok, false);
    assert.deepEqual(
      result.errors.map((e) => e.path),
      ['url', 'headline', 'datePublished'],
    );
    assert.equal(text(result.html), 'The article could not be shown.');
    assert.match(result.html, /shadowrootmode="open"/);
    // Not marked as the library's serialisation: the browser reads it as given, to the same error.
    assert.deepEqual(inlineData(result.html), { serialized: false, value: { headline: 5, url: 'javascript:alert(1)' } });
  });

  it('writes the fallback given as plain markup (no shadow root) when the data cannot be used', async () => {
    const result = await renderWidget('article-card', null, { fallback: '<a href="https://news.example/a">A story</a>' });
    assert.equal(result.ok, false);
    assert.deepEqual(result.errors, [{ path: '$', message: result.errors[0].message }]);
    assert.doesNotMatch(result.html, /<template/);
    assert.match(result.html, /<script type="application\/json">null<\/script><a href="https:\/\/news.example\/a">A story<\/a><\/news-article-card>$/);
  });

  it('never throws: hostile data, hostile attributes, an unknown widget', async () => {
    const hostile = {
      url: 'https://news.example/a',
      headline: '</script><script>alert(1)</script><img src=x onerror=alert(2)> Real headline',
      datePublished: '2024-07-11T10:15:00+02:00',
      description: '\u2028\u2029</template><template shadowrootmode="open">',
    };
    const result = await renderWidget('article-card', hostile, {
      attributes: { 'lead-in': '"><script>alert(3)</script>', 'on click': 'x', 'x"y': 'z', theme: true, hidden: false },
    });
    assert.equal(result.ok, true, JSON.stringify(result.errors));
    assert.doesNotMatch(result.html, /<script>|<img src=x|onerror=|on click/);
    assert.match(result.html, /lead-in="&quot;&gt;&lt;script&gt;alert\(3\)&lt;\/script&gt;"/);
    assert.match(result.html, /" theme time-zone="UTC"/);
    // hidden: false writes no attribute (the start tag; the styles below do name :host([hidden])).
    assert.doesNotMatch(result.html.slice(0, result.html.indexOf('>') + 1), /hidden/);
    // The only script elements are the inline data, which no browser executes.
    assert.deepEqual(result.html.match(/<script[^>]*>/g), ['<script type="application/json" data-news-ssr>']);
    assert.doesNotMatch(inlineData(result.html) && result.html.split('data-news-ssr>')[1], /<\/script><script|\u2028/);

    const throwing = new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); } });
    const proxied = await renderWidget('byline', throwing);
    assert.equal(proxied.ok, false);
    const cyclic = { headline: 'x' };
    cyclic.self = cyclic;
    const cycle = await renderWidget('byline', cyclic);
    assert.equal(cycle.ok, false);
    assert.match(cycle.html, /<script type="application\/json">null<\/script>/);
    const unknown = await renderWidget('news-ticker', seed);
    assert.deepEqual(unknown, { html: '', ok: false, errors: [{ path: '$', message: 'unknown widget "news-ticker": expected article-card, byline, photo-credit, trending-list' }], warnings: [] });
  });

  it('marks the fragment with the version that rendered it', async () => {
    const { html } = await renderWidget('photo-credit', seed, { baseUrl: BASE });
    assert.equal(VERSION, JSON.parse(readFileSync('package.json', 'utf8')).version);
    assert.match(html, new RegExp(`data-news-ssr="${VERSION.replace(/\./g, '\\.')}"`));
  });
});

describe('the news-widgets command', () => {
  it('renders from stdin to stdout and exits 0', () => {
    const run = cli(['render', 'byline', '--lead-in', 'Written by', '--time-zone', 'Europe/Copenhagen', '--date-format', "MMM.dd - yyyy hh:mm a 'CET'", '--base-url', BASE], JSON.stringify(seed));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.equal(text(run.stdout), 'Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET');
  });

  it('takes boolean attributes as bare flags and reads RSS on stdin', () => {
    const run = cli(['render', 'trending-list', '--thumbnails', '--max', '2', '--relative', 'never', '--base-url', 'https://news.example/feeds/trending.rss'], rss);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^<news-trending-list [^>]*thumbnails max="2"/);
    assert.equal(run.stdout.match(/<li\b/g).length, 2);
  });

  it('exits 2 for unusable data, the errors and their JSON paths on stderr, the error state on stdout', () => {
    const invalid = cli(['render', 'article-card'], '{"headline": ');
    assert.equal(invalid.status, 2);
    assert.match(invalid.stderr, /^\$: is not valid JSON \(/);
    assert.equal(text(invalid.stdout), 'The article could not be shown.');
    assert.doesNotMatch(invalid.stdout.replace(/<style>[\s\S]*?<\/style>/g, ''), /skeleton|aria-busy/);
    const missing = cli(['render', 'article-card'], JSON.stringify({ headline: 'No address' }));
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'url: is required\ndatePublished: is required\n');
    const fallback = cli(['render', 'byline', '--fallback', '<p>By the desk</p>'], '[]');
    assert.equal(fallback.status, 2);
    assert.match(fallback.stdout, /<p>By the desk<\/p><\/news-byline>\n$/);
  });

  it('exits 1 for usage errors, and answers --version and --help', () => {
    assert.equal(cli(['render']).status, 1);
    const unknown = cli(['render', 'ticker'], '{}');
    assert.equal(unknown.status, 1);
    assert.match(unknown.stderr, /unknown widget "ticker"[\s\S]*usage: news-widgets render/);
    assert.equal(cli(['render', 'byline', 'lang'], '{}').status, 1);
    assert.equal(cli(['render', 'byline', '--now', 'soon'], '{}').status, 1);
    assert.equal(cli(['draw', 'byline']).status, 1);
    assert.equal(execFileSync(process.execPath, ['bin/news-widgets.js', '--version'], { encoding: 'utf8' }), `${VERSION}\n`);
    assert.match(execFileSync(process.execPath, ['bin/news-widgets.js', '--help'], { encoding: 'utf8' }), /Exit status: 0 rendered; 2/);
  });
});
