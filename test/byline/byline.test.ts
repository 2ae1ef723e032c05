import { expect, fixture, html } from '@open-wc/testing';
import '../../src/byline/news-byline.js';
import type { NewsByline } from '../../src/byline/news-byline.js';
import type { Article } from '../../src/article/types.js';
import type { NewsErrorDetail, NewsLoadDetail } from '../../src/internal/events.js';
import { tickingCount } from '../../src/time/ticker.js';
import { deepQueryAll, freezeClock, loadJson, recordEvents, seedArticle, settle, sleep, visibleText, waitForState, fakeClockInEveryTest } from '../helpers.js';

const SEED_PATTERN = "MMM.dd - yyyy hh:mm a 'CET'";
const SEED_TIME = 'Jul.11 - 2024 10:15 AM CET';
const SEED_INSTANT = '2024-07-11T08:15:00.000Z';
const PUBLISHED = '2024-07-11T10:15:00+02:00';
const MINUTE = 60_000;

type Json = Record<string, unknown>;

/** Intl puts narrow / no-break spaces before "AM" (ICU 72+); a reader sees a space. */
const spaces = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');

/** A valid canonical article; `extra` overrides fields. */
function article(extra: Json = {}): Json {
  return {
    url: 'https://news.example/world/story',
    headline: 'A headline',
    datePublished: PUBLISHED,
    ...extra,
  };
}

const person = (name: string, extra: Json = {}): Json => ({ name, ...extra });

/** A child `<script>` holding `text` (JSON unless a string is given). */
function jsonScript(json: unknown, type = 'application/json'): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  return script;
}

/**
 * Creates a byline, records its events, lets `setup` give it attributes, data and children while it
 * is still detached (so no event is missed), then connects it in a fixture container.
 */
async function mount(
  setup: (el: NewsByline) => void,
  container?: HTMLElement,
): Promise<{ el: NewsByline; events: CustomEvent[] }> {
  const parent = container ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const el = document.createElement('news-byline');
  const events = recordEvents(el, 'news-load', 'news-error');
  setup(el);
  parent.append(el);
  await el.updateComplete;
  return { el, events };
}

/** A ready byline for `data` (given as the `article` property) with `attrs`. */
async function byline(data: unknown, attrs: Record<string, string> = {}, container?: HTMLElement): Promise<NewsByline> {
  const { el } = await mount((el) => {
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    el.article = data as Json;
  }, container);
  await waitForState(el, 'ready');
  return el;
}

const root = (el: NewsByline): HTMLElement => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const authorsText = (el: NewsByline): string => visibleText(el.shadowRoot!.querySelector('[part="authors"]')!);
const publishedTime = (el: NewsByline): HTMLTimeElement => el.shadowRoot!.querySelector<HTMLTimeElement>('time[part="time"]')!;
const authorLinks = (el: NewsByline): HTMLAnchorElement[] => Array.from(el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a'));

/** Runs `body` with the document's own `lang` removed (the test page has `<html lang="en">`). */
async function withoutPageLang(body: () => Promise<void>): Promise<void> {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.removeAttribute('lang');
  try {
    await body();
  } finally {
    if (lang !== null) html.setAttribute('lang', lang);
  }
}

const SEED_ATTRS = { 'time-zone': 'Europe/Copenhagen', 'date-format': SEED_PATTERN };

// Every library timer runs on a fake clock in each test of this file (see fakeClockInEveryTest).
fakeClockInEveryTest();

describe('<news-byline>', () => {
  let seed: Article;
  let seedJson: Json;

  before(async () => {
    seed = await seedArticle();
    seedJson = await loadJson<Json>('seed-article.json');
  });

  describe('the seed article', () => {
    it('reads "Written by Kathrine Frich" with the exact seed timestamp', async () => {
      const el = await byline(seed, { 'lead-in': 'Written by', ...SEED_ATTRS });
      expect(visibleText(el)).to.equal(`Written by Kathrine Frich · ${SEED_TIME}`);
      const time = publishedTime(el);
      expect(time.textContent).to.equal(SEED_TIME);
      expect(time.getAttribute('datetime')).to.equal(SEED_INSTANT);
      expect(spaces(time.title)).to.equal('Thursday, July 11, 2024 at 10:15 AM Central European Summer Time');
    });

    it('says "By" without a lead-in', async () => {
      const el = await byline(seed, SEED_ATTRS);
      expect(visibleText(el)).to.equal(`By Kathrine Frich · ${SEED_TIME}`);
      expect(el.shadowRoot!.querySelector('[part="lead-in"]')!.textContent).to.equal('By');
    });

    it('says "By" when the lead-in is blank', async () => {
      const el = await byline(seed, { 'lead-in': '   ', ...SEED_ATTRS });
      expect(visibleText(el)).to.match(/^By Kathrine Frich/);
    });

    it("links the author's page, marked as the author and opened without an opener", async () => {
      const el = await byline(seed);
      const [link, ...more] = authorLinks(el);
      expect(more).to.have.length(0);
      expect(link!.textContent).to.equal('Kathrine Frich');
      expect(link!.getAttribute('href')).to.equal('https://news.example/authors/kathrine-frich');
      const rel = link!.getAttribute('rel')!.split(/\s+/);
      expect(rel).to.include('author').and.include('noopener');
    });

    it('uses the Intl format in the time zone without a date-format', async () => {
      const el = await byline(seed, { 'time-zone': 'Asia/Tokyo' });
      expect(spaces(publishedTime(el).textContent!)).to.equal('Jul 11, 2024, 5:15 PM');
      expect(publishedTime(el).getAttribute('datetime')).to.equal(SEED_INSTANT);
      expect(spaces(publishedTime(el).title)).to.contain('Japan Standard Time');
    });

    it('reflects its time attributes', async () => {
      const el = await byline(seed, { ...SEED_ATTRS, relative: 'never' });
      expect(el.timeZone).to.equal('Europe/Copenhagen');
      expect(el.dateFormat).to.equal(SEED_PATTERN);
      expect(el.relative).to.equal('never');
      el.timeZone = 'America/New_York';
      await settle(el);
      expect(el.getAttribute('time-zone')).to.equal('America/New_York');
      expect(publishedTime(el).textContent).to.equal('Jul.11 - 2024 04:15 AM CET');
    });

    it('falls back to Intl for a date-format date-fns rejects, without an error', async () => {
      const { el, events } = await mount((el) => {
        el.setAttribute('time-zone', 'Europe/Copenhagen');
        el.setAttribute('date-format', 'yyyy-MM-dd Q-nonsense');
        el.article = seed;
      });
      await waitForState(el, 'ready');
      expect(spaces(publishedTime(el).textContent!)).to.equal('Jul 11, 2024, 10:15 AM');
      expect(events.map((e) => e.type)).to.deep.equal(['news-load']);
    });
  });

  describe('authors', () => {
    const four = [
      person('Ada Lovelace', { url: 'https://news.example/ada' }),
      person('Brian Kernighan'),
      person('Carl Sagan', { url: 'https://news.example/carl' }),
      person('Dorothy Vaughan'),
    ];

    const cases: [string, number, string][] = [
      ['en-US', 1, 'Ada Lovelace'],
      ['en-US', 2, 'Ada Lovelace and Brian Kernighan'],
      ['en-US', 3, 'Ada Lovelace, Brian Kernighan, and Carl Sagan'],
      ['en-US', 4, 'Ada Lovelace, Brian Kernighan, Carl Sagan, and Dorothy Vaughan'],
      ['en-GB', 2, 'Ada Lovelace and Brian Kernighan'],
      ['en-GB', 3, 'Ada Lovelace, Brian Kernighan and Carl Sagan'],
      ['en-GB', 4, 'Ada Lovelace, Brian Kernighan, Carl Sagan and Dorothy Vaughan'],
      ['da', 2, 'Ada Lovelace og Brian Kernighan'],
      ['da', 3, 'Ada Lovelace, Brian Kernighan og Carl Sagan'],
      ['da', 4, 'Ada Lovelace, Brian Kernighan, Carl Sagan og Dorothy Vaughan'],
    ];
    for (const [lang, count, expected] of cases) {
      it(`joins ${count} author(s) the ${lang} way: "${expected}"`, async () => {
        const el = await byline(article({ author: four.slice(0, count) }), { lang });
        expect(authorsText(el)).to.equal(expected);
      });
    }

    it('writes "Af" before the names in Danish and "By" in British English', async () => {
      const da = await byline(article({ author: four.slice(0, 2) }), { lang: 'da' });
      expect(visibleText(da)).to.match(/^Af Ada Lovelace og Brian Kernighan · /);
      const gb = await byline(article({ author: four.slice(0, 2) }), { lang: 'en-GB' });
      expect(visibleText(gb)).to.match(/^By Ada Lovelace and Brian Kernighan · /);
    });

    it('links the authors that have a URL and writes the others as plain text', async () => {
      const el = await byline(article({ author: four }), { lang: 'en-US' });
      const links = authorLinks(el);
      expect(links.map((a) => a.textContent)).to.deep.equal(['Ada Lovelace', 'Carl Sagan']);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['https://news.example/ada', 'https://news.example/carl']);
      const names = Array.from(el.shadowRoot!.querySelectorAll('[part="author"]'));
      expect(names.map((n) => [n.localName, n.textContent])).to.deep.equal([
        ['a', 'Ada Lovelace'],
        ['span', 'Brian Kernighan'],
        ['a', 'Carl Sagan'],
        ['span', 'Dorothy Vaughan'],
      ]);
    });

    it('marks author links rel="author", adding noopener only for other origins', async () => {
      const local = `${location.origin}/authors/ada`;
      const el = await byline(article({ author: [person('Ada', { url: local }), person('Bob', { url: 'http://other.example/bob' })] }));
      const [same, other] = authorLinks(el);
      expect(same!.getAttribute('href')).to.equal(local);
      expect(same!.getAttribute('rel')!.split(/\s+/)).to.deep.equal(['author']);
      expect(other!.getAttribute('rel')!.split(/\s+/)).to.have.members(['author', 'noopener']);
    });

    it('only links http(s) URLs', async () => {
      const el = await byline(
        article({
          author: [
            person('Ftp', { url: 'ftp://news.example/f' }),
            person('Data', { url: 'data:text/html,<b>x</b>' }),
            person('Mail', { url: 'mailto:x@news.example' }),
            person('Web', { url: 'https://news.example/w' }),
          ],
        }),
        { lang: 'en-US' },
      );
      expect(authorsText(el)).to.equal('Ftp, Data, Mail, and Web');
      expect(authorLinks(el).map((a) => a.textContent)).to.deep.equal(['Web']);
    });

    it('accepts JSON-LD author forms: a bare string and a single Person', async () => {
      const one = await byline(article({ author: 'Kathrine Frich' }));
      expect(authorsText(one)).to.equal('Kathrine Frich');
      expect(authorLinks(one)).to.have.length(0);
      const person1 = await byline(article({ author: { '@type': 'Person', name: 'Kathrine Frich', url: 'https://news.example/k' } }));
      expect(authorLinks(person1).map((a) => a.textContent)).to.deep.equal(['Kathrine Frich']);
    });

    it('writes one author\'s job title as "Name, Title"', async () => {
      const el = await byline(article({ author: [person('Kathrine Frich', { jobTitle: 'Foreign Correspondent', url: 'https://news.example/k' })] }));
      expect(authorsText(el)).to.equal('Kathrine Frich, Foreign Correspondent');
      expect(el.shadowRoot!.querySelector('[part="job-title"]')!.textContent).to.equal(', Foreign Correspondent');
      // The title is not part of the link.
      expect(authorLinks(el)[0]!.textContent).to.equal('Kathrine Frich');
    });

    it('writes job titles in a list as "Name (Title)", keeping commas for the list', async () => {
      const el = await byline(
        article({
          author: [
            person('Ada Lovelace', { jobTitle: 'Editor' }),
            person('Brian Kernighan'),
            person('Carl Sagan', { jobTitle: 'Science Reporter', url: 'https://news.example/carl' }),
          ],
        }),
        { lang: 'en-US' },
      );
      expect(authorsText(el)).to.equal('Ada Lovelace (Editor), Brian Kernighan, and Carl Sagan (Science Reporter)');
      expect(authorLinks(el)[0]!.textContent).to.equal('Carl Sagan');
    });

    it('writes no "By" (and no separator) when there are no authors', async () => {
      for (const author of [undefined, []]) {
        const el = await byline(article(author ? { author } : {}), SEED_ATTRS);
        expect(visibleText(el)).to.equal(SEED_TIME);
        expect(el.shadowRoot!.querySelector('[part="lead-in"]')).to.equal(null);
        expect(el.shadowRoot!.querySelector('[part="authors"]')).to.equal(null);
      }
    });

    it('writes no lead-in when every author was refused', async () => {
      const el = await byline(article({ author: [{ name: '' }, 42, { url: 'https://news.example/x' }] }), { 'lead-in': 'Written by', ...SEED_ATTRS });
      expect(visibleText(el)).to.equal(SEED_TIME);
    });
  });

  describe('"Updated"', () => {
    const published = Date.parse(PUBLISHED);
    const modifiedAfter = (minutes: number): string => new Date(published + minutes * MINUTE).toISOString();

    it('is not shown for a change 4 minutes after publication', async () => {
      const el = await byline(article({ author: ['Ada'], dateModified: modifiedAfter(4) }), SEED_ATTRS);
      expect(visibleText(el)).to.equal(`By Ada · ${SEED_TIME}`);
      expect(el.shadowRoot!.querySelector('[part="updated"]')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(1);
    });

    it('is shown, with its own <time datetime>, for a change 6 minutes after publication', async () => {
      const el = await byline(article({ author: ['Ada'], dateModified: modifiedAfter(6) }), SEED_ATTRS);
      expect(visibleText(el)).to.equal(`By Ada · ${SEED_TIME} · Updated Jul.11 - 2024 10:21 AM CET`);
      const updated = el.shadowRoot!.querySelector('time[part="updated-time"]')!;
      expect(updated.getAttribute('datetime')).to.equal('2024-07-11T08:21:00.000Z');
      expect(spaces(updated.getAttribute('title')!)).to.equal('Thursday, July 11, 2024 at 10:21 AM Central European Summer Time');
      expect(publishedTime(el).getAttribute('datetime')).to.equal(SEED_INSTANT);
    });

    it('is shown from exactly 5 minutes on', async () => {
      const el = await byline(article({ dateModified: modifiedAfter(5) }), SEED_ATTRS);
      expect(visibleText(el)).to.equal(`${SEED_TIME} · Updated Jul.11 - 2024 10:20 AM CET`);
    });

    it('is not shown for a dateModified before datePublished', async () => {
      const el = await byline(article({ dateModified: modifiedAfter(-60) }), SEED_ATTRS);
      expect(el.shadowRoot!.querySelector('[part="updated"]')).to.equal(null);
    });

    it('says "Opdateret" in Danish', async () => {
      const el = await byline(article({ dateModified: modifiedAfter(90) }), { ...SEED_ATTRS, lang: 'da' });
      expect(el.shadowRoot!.querySelector('[part="updated"]')!.textContent).to.match(/^Opdateret /);
    });
  });

  describe('relative times', () => {
    it('reads a recent article relatively and refreshes on update', async () => {
      const restore = freezeClock(Date.parse(PUBLISHED) + 10 * MINUTE);
      try {
        const el = await byline(seed, { 'time-zone': 'Europe/Copenhagen' });
        expect(publishedTime(el).textContent).to.equal('10 minutes ago');
        expect(publishedTime(el).getAttribute('datetime')).to.equal(SEED_INSTANT);
        expect(spaces(publishedTime(el).title)).to.equal('Thursday, July 11, 2024 at 10:15 AM Central European Summer Time');

        freezeClock(Date.parse(PUBLISHED) + 3 * 60 * MINUTE);
        el.requestUpdate();
        await settle(el);
        expect(publishedTime(el).textContent).to.equal('3 hours ago');

        // Past the 24-hour cut-off it becomes a date.
        freezeClock(Date.parse(PUBLISHED) + 25 * 60 * MINUTE);
        el.requestUpdate();
        await settle(el);
        expect(spaces(publishedTime(el).textContent!)).to.equal('Jul 11, 2024, 10:15 AM');
      } finally {
        restore();
      }
    });

    it('uses the date-format only once the time is no longer relative', async () => {
      const restore = freezeClock(Date.parse(PUBLISHED) + 10 * MINUTE);
      try {
        const el = await byline(seed, SEED_ATTRS);
        expect(publishedTime(el).textContent).to.equal('10 minutes ago');
        el.relative = 'never';
        await settle(el);
        expect(publishedTime(el).textContent).to.equal(SEED_TIME);
      } finally {
        restore();
      }
    });

    it('writes relative times in the language', async () => {
      const restore = freezeClock(Date.parse(PUBLISHED) + 10 * MINUTE);
      try {
        const el = await byline(seed, { lang: 'de' });
        expect(visibleText(el)).to.equal('Von Kathrine Frich · vor 10 Minuten');
      } finally {
        restore();
      }
    });

    it('subscribes to the shared ticker only while it shows a relative time', async () => {
      const restore = freezeClock(Date.parse(PUBLISHED) + 10 * MINUTE);
      try {
        const before = tickingCount();
        const el = await byline(seed);
        expect(tickingCount()).to.equal(before + 1);

        el.relative = 'never';
        await settle(el);
        expect(tickingCount()).to.equal(before);

        el.relative = 'auto';
        await settle(el);
        expect(tickingCount()).to.equal(before + 1);

        el.remove();
        expect(tickingCount()).to.equal(before);
      } finally {
        restore();
      }
    });

    it('does not tick for an old article', async () => {
      const before = tickingCount();
      await byline(seed);
      expect(tickingCount()).to.equal(before);
    });

    it('ticks for a recent "Updated" time even when the publication is old', async () => {
      const restore = freezeClock(Date.parse(PUBLISHED) + 10 * 24 * 60 * MINUTE);
      try {
        const before = tickingCount();
        const modified = new Date(Date.parse(PUBLISHED) + (10 * 24 * 60 - 30) * MINUTE).toISOString();
        const el = await byline(article({ dateModified: modified }), { 'time-zone': 'Europe/Copenhagen' });
        expect(el.shadowRoot!.querySelector('time[part="updated-time"]')!.textContent).to.equal('30 minutes ago');
        expect(tickingCount()).to.equal(before + 1);
      } finally {
        restore();
      }
    });
  });

  describe('language and direction', () => {
    it('prefers its own lang to an ancestor\'s and to the article\'s inLanguage', async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang="de"></div>`);
      const el = await byline(article({ author: ['Ada', 'Bob'], inLanguage: 'fr' }), { lang: 'da' }, container);
      expect(root(el).getAttribute('lang')).to.equal('da');
      expect(visibleText(el)).to.match(/^Af Ada og Bob · /);
    });

    it("uses the nearest ancestor's lang before the article's inLanguage", async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang="da"><section lang="de"></section></div>`);
      const el = await byline(article({ author: ['Ada', 'Bob'], inLanguage: 'fr' }), {}, container.querySelector('section')!);
      expect(root(el).getAttribute('lang')).to.equal('de');
      expect(visibleText(el)).to.match(/^Von Ada und Bob · /);
    });

    it("uses the article's inLanguage when no element above has a lang", async () => {
      await withoutPageLang(async () => {
        const el = await byline(article({ author: ['Ada', 'Bob'], inLanguage: 'da' }), { 'time-zone': 'Europe/Copenhagen', relative: 'never' });
        expect(root(el).getAttribute('lang')).to.equal('da');
        expect(visibleText(el)).to.match(/^Af Ada og Bob · /);
        expect(publishedTime(el).title).to.contain('juli');
      });
    });

    it("falls back to English when no lang is known anywhere", async () => {
      await withoutPageLang(async () => {
        const el = await byline(article({ author: ['Ada'] }), SEED_ATTRS);
        expect(root(el).getAttribute('lang')).to.equal('en');
        expect(visibleText(el)).to.equal(`By Ada · ${SEED_TIME}`);
      });
    });

    it('ignores a lang that is not a language tag', async () => {
      const el = await byline(article({ author: ['Ada'] }), { ...SEED_ATTRS, lang: 'not a language!' });
      expect(root(el).getAttribute('lang')).to.equal('en');
      expect(visibleText(el)).to.equal(`By Ada · ${SEED_TIME}`);
    });

    const hebrew = (extra: Json = {}) =>
      article({
        inLanguage: 'he',
        author: [person('דנה כהן', { url: 'https://news.example/dana' }), person('יוסי לוי')],
        ...extra,
      });

    it('lays out a Hebrew article right to left, on an English page too', async () => {
      const el = await byline(hebrew(), { 'time-zone': 'Asia/Jerusalem', relative: 'never' });
      expect(root(el).getAttribute('dir')).to.equal('rtl');
      expect(authorsText(el)).to.equal('דנה כהן and יוסי לוי');
      // In RTL the line starts at the right edge.
      const box = root(el).getBoundingClientRect();
      const line = el.shadowRoot!.querySelector('[part="authors"]')!.getBoundingClientRect();
      expect(line.right).to.be.greaterThan(box.left + box.width / 2);
    });

    it('writes a Hebrew byline in Hebrew with lang="he"', async () => {
      const el = await byline(hebrew(), { lang: 'he', 'time-zone': 'Asia/Jerusalem', relative: 'never' });
      expect(root(el).getAttribute('lang')).to.equal('he');
      expect(root(el).getAttribute('dir')).to.equal('rtl');
      expect(visibleText(el)).to.match(/^מאת דנה כהן ו-יוסי לוי · /);
      expect(publishedTime(el).title).to.contain('ביולי');
      expect(authorLinks(el).map((a) => a.textContent)).to.deep.equal(['דנה כהן']);
    });

    it('writes an Arabic byline right to left with Arabic names', async () => {
      await withoutPageLang(async () => {
        const el = await byline(
          article({ inLanguage: 'ar', author: [person('ليلى حسن'), person('عمر خالد'), person('سارة يوسف')] }),
          { 'time-zone': 'Asia/Dubai', relative: 'never' },
        );
        expect(root(el).getAttribute('lang')).to.equal('ar-u-nu-arab'); // Arabic, with its Arabic-Indic digits named
        expect(root(el).getAttribute('dir')).to.equal('rtl');
        expect(visibleText(el)).to.match(/^بقلم ليلى حسن وعمر خالد وسارة يوسف · /);
        expect(publishedTime(el).title).to.contain('يوليو');
      });
    });

    it('keeps an English article left to right inside an RTL page, unless its own dir says otherwise', async () => {
      const container = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"></div>`);
      const plain = await byline(seed, {}, container);
      expect(root(plain).getAttribute('dir')).to.equal('ltr');
      const forced = await byline(seed, { dir: 'rtl' }, container);
      expect(root(forced).getAttribute('dir')).to.equal('rtl');
      const hebrewLtr = await byline(hebrew(), { dir: 'ltr' });
      expect(root(hebrewLtr).getAttribute('dir')).to.equal('ltr');
    });
  });

  describe('data in three ways', () => {
    const attrs = { 'lead-in': 'Written by', ...SEED_ATTRS };
    const setAttrs = (el: NewsByline) => Object.entries(attrs).forEach(([k, v]) => el.setAttribute(k, v));
    const expected = `Written by Kathrine Frich · ${SEED_TIME}`;

    it('as a property (raw JSON or a parsed article)', async () => {
      const { el, events } = await mount((el) => {
        setAttrs(el);
        el.article = seedJson;
      });
      await waitForState(el, 'ready');
      expect(visibleText(el)).to.equal(expected);
      expect(events.map((e) => e.type)).to.deep.equal(['news-load']);
      const detail = events[0]!.detail as NewsLoadDetail<Article>;
      expect(detail.source).to.equal('property');
      expect(detail.value.headline).to.equal("NATO Accuses China of Aiding Russia's War Efforts");
      expect(detail.value.author.map((p) => p.name)).to.deep.equal(['Kathrine Frich']);
      expect(detail.warnings).to.deep.equal([]);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);

      const parsed = await byline(seed, attrs);
      expect(visibleText(parsed)).to.equal(expected);
    });

    it('as inline JSON in a child <script type="application/json">', async () => {
      const { el, events } = await mount((el) => {
        setAttrs(el);
        el.append(jsonScript(seedJson));
      });
      await waitForState(el, 'ready');
      expect(visibleText(el)).to.equal(expected);
      expect(events.map((e) => e.type)).to.deep.equal(['news-load']);
      expect((events[0]!.detail as NewsLoadDetail).source).to.equal('inline');
    });

    it('as inline JSON-LD in a child <script type="application/ld+json">', async () => {
      const { el } = await mount((el) => {
        setAttrs(el);
        el.append(jsonScript({ '@context': 'https://schema.org', '@type': 'NewsArticle', ...seedJson }, 'application/ld+json'));
      });
      await waitForState(el, 'ready');
      expect(visibleText(el)).to.equal(expected);
    });

    it('from src', async () => {
      const { el, events } = await mount((el) => {
        setAttrs(el);
        el.src = '/test/fixtures/seed-article.json';
      });
      await waitForState(el, 'ready');
      expect(visibleText(el)).to.equal(expected);
      expect(events.map((e) => e.type)).to.deep.equal(['news-load']);
      const detail = events[0]!.detail as NewsLoadDetail<Article>;
      expect(detail.source).to.equal('src');
      expect(detail.value.url).to.equal('https://news.example/world/nato-accuses-china-of-aiding-russias-war-efforts');
      expect(el.getAttribute('src')).to.equal('/test/fixtures/seed-article.json');
    });

    it('prefers the property to inline JSON, and inline JSON to src', async () => {
      const other = article({ author: ['Someone Else'] });
      const { el } = await mount((el) => {
        setAttrs(el);
        el.src = '/test/fixtures/seed-article.json';
        el.append(jsonScript(other));
      });
      await waitForState(el, 'ready');
      expect(visibleText(el)).to.equal(`Written by Someone Else · ${SEED_TIME}`);
      el.article = seedJson;
      await settle(el);
      expect(visibleText(el)).to.equal(expected);
    });

    it('shows a loading state, marked busy, until data arrives', async () => {
      const { el } = await mount(() => {});
      expect(el.state).to.equal('loading');
      expect(root(el).getAttribute('aria-busy')).to.equal('true');
      expect(visibleText(el)).to.equal('Loading…');
      el.article = seed;
      await waitForState(el, 'ready');
      expect(root(el).hasAttribute('aria-busy')).to.equal(false);
    });
  });

  describe('errors', () => {
    it('refuses bad inline JSON with news-error at path "$" and a polite line', async () => {
      const { el, events } = await mount((el) => el.append(jsonScript('{"headline": "unterminated')));
      await waitForState(el, 'error');
      expect(events.map((e) => e.type)).to.deep.equal(['news-error']);
      const detail = events[0]!.detail as NewsErrorDetail;
      expect(detail.errors).to.have.length(1);
      expect(detail.errors[0]!.path).to.equal('$');
      expect(detail.errors[0]!.message).to.be.a('string').and.not.be.empty;
      expect(detail.source).to.equal('inline');
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect(el.errors).to.deep.equal(detail.errors);
      expect(visibleText(el)).to.equal('The byline could not be shown.');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
    });

    it('writes the error line in the element language', async () => {
      const { el } = await mount((el) => {
        el.setAttribute('lang', 'da');
        el.append(jsonScript('not json'));
      });
      await waitForState(el, 'error');
      expect(visibleText(el)).to.equal('Forfatteroplysningerne kan ikke vises.');
    });

    it("shows the publisher's fallback children instead of the error line", async () => {
      const { el, events } = await mount((el) => {
        el.append(jsonScript('{oops'));
        const a = document.createElement('a');
        a.href = 'https://news.example/authors/kathrine-frich';
        a.textContent = 'By Kathrine Frich';
        el.append(a);
      });
      await waitForState(el, 'error');
      expect(events.map((e) => e.type)).to.deep.equal(['news-error']);
      expect(visibleText(el)).to.equal('By Kathrine Frich');
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
    });

    it("shows fallback children as the page styles them, even with theme=\"dark\"", async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="color: rgb(10, 20, 30); background: rgb(250, 250, 250); font: 13px/1.2 serif"></div>`);
      const { el } = await mount((el) => {
        el.setAttribute('theme', 'dark');
        el.append(jsonScript('{oops'), document.createTextNode('Kathrine Frich, News Example'));
      }, page);
      await waitForState(el, 'error');
      expect(visibleText(el)).to.equal('Kathrine Frich, News Example');
      const style = getComputedStyle(root(el));
      expect(style.color).to.equal('rgb(10, 20, 30)');
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style.fontSize).to.equal('13px');
    });

    it('refuses an article without a headline, naming the path "headline"', async () => {
      const { headline: _dropped, ...headless } = seedJson;
      const { el, events } = await mount((el) => (el.article = headless));
      await waitForState(el, 'error');
      const detail = events[0]!.detail as NewsErrorDetail;
      expect(detail.source).to.equal('property');
      expect(detail.errors.map((e) => e.path)).to.include('headline');
      expect(visibleText(el)).to.equal('The byline could not be shown.');
    });

    it('refuses a datePublished that names no real moment', async () => {
      const { el, events } = await mount((el) => (el.article = article({ datePublished: '2024-07-11T25:15:00' })));
      await waitForState(el, 'error');
      expect((events[0]!.detail as NewsErrorDetail).errors).to.deep.equal([{ path: 'datePublished', message: 'is not a real date and time' }]);
    });

    it('reports a src that fails to load', async () => {
      const { el, events } = await mount((el) => (el.src = '/api/feed?status=404&body=nope'));
      await waitForState(el, 'error');
      const detail = events.find((e) => e.type === 'news-error')!.detail as NewsErrorDetail;
      expect(detail.source).to.equal('src');
      expect(detail.errors[0]!.path).to.equal('src');
      expect(visibleText(el)).to.equal('The byline could not be shown.');
    });

    it('recovers when good data replaces bad', async () => {
      const { el } = await mount((el) => el.append(jsonScript('{bad')));
      await waitForState(el, 'error');
      el.article = seed;
      await waitForState(el, 'ready');
      expect(el.errors).to.deep.equal([]);
      expect(visibleText(el)).to.match(/^By Kathrine Frich · /);
    });
  });

  describe('hostile strings', () => {
    afterEach(() => {
      delete (window as unknown as { __pwned?: number }).__pwned;
    });

    it('reduces markup in the data to its text, and shows an attribute’s markup as literal text', async () => {
      const name = 'Eve <img src=x onerror="window.__pwned=1">&lt;img src=y onerror="window.__pwned=2"&gt;';
      const el = await byline(article({ author: [person(name, { jobTitle: '<b>Boss</b>' })] }), { 'lead-in': '<i>By</i>', ...SEED_ATTRS });
      // A negative check (no injected handler ran): a slow machine can only make it pass more, never fail.
      await sleep(50);
      expect(visibleText(el)).to.equal(`<i>By</i> Eve, Boss · ${SEED_TIME}`);
      expect(deepQueryAll(el, 'img, b, i, script')).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('does not link a javascript: author URL, however it is spelled', async () => {
      const el = await byline(
        article({
          author: [
            person('Eve', { url: 'javascript:window.__pwned=1' }),
            person('Mallory', { url: ' JaVaScRiPt:window.__pwned=1' }),
            person('Trent', { url: 'java\tscript:window.__pwned=1' }),
          ],
        }),
        { lang: 'en-US' },
      );
      expect(authorsText(el)).to.equal('Eve, Mallory, and Trent');
      expect(authorLinks(el)).to.have.length(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('keeps a huge name from reaching the page whole', async () => {
      const el = await byline(article({ author: ['x'.repeat(1_000_000)] }));
      expect(authorsText(el).length).to.be.below(10_000);
    });
  });

  describe('looks the same on any page', () => {
    it("does not inherit the host page's text styles", async () => {
      const plain = await byline(seed, SEED_ATTRS);
      const hostile = await fixture<HTMLDivElement>(
        html`<div style="font: italic 700 40px/3 serif; color: rgb(255, 0, 0); letter-spacing: 6px; word-spacing: 9px; text-align: right; text-transform: uppercase; text-indent: 50px"></div>`,
      );
      const styled = await byline(seed, SEED_ATTRS, hostile);
      for (const selector of ['[part="byline"]', 'time', 'a']) {
        const a = getComputedStyle(plain.shadowRoot!.querySelector(selector)!);
        const b = getComputedStyle(styled.shadowRoot!.querySelector(selector)!);
        for (const prop of ['font-family', 'font-size', 'font-style', 'font-weight', 'line-height', 'color', 'letter-spacing', 'word-spacing', 'text-align', 'text-transform', 'text-indent'] as const) {
          expect(b.getPropertyValue(prop), `${selector} ${prop}`).to.equal(a.getPropertyValue(prop));
        }
      }
    });

    it('takes its colours from --news-* tokens, the byline-specific one first', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="--news-color-text: rgb(1, 2, 3); --news-color-muted: rgb(4, 5, 6)"></div>`);
      const el = await byline(seed, {}, container);
      expect(getComputedStyle(el.shadowRoot!.querySelector('.authors')!).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(publishedTime(el)).color).to.equal('rgb(4, 5, 6)');
      el.style.setProperty('--news-byline-color-text', 'rgb(7, 8, 9)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.authors')!).color).to.equal('rgb(7, 8, 9)');
    });

    it('switches colours with theme="dark"', async () => {
      const light = await byline(seed);
      const dark = await byline(seed, { theme: 'dark' });
      expect(getComputedStyle(root(light)).backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(root(dark)).backgroundColor).to.equal('rgb(18, 18, 18)');
      expect(getComputedStyle(dark.shadowRoot!.querySelector('.authors')!).color).to.equal('rgb(241, 241, 241)');
    });
  });

  describe('accessibility (axe-core)', () => {
    for (const theme of ['light', 'dark']) {
      it(`has no violations: ${theme}, ready, with links, job titles and an update`, async () => {
        const el = await byline(
          article({
            author: [person('Kathrine Frich', { url: 'https://news.example/k', jobTitle: 'Correspondent' }), person('Ada Lovelace')],
            dateModified: '2024-07-11T12:00:00+02:00',
          }),
          { theme, 'lead-in': 'Written by', ...SEED_ATTRS },
        );
        await expect(el).to.be.accessible();
      });

      it(`has no violations: ${theme}, ready, the seed`, async () => {
        const el = await byline(seed, { theme, ...SEED_ATTRS });
        await expect(el).to.be.accessible();
      });

      it(`has no violations: ${theme}, error line`, async () => {
        const { el } = await mount((el) => {
          el.setAttribute('theme', theme);
          el.append(jsonScript('{bad'));
        });
        await waitForState(el, 'error');
        await expect(el).to.be.accessible();
      });

      it(`has no violations: ${theme}, error with fallback children`, async () => {
        const { el } = await mount((el) => {
          el.setAttribute('theme', theme);
          el.append(jsonScript('{bad'));
          const a = document.createElement('a');
          a.href = 'https://news.example/authors/kathrine-frich';
          a.textContent = 'Kathrine Frich';
          el.append(a);
        });
        await waitForState(el, 'error');
        await expect(el).to.be.accessible();
      });

      it(`has no violations: ${theme}, loading`, async () => {
        const { el } = await mount((el) => el.setAttribute('theme', theme));
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('<news-byline> with data as publishers write it', () => {
  const SEED_ATTRS_ZONE = { 'time-zone': 'Europe/Copenhagen', 'date-format': SEED_PATTERN, relative: 'never' };

  it('reads a time without an offset in its time-zone: the seed’s wall clock reads “Jul.11 - 2024 10:15 AM CET”', async () => {
    const { el, events } = await mount((b) => {
      for (const [name, value] of Object.entries(SEED_ATTRS_ZONE)) b.setAttribute(name, value);
      b.article = article({ datePublished: '2024-07-11T10:15:00' });
    });
    await waitForState(el, 'ready');
    expect(publishedTime(el).textContent!.trim()).to.equal(SEED_TIME);
    expect(publishedTime(el).getAttribute('datetime')).to.equal(SEED_INSTANT);
    const load = events.find((e) => e.type === 'news-load')!.detail as NewsLoadDetail;
    expect(load.warnings).to.deep.equal([{ path: 'datePublished', message: 'has no time-zone offset: read as Europe/Copenhagen time' }]);
  });

  it('reads that time again when its time-zone changes (the same wall clock, another instant)', async () => {
    const el = await byline(article({ datePublished: '2024-07-11T10:15:00' }), { ...SEED_ATTRS_ZONE });
    el.setAttribute('time-zone', 'America/New_York');
    await el.updateComplete;
    expect(publishedTime(el).textContent!.trim()).to.equal(SEED_TIME);
    expect(publishedTime(el).getAttribute('datetime')).to.equal('2024-07-11T14:15:00.000Z');
  });

  it('shows a day without a time as that date, never a time: in the datetime, the text and the tooltip', async () => {
    const el = await byline(article({ datePublished: '2024-06-25' }), { 'time-zone': 'Pacific/Kiritimati', relative: 'never' });
    const time = publishedTime(el);
    expect(time.getAttribute('datetime')).to.equal('2024-06-25');
    expect(spaces(time.textContent!.trim())).to.equal('Jun 25, 2024');
    expect(time.title).to.equal('Tuesday, June 25, 2024');
    // A date-format with time fields would invent one: the locale's date stands in.
    const patterned = await byline(article({ datePublished: '2024-06-25' }), { 'date-format': SEED_PATTERN, relative: 'never' });
    expect(spaces(publishedTime(patterned).textContent!.trim())).to.equal('Jun 25, 2024');
    // One without them applies.
    const dayOnly = await byline(article({ datePublished: '2024-06-25' }), { 'date-format': 'dd.MM.yyyy', relative: 'never' });
    await dayOnly.updateComplete;
    expect(publishedTime(dayOnly).textContent!.trim()).to.equal('25.06.2024');
  });

  it('counts calendar days for a day without a time: “today”, “yesterday”, then the date (relative="auto")', async () => {
    const restore = freezeClock('2024-06-26T23:30:00+02:00'); // 21:30 UTC, already the 26th in Copenhagen
    try {
      const at = async (day: string, zone = 'Europe/Copenhagen') =>
        spaces(publishedTime(await byline(article({ datePublished: day }), { 'time-zone': zone })).textContent!.trim());
      expect(await at('2024-06-26')).to.equal('today');
      expect(await at('2024-06-25')).to.equal('yesterday');
      expect(await at('2024-06-24')).to.equal('Jun 24, 2024');
      // In Auckland it is already the 27th.
      expect(await at('2024-06-26', 'Pacific/Auckland')).to.equal('yesterday');
    } finally {
      restore();
    }
  });

  it('never reads “By By”: data that writes the lead-in into the name, in English or the page’s language', async () => {
    const english = await byline(article({ author: ['By Will Smale'] }), { ...SEED_ATTRS_ZONE });
    expect(visibleText(el(english))).to.equal(`By Will Smale · ${SEED_TIME}`);
    const house = await byline(article({ author: ['Written by Kathrine Frich'] }), { 'lead-in': 'Written by', ...SEED_ATTRS_ZONE });
    expect(visibleText(el(house))).to.equal(`Written by Kathrine Frich · ${SEED_TIME}`);
    expect(house.shadowRoot!.querySelector('[part="lead-in"]')).to.equal(null);
  });

  it('renders a JSON-LD graph given inline (Yoast): the author its @id names, the decoded headline’s byline', async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', '@id': '#a', isPartOf: { '@id': '#p' }, author: { '@id': '#kf' }, headline: 'H&#8217;s', datePublished: PUBLISHED },
        { '@type': 'WebPage', '@id': '#p', url: 'https://news.example/world/story' },
        { '@type': 'Person', '@id': '#kf', name: 'Kathrine&nbsp;Frich', url: 'https://news.example/authors/kf' },
      ],
    };
    const { el: b } = await mount((l) => {
      for (const [name, value] of Object.entries(SEED_ATTRS_ZONE)) l.setAttribute(name, value);
      l.append(jsonScript(graph, 'application/ld+json'));
    });
    await waitForState(b, 'ready');
    expect(visibleText(el(b))).to.equal(`By Kathrine Frich · ${SEED_TIME}`);
    expect(authorLinks(b).map((a) => a.href)).to.deep.equal(['https://news.example/authors/kf']);
  });

  function el(b: NewsByline): HTMLElement {
    return b.shadowRoot!.querySelector<HTMLElement>('[part="byline"]')!;
  }
});
