// <news-trending-list> fed by RSS and Atom, the feeds newsrooms already serve: by `src` (each XML
// content type), as inline data and as a property; the same list as the JSON feed it mirrors.
import { expect } from '@open-wc/testing';
import '../../src/trending-list/news-trending-list.js';
import type { NewsTrendingList } from '../../src/trending-list/news-trending-list.js';
import { fixtureUrl, visibleText, waitForState } from '../helpers.js';
import { apiUrl, headlinesOf, itemsOf, mount, ofType, serverCount, uniqueKey, waitFor } from './support.js';

const SEED_ATTRS = { timeZone: 'Europe/Copenhagen', dateFormat: "MMM.dd - yyyy hh:mm a 'CET'" };

async function rssText(): Promise<string> {
  return (await fetch(fixtureUrl('trending-feed.rss'))).text();
}

/** What a reader sees of each row: rank, headline, link, time (text and instant) and thumbnail. */
function rows(el: HTMLElement) {
  return itemsOf(el).map((li) => ({
    rank: li.querySelector('[part="rank"]')!.textContent!.trim(),
    headline: li.querySelector('a')!.textContent!.trim(),
    href: li.querySelector('a')!.getAttribute('href'),
    time: li.querySelector('time')?.textContent!.trim(),
    datetime: li.querySelector('time')?.getAttribute('datetime'),
    thumbnail: li.querySelector('img')?.getAttribute('src') ?? undefined,
  }));
}

async function list(setup: (el: NewsTrendingList) => void) {
  const mounted = await mount('news-trending-list', (el) => {
    Object.assign(el, SEED_ATTRS);
    el.thumbnails = true;
    setup(el);
  });
  await waitForState(mounted.el, 'ready');
  await mounted.el.updateComplete;
  return mounted;
}

describe('<news-trending-list> with RSS and Atom', () => {
  it('renders the RSS fixture by src exactly as the JSON feed it mirrors, with the seed’s “Jul.11 - 2024 10:15 AM CET”', async () => {
    const json = await list((el) => (el.src = fixtureUrl('trending-feed.json')));
    const rss = await list((el) => (el.src = apiUrl({ file: 'trending-feed.rss', type: 'application/rss+xml; charset=utf-8' })));
    expect(rows(rss.el)).to.have.length(10);
    // Relative image URLs resolve against each document's own address, which differ here.
    const without = (r: ReturnType<typeof rows>) => r.map(({ thumbnail: _, ...rest }) => rest);
    expect(without(rows(rss.el))).to.deep.equal(without(rows(json.el)));
    expect(rows(rss.el)[0]).to.deep.include({
      headline: "NATO Accuses China of Aiding Russia's War Efforts",
      time: 'Jul.11 - 2024 10:15 AM CET',
      datetime: '2024-07-11T08:15:00.000Z',
      thumbnail: new URL('/api/seed-hero.png', location.href).href,
    });
    expect(visibleText(rss.el.shadowRoot!.querySelector('[part="heading"]')!)).to.equal('Trending Now');
    const [load] = ofType(rss.events, 'news-load');
    expect(load!.detail.source).to.equal('src');
    expect(load!.detail.warnings).to.deep.equal([]);
  });

  for (const type of ['application/atom+xml', 'application/xml', 'text/xml']) {
    it(`accepts a feed served as ${type}`, async () => {
      const { el } = await list((l) => (l.src = apiUrl({ file: 'trending-feed.rss', type })));
      expect(headlinesOf(el)).to.have.length(10);
    });
  }

  it('reads RSS given inline in <script type="application/rss+xml">, and as a string property', async () => {
    const text = await rssText();
    const inline = await list((el) => {
      const script = document.createElement('script');
      script.type = 'application/rss+xml';
      script.textContent = text;
      el.append(script);
    });
    expect(headlinesOf(inline.el)[0]).to.equal("NATO Accuses China of Aiding Russia's War Efforts");
    expect(ofType(inline.events, 'news-load')[0]!.detail.source).to.equal('inline');
    const property = await list((el) => (el.feed = text));
    expect(headlinesOf(property.el)).to.deep.equal(headlinesOf(inline.el));
  });

  it('reads Atom, with entries that inherit the feed’s author', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
      <feed xmlns="http://www.w3.org/2005/Atom"><title>Latest</title><author><name>Desk</name></author>
        <entry><title>First &amp; foremost</title><link href="https://news.example/1"/><id>urn:1</id><updated>2024-07-11T08:15:00Z</updated></entry>
      </feed>`;
    const { el } = await list((l) => (l.feed = atom));
    expect(rows(el)).to.deep.equal([
      { rank: '1', headline: 'First & foremost', href: 'https://news.example/1', time: 'Jul.11 - 2024 10:15 AM CET', datetime: '2024-07-11T08:15:00.000Z', thumbnail: undefined },
    ]);
    expect(visibleText(el.shadowRoot!.querySelector('[part="heading"]')!)).to.equal('Latest');
  });

  it('shows a feed whose items carry no date as a list without times', async () => {
    const undated = (await rssText()).replace(/<pubDate>[^<]*<\/pubDate>/g, '');
    const { el, events } = await list((l) => (l.feed = undated));
    expect(rows(el)).to.have.length(10);
    expect(el.shadowRoot!.querySelectorAll('time')).to.have.length(0);
    const warnings = ofType(events, 'news-load')[0]!.detail.warnings as Array<{ path: string; message: string }>;
    expect(warnings[0]).to.deep.equal({ path: 'channel.item[0].pubDate', message: 'is missing: the item is shown without a time' });
  });

  it('shows every item of a long feed with max="100"', async () => {
    const items = Array.from({ length: 130 }, (_, i) => `<item><title>Story ${i + 1}</title><link>https://news.example/${i}</link><pubDate>Thu, 11 Jul 2024 08:15:00 GMT</pubDate></item>`).join('');
    const { el } = await list((l) => {
      l.max = 100;
      l.feed = `<rss version="2.0"><channel><title>Many</title>${items}</channel></rss>`;
    });
    expect(itemsOf(el)).to.have.length(100);
    expect(headlinesOf(el).at(-1)).to.equal('Story 100');
  });

  it('refuses malformed XML by src with a clear error, its fallback content and one news-error', async () => {
    const { el, events } = await mount('news-trending-list', (l) => {
      l.src = apiUrl({ body: '<rss><channel><item><title>Open</channel>', type: 'application/rss+xml' });
      l.innerHTML = '<ol><li><a href="https://news.example/fallback">Fallback story</a></li></ol>';
    });
    await waitForState(el, 'error');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    const errors = ofType(events, 'news-error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.errors[0].path).to.equal('$');
    expect(errors[0]!.detail.errors[0].message).to.match(/^is not well-formed XML \(/);
  });

  it('refuses an RSS document that declares entities, and never reads them', async () => {
    const { el, events } = await mount('news-trending-list', (l) => {
      l.feed = '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "/api/feed?key=xxe">]><rss><channel><title>&x;</title></channel></rss>';
    });
    await waitForState(el, 'error');
    expect(ofType(events, 'news-error')[0]!.detail.errors).to.deep.equal([{ path: '$', message: 'declares entities in a DTD, which are not read' }]);
    expect((await serverCount('xxe')).count).to.equal(0);
  });

  it('refreshes an RSS src and keeps the list', async () => {
    const key = uniqueKey('rss-refresh');
    const { el, events } = await mount('news-trending-list', (l) => {
      l.refresh = 1;
      l.src = apiUrl({ file: 'trending-feed.rss', type: 'application/rss+xml', etag: 'auto', key });
    });
    await waitForState(el, 'ready');
    await waitFor(async () => (await serverCount(key)).count >= 2, 'a second request', 8000);
    expect(headlinesOf(el)).to.have.length(10);
    expect(ofType(events, 'news-error')).to.have.length(0);
  });
});
