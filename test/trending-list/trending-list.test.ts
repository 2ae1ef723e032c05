import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/trending-list/news-trending-list.js';
import type { NewsTrendingList } from '../../src/trending-list/news-trending-list.js';
import { IMPRESSION_MS } from '../../src/internal/impressions.js';
import { fakeClock, fixtureUrl, loadJson, visibleText, waitForState, waitUntil, watchIntersections, fakeClockInEveryTest } from '../helpers.js';
import { baseOf, headlinesOf, item, itemsOf, mount, ofType } from './support.js';

type FixtureFeed = {
  name: string;
  items: { url: string; headline: string; datePublished: string; image?: { url: string } }[];
};

const EMPTY = 'No stories to show right now.';

let feed: FixtureFeed;
before(async () => {
  // As a publisher would pass it: relative image URLs already resolved against the JSON's URL.
  feed = await loadJson<FixtureFeed>('trending-feed.json');
  for (const entry of feed.items) if (entry.image) entry.image.url = new URL(entry.image.url, fixtureUrl('trending-feed.json')).href;
});

async function list(data: unknown, setup: (el: NewsTrendingList) => void = () => {}) {
  const mounted = await mount('news-trending-list', (el) => {
    el.feed = data as NewsTrendingList['feed'];
    setup(el);
  });
  await waitForState(mounted.el, data === undefined ? 'loading' : mounted.el.state === 'error' ? 'error' : 'ready');
  return mounted;
}

const headingOf = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="heading"]')!;
const ranksOf = (el: HTMLElement) => itemsOf(el).map((li) => li.querySelector('[part="rank"]')!.textContent!.trim());

// Every library timer runs on a fake clock in each test of this file (see fakeClockInEveryTest).
const patience = fakeClockInEveryTest();

describe('<news-trending-list>', () => {
  describe('rendering a feed', () => {
    it("reads the seed article's time exactly as the seed page does", async () => {
      const { el } = await list(feed, (l) => {
        l.timeZone = 'Europe/Copenhagen';
        l.dateFormat = "MMM.dd - yyyy hh:mm a 'CET'";
      });
      await el.updateComplete;
      const first = itemsOf(el)[0]!;
      expect(first.querySelector('a')!.textContent!.trim()).to.equal("NATO Accuses China of Aiding Russia's War Efforts");
      expect(first.querySelector('time')!.textContent!.trim()).to.equal('Jul.11 - 2024 10:15 AM CET');
      expect(itemsOf(el)[1]!.querySelector('time')!.textContent!.trim()).to.equal('Jul.11 - 2024 09:40 AM CET');
    });

    it('shows the feed name as a heading over an ordered list of ranked, linked, timed headlines', async () => {
      const { el, events } = await list(feed);
      const heading = headingOf(el);
      expect(heading.localName).to.equal('h2');
      expect(heading.textContent!.trim()).to.equal('Trending Now');
      const ol = el.shadowRoot!.querySelector('ol')!;
      expect(ol).to.exist;
      const items = itemsOf(el);
      expect(items).to.have.length(10);
      expect(Array.from(ol.children)).to.deep.equal(items);
      expect(headlinesOf(el)).to.deep.equal(feed.items.map((i) => i.headline));
      expect(ranksOf(el)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      items.forEach((li, i) => {
        const source = feed.items[i]!;
        const links = li.querySelectorAll('a');
        expect(links, 'one link per item').to.have.length(1);
        expect(links[0]!.href).to.equal(source.url);
        expect(links[0]!.href).to.match(/^https?:\/\//);
        expect(links[0]!.rel).to.contain('noopener');
        const time = li.querySelector('time')!;
        expect(time, `item ${i + 1} has a <time>`).to.exist;
        expect(Date.parse(time.dateTime)).to.equal(Date.parse(source.datePublished));
        expect(time.textContent!.trim()).not.to.equal('');
      });
      expect(visibleText(el)).to.match(/^Trending Now 1 NATO Accuses China of Aiding Russia's War Efforts /);
      expect(ofType(events, 'news-load')).to.have.length(1);
    });

    it('uses the `heading` attribute over the feed name', async () => {
      const { el } = await list(feed, (el) => el.setAttribute('heading', 'Most read'));
      expect(headingOf(el).textContent!.trim()).to.equal('Most read');
    });

    it('names a bare array of articles "Trending Now"', async () => {
      const { el } = await list([item(1), item(2)]);
      expect(headingOf(el).textContent!.trim()).to.equal('Trending Now');
      expect(headlinesOf(el)).to.deep.equal(['Story number 1', 'Story number 2']);
    });

    it('uses the name of an {name, items} feed', async () => {
      const { el } = await list({ name: 'Popular this week', items: [item(1)] });
      expect(headingOf(el).textContent!.trim()).to.equal('Popular this week');
    });

    it('shows one item', async () => {
      const { el } = await list([item(7)]);
      expect(itemsOf(el)).to.have.length(1);
      expect(ranksOf(el)).to.deep.equal(['1']);
      expect(headlinesOf(el)).to.deep.equal(['Story number 7']);
    });

    it('says so politely for an empty feed', async () => {
      for (const empty of [[], { items: [] }]) {
        const { el, events } = await list(empty);
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector('ol')).to.equal(null);
        expect(visibleText(el)).to.equal(`Trending Now ${EMPTY}`);
        expect(ofType(events, 'news-error')).to.have.length(0);
      }
    });

    it('drops unusable items, shows the rest ranked 1..n, and warns about the dropped ones', async () => {
      const { el, events } = await list([
        item(1),
        { headline: 'No link', datePublished: '2024-07-11T10:15:00Z' },
        item(3),
        item(4, { url: 'javascript:alert(1)' }),
        item(5, { datePublished: '2024-07-11T10:61:00' }),
        item(6),
      ]);
      expect(headlinesOf(el)).to.deep.equal(['Story number 1', 'Story number 3', 'Story number 6']);
      expect(ranksOf(el)).to.deep.equal(['1', '2', '3']);
      const [load] = ofType(events, 'news-load');
      const paths = load!.detail.warnings.map((w: { path: string }) => w.path);
      expect(paths).to.include.members(['[1].url', '[3].url', '[4].datePublished']);
      expect(el.shadowRoot!.innerHTML).not.to.contain('javascript:');
    });

    it('goes to the error state when no item is usable', async () => {
      const { el, events } = await list({ items: [{ headline: 'No link' }] });
      await waitForState(el, 'error');
      expect(visibleText(el)).to.equal('The stories could not be shown.');
      const [error] = ofType(events, 'news-error');
      expect(error!.detail.errors.map((e: { path: string }) => e.path)).to.include('items[0].url');
    });

    it('renders a schema.org ItemList, ranked by position', async () => {
      const { el } = await list({
        '@context': 'https://schema.org',
        '@type': 'ItemList',
        name: 'Most read today',
        itemListElement: [
          { '@type': 'ListItem', position: 2, item: { '@type': 'NewsArticle', ...item(2, { headline: 'Second' }) } },
          { '@type': 'ListItem', position: 1, item: { '@type': 'NewsArticle', ...item(1, { headline: 'First' }) } },
          { '@type': 'ListItem', position: 3, item: { '@type': 'NewsArticle', ...item(3, { headline: 'Third' }) } },
        ],
      });
      expect(headingOf(el).textContent!.trim()).to.equal('Most read today');
      expect(headlinesOf(el)).to.deep.equal(['First', 'Second', 'Third']);
      expect(itemsOf(el)[0]!.querySelector('a')!.href).to.equal('https://news.example/story-1');
    });

    it('renders a JSON Feed 1.1 document', async () => {
      const { el } = await list({
        version: 'https://jsonfeed.org/version/1.1',
        title: 'JSON Feed news',
        items: [
          { id: 'a', url: 'https://news.example/a', title: 'From a JSON Feed', date_published: '2024-07-11T08:00:00Z' },
          { id: 'b', url: 'https://news.example/b', title: 'Another one', date_published: '2024-07-11T07:00:00Z' },
        ],
      });
      expect(headingOf(el).textContent!.trim()).to.equal('JSON Feed news');
      expect(headlinesOf(el)).to.deep.equal(['From a JSON Feed', 'Another one']);
      expect(Date.parse(itemsOf(el)[0]!.querySelector('time')!.dateTime)).to.equal(Date.parse('2024-07-11T08:00:00Z'));
    });
  });

  describe('attributes', () => {
    it('shows at most `max` items: 10 by default, 3 with max="3"', async () => {
      const many = { items: Array.from({ length: 25 }, (_, i) => item(i + 1)) };
      const byDefault = await list(many);
      expect(itemsOf(byDefault.el)).to.have.length(10);
      expect(ranksOf(byDefault.el).at(-1)).to.equal('10');
      const three = await list(many, (el) => el.setAttribute('max', '3'));
      expect(headlinesOf(three.el)).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
      const twenty = await list(many, (el) => el.setAttribute('max', '20'));
      expect(itemsOf(twenty.el)).to.have.length(20);
      for (const junk of ['0', '-4', 'lots']) {
        const { el } = await list(many, (el) => el.setAttribute('max', junk));
        expect(itemsOf(el), `max="${junk}"`).to.have.length(10);
      }
      three.el.max = 5;
      await three.el.updateComplete;
      expect(itemsOf(three.el)).to.have.length(5);
    });

    const levels: [string | null, string][] = [
      [null, 'h2'],
      ['3', 'h3'],
      ['1', 'h1'],
      ['6', 'h6'],
      ['9', 'h6'],
      ['0', 'h1'],
      ['-1', 'h1'],
      ['two', 'h2'],
    ];
    for (const [level, tag] of levels) {
      it(`renders the heading as <${tag}> for headline-level=${level === null ? '(absent)' : `"${level}"`}`, async () => {
        const { el } = await list(feed, (el) => level !== null && el.setAttribute('headline-level', level));
        expect(headingOf(el).localName).to.equal(tag);
        expect(headingOf(el).textContent!.trim()).to.equal('Trending Now');
      });
    }

    it('shows 64×64 decorative thumbnails, only for items with images, with `thumbnails`', async () => {
      const without = await list(feed);
      expect(without.el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
      const { el } = await list(feed, (el) => el.setAttribute('thumbnails', ''));
      itemsOf(el).forEach((li, i) => {
        const img = li.querySelector('img');
        if (!feed.items[i]!.image) {
          expect(img, `item ${i + 1} has no image`).to.equal(null);
          return;
        }
        expect(img, `item ${i + 1} has a thumbnail`).to.exist;
        expect(img!.getAttribute('width')).to.equal('64');
        expect(img!.getAttribute('height')).to.equal('64');
        expect(img!.getAttribute('alt')).to.equal('');
        expect(img!.src).to.equal(fixtureUrl('seed-hero.png'));
      });
      expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(3);
    });
  });

  describe('events', () => {
    it('fires news-click with the article and its rank when a headline is followed', async () => {
      const { el, events } = await list(feed);
      const seen: Event[] = [];
      const atDocument = (e: Event) => seen.push(e);
      document.addEventListener('news-click', atDocument);
      const stay = (e: Event) => e.preventDefault();
      el.addEventListener('click', stay);
      const before = location.href;
      try {
        itemsOf(el)[2]!.querySelector('a')!.click();
        itemsOf(el)[0]!.querySelector('a')!.click();
      } finally {
        el.removeEventListener('click', stay);
        document.removeEventListener('news-click', atDocument);
      }
      expect(location.href).to.equal(before);
      const clicks = ofType(events, 'news-click');
      expect(clicks.map((e) => e.detail.position)).to.deep.equal([3, 1]);
      expect(clicks[0]!.detail.article.url).to.equal(feed.items[2]!.url);
      expect(clicks[0]!.detail.article.headline).to.equal(feed.items[2]!.headline);
      expect(clicks[1]!.detail.article.url).to.equal(feed.items[0]!.url);
      expect(seen, 'bubbles and is composed').to.have.length(2);
      expect(ofType(events, 'news-impression').filter((e) => e.detail.position === 3).length).to.be.at.most(1);
    });

    it('makes the whole row one click target: its link', async () => {
      const { el } = await list(feed);
      const row = itemsOf(el)[1]!;
      const rank = row.querySelector('[part="rank"]')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(rank.left + rank.width / 2, rank.top + rank.height / 2);
      expect(hit).to.equal(row.querySelector('a'));
    });

    // The dwell runs on a fake clock (test/helpers.ts fakeClock): a second passes only when the test
    // moves time on, and scrolls are waited for as the browser's own intersection reports, so a slow
    // or busy machine changes nothing.
    it('fires news-impression once per item that is at least half visible for a second', async () => {
      // The real IntersectionObserver reports only in a rendering (foreground) tab.
      expect(document.visibilityState, 'this test needs a visible tab (see the test runner config)').to.equal('visible');
      const fake = fakeClock();
      try {
        const scroller = fixtureSync<HTMLDivElement>(html`<div style="height: 180px; overflow: auto"></div>`);
        const { el, events } = await mount('news-trending-list', (el) => (el.feed = feed));
        scroller.append(el); // moved into the scroller before its first impression timer was set
        await waitForState(el, 'ready');
        const ratio = (li: Element) => {
          const box = li.getBoundingClientRect();
          const view = scroller.getBoundingClientRect();
          const visible = Math.max(0, Math.min(box.bottom, view.bottom) - Math.max(box.top, view.top));
          return visible / box.height;
        };
        const impressions = () => ofType(events, 'news-impression');
        const dwells = () => fake.pending('internal/impressions');
        const clearly = (min: number, max: number) =>
          itemsOf(el)
            .map((li, i) => [i + 1, ratio(li)] as const)
            .filter(([, r]) => r >= min && r <= max)
            .map(([position]) => position);
        const rows = (positions: number[]) => positions.map((p) => itemsOf(el)[p - 1]!);

        const seenFirst = clearly(0.6, 1);
        const hiddenFirst = clearly(0, 0.4);
        expect(seenFirst.length, 'some items are in view').to.be.at.least(1);
        expect(hiddenFirst.length, 'some items are out of view').to.be.at.least(3);

        await waitUntil(() => dwells().length >= seenFirst.length, 'dwell timers for the visible items');
        expect(dwells().length, 'no dwell timer for an item out of view').to.be.at.most(itemsOf(el).length - hiddenFirst.length);
        for (const t of dwells()) expect(t.ms).to.equal(IMPRESSION_MS);
        fake.advance(IMPRESSION_MS - 1);
        expect(impressions(), 'nothing before a second has passed').to.have.length(0);
        fake.advance(1);
        let positions = impressions().map((e) => e.detail.position);
        for (const p of seenFirst) expect(positions, `item ${p} was seen`).to.include(p);
        for (const p of hiddenFirst) expect(positions, `item ${p} was not seen`).not.to.include(p);
        for (const e of impressions()) expect(e.detail.article.url).to.equal(feed.items[e.detail.position - 1]!.url);
        const firstCount = impressions().length;

        // Scroll to the end and back before a second is up: those dwell timers are cleared, nothing is reported.
        const first = watchIntersections(rows(seenFirst));
        scroller.scrollTop = scroller.scrollHeight;
        const seenLast = clearly(0.6, 1);
        expect(seenLast).to.include(10);
        const last = watchIntersections(rows(seenLast));
        await last.until(true, 'the last items in view');
        await waitUntil(() => dwells().length >= seenLast.length, 'dwell timers for the newly visible items');
        const early = dwells();
        fake.advance(IMPRESSION_MS - 1);
        scroller.scrollTop = 0;
        await last.until(false, 'the last items out of view');
        await waitUntil(() => early.every((t) => t.cleared), 'the dwell timers cleared when scrolled away');
        fake.advance(2 * IMPRESSION_MS);
        expect(impressions(), 'nothing for items scrolled away before a second').to.have.length(firstCount);

        // Scroll to the end for a full second: the newly visible items are reported.
        scroller.scrollTop = scroller.scrollHeight;
        await last.until(true, 'the last items in view again');
        await waitUntil(() => dwells().length >= seenLast.length, 'dwell timers for the newly visible items');
        fake.advance(IMPRESSION_MS);
        positions = impressions().map((e) => e.detail.position);
        for (const p of seenLast) expect(positions, `item ${p} was seen`).to.include(p);

        // And back to the top (once every observer has heard of it): the first ones are not reported again.
        await first.until(false, 'the first items out of view');
        scroller.scrollTop = 0;
        await first.until(true, 'the first items in view again');
        first.disconnect();
        last.disconnect();
        expect(dwells(), 'no dwell timer for items already reported').to.have.length(0);
        fake.advance(2 * IMPRESSION_MS);
        positions = impressions().map((e) => e.detail.position);
        expect(new Set(positions).size, 'each item at most once').to.equal(positions.length);
        for (const p of [...seenFirst, ...seenLast]) expect(positions).to.include(p);
        expect(positions.length).to.be.below(10);
      } finally {
        fake.restore();
      }
    });
  });

  describe('a list that changes under the reader', () => {
    it('keeps the focus on the same story when new data reorders the list', async () => {
      const { el } = await list(feed);
      const second = itemsOf(el)[1]!.querySelector('a')!;
      const href = second.getAttribute('href');
      second.focus();
      el.feed = { ...feed, items: [feed.items[1]!, feed.items[0]!, ...feed.items.slice(2)] };
      await el.updateComplete;
      const active = el.shadowRoot!.activeElement as HTMLAnchorElement;
      expect(active.getAttribute('href')).to.equal(href);
      expect(active.closest('li')!.dataset['position']).to.equal('1');
      expect(headlinesOf(el)[0]).to.equal(feed.items[1]!.headline);
    });

    it('leaves the focus alone when the focused story stays where it is', async () => {
      const { el } = await list(feed);
      const first = itemsOf(el)[0]!.querySelector('a')!;
      first.focus();
      el.feed = { ...feed, items: [feed.items[0]!, feed.items[2]!, feed.items[1]!, ...feed.items.slice(3)] };
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('reports a new story shown in a row another story was reported from', async () => {
      expect(document.visibilityState, 'this test needs a visible tab (see the test runner config)').to.equal('visible');
      const { el, events } = await list({ ...feed, items: feed.items.slice(0, 2) });
      const impressions = () => ofType(events, 'news-impression').map((e) => e.detail.article.url as string);
      // The dwell runs on this file's fake clock: a second passes when the test says so.
      const dwells = () => patience().pending('internal/impressions');
      await waitUntil(() => dwells().length === 2, 'dwell timers for the first two stories');
      patience().advance(IMPRESSION_MS);
      expect(impressions(), 'impressions of the first two stories').to.have.length(2);
      const next = feed.items.slice(2, 4);
      el.feed = { ...feed, items: next };
      await waitUntil(() => dwells().length === 2, 'dwell timers for the stories that replaced them');
      patience().advance(IMPRESSION_MS);
      for (const entry of next) expect(impressions(), 'impressions of the stories that replaced them').to.include(entry.url);
      expect(impressions()).to.have.length(4);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      const states: [string, unknown, string][] = [
        ['ready', null, 'ready'],
        ['empty', { items: [] }, 'ready'],
        ['error', { items: 'none' }, 'error'],
      ];
      for (const [name, data, state] of states) {
        it(`has no axe violations in the ${theme} theme, ${name} state`, async () => {
          const { el } = await mount('news-trending-list', (el) => {
            el.setAttribute('theme', theme);
            el.setAttribute('thumbnails', '');
            el.feed = (data ?? feed) as NewsTrendingList['feed'];
          });
          await waitForState(el, state as 'ready' | 'error');
          await expect(el).to.be.accessible();
        });
      }

      it(`has no axe violations in the ${theme} theme with fallback content and while loading`, async () => {
        const failed = await mount('news-trending-list', (el) => {
          el.setAttribute('theme', theme);
          el.innerHTML = '<a href="https://news.example/trending">Trending stories</a>';
          el.feed = { items: 'none' };
        });
        await waitForState(failed.el, 'error');
        expect(visibleText(failed.el)).to.equal('Trending stories');
        await expect(failed.el).to.be.accessible();
        const loading = await mount('news-trending-list', (el) => el.setAttribute('theme', theme));
        expect(loading.el.state).to.equal('loading');
        await expect(loading.el).to.be.accessible();
      });
    }

    it('uses dark colours in the dark theme', async () => {
      const { el } = await list(feed, (el) => el.setAttribute('theme', 'dark'));
      const base = getComputedStyle(baseOf(el));
      expect(base.backgroundColor).to.equal('rgb(18, 18, 18)');
      expect(base.color).to.equal('rgb(241, 241, 241)');
    });
  });

  describe('language and direction', () => {
    const hebrew = {
      name: 'הכי נקראים',
      items: [
        item(1, { headline: 'נאט"ו מאשימה את סין בסיוע למאמץ המלחמתי של רוסיה', inLanguage: 'he' }),
        item(2, { headline: 'ביידן מארח את בעלות הברית', inLanguage: 'he' }),
      ],
    };
    const arabic = [item(1, { headline: 'الناتو يتهم الصين بمساعدة روسيا', inLanguage: 'ar' })] as unknown as NewsTrendingList['feed'];

    it('is right-to-left with lang="he" on the element', async () => {
      const { el } = await list(hebrew, (el) => el.setAttribute('lang', 'he'));
      const base = baseOf(el);
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('lang')).to.equal('he');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      expect(headingOf(el).textContent!.trim()).to.equal('הכי נקראים');
    });

    it("is right-to-left inside an ancestor's lang=\"ar\"", async () => {
      const el = await fixture<NewsTrendingList>(html`<news-trending-list .feed=${arabic}></news-trending-list>`, {
        parentNode: fixtureSync(html`<div lang="ar"></div>`),
      });
      await waitForState(el, 'ready');
      expect(baseOf(el).getAttribute('dir')).to.equal('rtl');
      expect(baseOf(el).getAttribute('lang')).to.equal('ar-u-nu-arab'); // Arabic, with its Arabic-Indic digits named
      expect(getComputedStyle(baseOf(el)).direction).to.equal('rtl');
    });

    it('follows the language of the place it is moved to', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="ar"></div>`);
      const { el } = await list([item(1)]);
      expect(baseOf(el).getAttribute('lang')).to.equal('en');
      expect(baseOf(el).getAttribute('dir')).to.equal('ltr');
      wrapper.append(el);
      await el.updateComplete;
      expect(baseOf(el).getAttribute('lang')).to.equal('ar-u-nu-arab'); // Arabic, with its Arabic-Indic digits named
      expect(baseOf(el).getAttribute('dir')).to.equal('rtl');
    });

    it('reads right to left for a feed of Hebrew headlines on an English page', async () => {
      const { el } = await list(hebrew);
      expect(baseOf(el).getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(baseOf(el)).direction).to.equal('rtl');
    });

    it("takes language and direction from the items' inLanguage when the page has no lang", async () => {
      const html_ = document.documentElement;
      const pageLang = html_.getAttribute('lang');
      html_.removeAttribute('lang');
      try {
        const { el } = await list(hebrew);
        expect(baseOf(el).getAttribute('lang')).to.equal('he');
        expect(baseOf(el).getAttribute('dir')).to.equal('rtl');
      } finally {
        if (pageLang !== null) html_.setAttribute('lang', pageLang);
      }
    });

    it('marks a headline in another language than the list with its lang and direction', async () => {
      const mixed = [item(1), item(2, { headline: 'ביידן מארח את בעלות הברית', inLanguage: 'he' }), item(3, { inLanguage: 'en' })];
      const { el } = await list(mixed);
      const base = baseOf(el);
      expect(base.getAttribute('dir')).to.equal('ltr');
      expect(base.getAttribute('lang')).to.equal('en');
      const links = itemsOf(el).map((li) => li.querySelector('a')!);
      expect(links[1]!.getAttribute('lang')).to.equal('he');
      expect(links[1]!.getAttribute('dir')).to.equal('rtl');
      expect(getComputedStyle(links[1]!).direction).to.equal('rtl');
      expect(links[0]!.hasAttribute('lang')).to.equal(false);
      expect(links[2]!.hasAttribute('lang')).to.equal(false);
      // Any other headline is isolated and takes the direction of its own text.
      expect(links[0]!.getAttribute('dir')).to.equal('auto');
      expect(links[2]!.getAttribute('dir')).to.equal('auto');
    });
  });
});
