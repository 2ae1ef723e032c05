import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/article-card/news-article-card.js';
import type { NewsArticleCard } from '../../src/article-card/article-card.js';
import type { Article } from '../../src/article/types.js';
import { IMPRESSION_MS } from '../../src/internal/impressions.js';
import {
  deepQuery,
  deepQueryAll,
  fakeClock,
  fixtureUrl,
  freezeClock,
  loadJson,
  recordEvents,
  seedArticle,
  settle,
  sleep,
  visibleText,
  waitForState,
  waitUntil,
  watchIntersections,
  fakeClockInEveryTest,
} from '../helpers.js';

const SEED_TIME = "MMM.dd - yyyy hh:mm a 'CET'";

async function card(template: unknown): Promise<NewsArticleCard> {
  const el = await fixture<NewsArticleCard>(template as never);
  if (el.state === 'loading' && (el.article || el.querySelector('script'))) await waitForState(el, 'ready');
  await settle(el);
  return el;
}

// Every library timer runs on a fake clock in each test of this file (see fakeClockInEveryTest).
fakeClockInEveryTest();

describe('<news-article-card>', () => {
  let seed: Article;
  before(async () => {
    seed = await seedArticle();
  });

  describe('the seed article', () => {
    it('renders the seed words and the exact seed timestamp', async () => {
      const el = await card(html`<news-article-card .article=${seed} lead-in="Written by" time-zone="Europe/Copenhagen" date-format=${SEED_TIME}></news-article-card>`);
      const text = visibleText(el);
      expect(text).to.contain("NATO Accuses China of Aiding Russia's War Efforts");
      expect(text).to.contain('Written by Kathrine Frich');
      expect(text).to.contain('Photo: Shutterstock');
      expect(text).to.contain('Jul.11 - 2024 10:15 AM CET');
      expect(text).to.contain('World');
      expect(text).to.contain('2 min read');
    });

    it('has one real link, the headline, inside a real heading', async () => {
      const el = await card(html`<news-article-card .article=${seed}></news-article-card>`);
      const article = el.shadowRoot!.querySelector('article')!;
      expect(article).to.exist;
      const links = el.shadowRoot!.querySelectorAll('a');
      expect(links).to.have.length(1);
      const link = links[0]!;
      expect(link.getAttribute('href')).to.equal(seed.url);
      expect(link.closest('h2')).to.exist;
      expect(link.textContent!.trim()).to.equal(seed.headline);
      // Author links live in the byline and sit above the card-wide link; no link is nested in another.
      for (const a of deepQueryAll(el, 'a')) expect(a.parentElement!.closest('a')).to.equal(null);
    });

    it('makes the whole card clickable through the headline link', async () => {
      const el = await card(html`<news-article-card .article=${seed} style="width: 480px"></news-article-card>`);
      const box = el.getBoundingClientRect();
      const link = el.shadowRoot!.querySelector('a')!;
      const clicks: Event[] = [];
      link.addEventListener('click', (e) => {
        e.preventDefault();
        clicks.push(e);
      });
      // The middle of the description, far from the headline text.
      const description = el.shadowRoot!.querySelector('[part="description"]')!.getBoundingClientRect();
      const hit = el.shadowRoot!.elementFromPoint(description.left + description.width / 2, description.top + description.height / 2);
      expect(hit).to.equal(link);
      expect(box.height).to.be.greaterThan(200);
    });

    it('reserves the image space from width/height before it loads (no layout shift)', async () => {
      const el = await card(html`<news-article-card .article=${seed} style="width: 480px"></news-article-card>`);
      const img = deepQuery<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('width')).to.equal('960');
      expect(img.getAttribute('height')).to.equal('540');
      expect(img.getAttribute('loading')).to.equal('lazy');
      expect(img.getAttribute('alt')).to.equal(seed.image!.alt);
      expect(Math.round(img.getBoundingClientRect().height)).to.equal(270);
    });
  });

  describe('data in three ways', () => {
    it('gives the same result from a property, inline JSON and src', async () => {
      const raw = await loadJson('seed-article.json');
      const a = await card(html`<news-article-card .article=${seed} relative="never" time-zone="UTC"></news-article-card>`);
      const b = await card(html`<news-article-card relative="never" time-zone="UTC"
        ><script type="application/json">
          ${JSON.stringify({ ...(raw as object), image: { ...(raw as { image: object }).image, url: fixtureUrl('seed-hero.png') } })}
        </script></news-article-card
      >`);
      const c = await fixture<NewsArticleCard>(html`<news-article-card src=${fixtureUrl('seed-article.json')} relative="never" time-zone="UTC"></news-article-card>`);
      await waitForState(c, 'ready');
      expect(visibleText(b)).to.equal(visibleText(a));
      expect(visibleText(c)).to.equal(visibleText(a));
      expect(deepQuery<HTMLImageElement>(c, 'img')!.src).to.equal(fixtureUrl('seed-hero.png'));
    });

    it('accepts the JSON-LD form the page already has', async () => {
      const jsonld = await loadJson('seed-article.jsonld.json');
      const el = await card(html`<news-article-card relative="never"
        ><script type="application/ld+json">
          ${JSON.stringify(jsonld)}
        </script></news-article-card
      >`);
      expect(el.state).to.equal('ready');
      expect(visibleText(el)).to.contain("NATO Accuses China of Aiding Russia's War Efforts");
      expect(visibleText(el)).to.contain('Kathrine Frich');
    });
  });

  describe('states', () => {
    it('shows a skeleton that keeps its size while loading', async () => {
      const el = await fixture<NewsArticleCard>(html`<news-article-card src="/api/feed?file=seed-article.json&delay=2000" style="width: 400px"></news-article-card>`);
      expect(el.state).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
      expect(el.shadowRoot!.querySelector('.skeleton.media')).to.exist;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(225);
      el.remove();
    });

    it('shows the fallback children when the data is bad, and says why in news-error', async () => {
      const host = document.createElement('div');
      const events = recordEvents(host, 'news-error', 'news-load');
      host.innerHTML = `<news-article-card><script type="application/json">{"headline": "No url"</script><a href="https://example.com/a">Read the article</a></news-article-card>`;
      document.body.append(host);
      const el = host.firstElementChild as NewsArticleCard;
      await waitForState(el, 'error');
      expect(events).to.have.length(1);
      expect(events[0]!.type).to.equal('news-error');
      expect(events[0]!.detail.errors[0].path).to.equal('$');
      expect(visibleText(el)).to.equal('Read the article');
      expect(el.shadowRoot!.querySelector('slot')).to.exist;
      host.remove();
    });

    it('shows a short polite line without fallback children, with the JSON path of each error', async () => {
      const events: CustomEvent[] = [];
      const el = await fixture<NewsArticleCard>(html`<news-article-card
        @news-error=${(e: CustomEvent) => events.push(e)}
        .article=${{ url: 'https://example.com/a', headline: 'Dated badly', datePublished: 'the day after tomorrow' }}
      ></news-article-card>`);
      await waitForState(el, 'error');
      expect(visibleText(el)).to.equal('The article could not be shown.');
      expect(events[0]!.detail.errors.map((e: { path: string }) => e.path)).to.deep.equal(['datePublished']);
      expect(el.errors[0]!.path).to.equal('datePublished');
    });
  });

  describe('attributes', () => {
    for (const layout of ['stacked', 'horizontal', 'overlay', 'compact'] as const) {
      it(`lays out as ${layout}`, async () => {
        const el = await card(html`<news-article-card .article=${seed} layout=${layout} style="width: 600px"></news-article-card>`);
        const article = el.shadowRoot!.querySelector('article')!;
        expect(article.classList.contains(layout)).to.equal(true);
        const img = deepQuery(el, 'img')!.getBoundingClientRect();
        const headline = el.shadowRoot!.querySelector('[part="headline"]')!.getBoundingClientRect();
        if (layout === 'stacked') expect(headline.top).to.be.at.least(img.bottom);
        if (layout === 'horizontal') expect(headline.left).to.be.at.least(img.right);
        if (layout === 'overlay') expect(headline.bottom).to.be.at.most(img.bottom + 1);
        if (layout === 'compact') {
          // A thumbnail: 22 % of the card's width, within 88–180 px.
          expect(img.width).to.be.within(87.5, Math.max(88, el.getBoundingClientRect().width * 0.22) + 0.5);
          expect(el.shadowRoot!.querySelector('[part="description"]')).to.equal(null);
        }
      });
    }

    it('falls back to stacked for an unknown layout', async () => {
      const el = await card(html`<news-article-card .article=${seed} layout="diagonal"></news-article-card>`);
      expect(el.shadowRoot!.querySelector('article')!.classList.contains('stacked')).to.equal(true);
    });

    it('uses headline-level for the heading, clamped to 1–6', async () => {
      for (const [level, tag] of [
        ['1', 'H1'],
        ['4', 'H4'],
        ['6', 'H6'],
        ['9', 'H6'],
        ['0', 'H1'],
        ['x', 'H2'],
      ]) {
        const el = await card(html`<news-article-card .article=${seed} headline-level=${level}></news-article-card>`);
        expect(el.shadowRoot!.querySelector('[part="headline"]')!.tagName, `level ${level}`).to.equal(tag);
      }
    });

    it('shows the kicker, preferring kicker over articleSection', async () => {
      const el = await card(html`<news-article-card .article=${{ ...(await loadJson<object>('seed-article.json')), kicker: 'Summit' }}></news-article-card>`);
      expect(el.shadowRoot!.querySelector('[part="kicker"]')!.textContent).to.equal('Summit');
    });

    it('renders every label in a fixed order, paid content first', async () => {
      const el = await card(html`<news-article-card
        .article=${{ ...(await loadJson<object>('seed-article.json')), labels: ['sponsored', 'breaking', 'live', 'analysis', 'opinion'] }}
      ></news-article-card>`);
      const labels = [...el.shadowRoot!.querySelectorAll('[part="label"]')].map((l) => l.textContent);
      expect(labels).to.deep.equal(['Sponsored', 'Live', 'Breaking', 'Opinion', 'Analysis']);
    });

    it('renders srcset and sizes for responsive images', async () => {
      const el = await card(html`<news-article-card
        sizes="(min-width: 800px) 400px, 100vw"
        .article=${{
          ...(await loadJson<object>('seed-article.json')),
          image: {
            url: fixtureUrl('seed-hero.png'),
            width: 960,
            height: 540,
            alt: '',
            srcset: [
              { url: fixtureUrl('seed-hero.png?w=480'), width: 480 },
              { url: fixtureUrl('seed-hero.png'), width: 960 },
            ],
          },
        }}
      ></news-article-card>`);
      const img = deepQuery<HTMLImageElement>(el, 'img')!;
      expect(img.getAttribute('srcset')).to.equal(`${fixtureUrl('seed-hero.png?w=480')} 480w, ${fixtureUrl('seed-hero.png')} 960w`);
      expect(img.getAttribute('sizes')).to.equal('(min-width: 800px) 400px, 100vw');
      expect(img.getAttribute('alt')).to.equal('');
    });

    it('renders without an image, description, author or word count', async () => {
      const el = await card(html`<news-article-card .article=${{ url: 'https://example.com/min', headline: 'Minimal', datePublished: '2024-07-11T08:15:00Z' }} relative="never" time-zone="UTC" lang="en-GB"></news-article-card>`);
      expect(deepQuery(el, 'img')).to.equal(null);
      expect(visibleText(el)).to.equal('Minimal 11 Jul 2024, 08:15');
    });

    it('uses relative time for recent articles on a fixed clock', async () => {
      const restore = freezeClock('2024-07-11T11:15:00+02:00');
      try {
        const el = await card(html`<news-article-card .article=${seed} lang="en"></news-article-card>`);
        expect(visibleText(el)).to.contain('1 hour ago');
      } finally {
        restore();
      }
    });

    const hebrew = {
      url: 'https://example.com/he',
      headline: 'כותרת החדשות',
      inLanguage: 'he',
      labels: ['live'],
      wordCount: 460,
      datePublished: '2024-07-11T08:15:00Z',
      author: ['דנה כהן'],
    };

    it('lays out a Hebrew article right to left, with the page language for its words', async () => {
      const el = await card(html`<news-article-card .article=${hebrew}></news-article-card>`);
      const root = el.shadowRoot!.querySelector('[part="base"]')!;
      expect(root.getAttribute('dir')).to.equal('rtl');
      expect(root.getAttribute('lang')).to.equal('en');
      expect(el.shadowRoot!.querySelector('article')!.getAttribute('lang')).to.equal('he');
      expect(visibleText(el)).to.contain('Live');
      expect(visibleText(el)).to.contain('By דנה כהן');
      // The headline sits at the right edge in RTL.
      const box = el.getBoundingClientRect();
      const headline = el.shadowRoot!.querySelector('[part="link"]')!.getBoundingClientRect();
      expect(Math.round(box.right - headline.right)).to.be.at.most(1);
    });

    it('writes its words in the element language (lang attribute)', async () => {
      const el = await card(html`<news-article-card lang="he" .article=${hebrew}></news-article-card>`);
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('he');
      expect(visibleText(el)).to.contain('בשידור חי');
      expect(visibleText(el)).to.contain('מאת דנה כהן');
    });

    it('keeps a left-to-right layout for an English article on an RTL page unless dir says otherwise', async () => {
      const wrapper = await fixture(html`<div lang="ar" dir="rtl"><news-article-card .article=${seed}></news-article-card><news-article-card dir="rtl" .article=${seed}></news-article-card></div>`);
      const [first, second] = [...wrapper.querySelectorAll('news-article-card')] as NewsArticleCard[];
      await settle(first!);
      await settle(second!);
      expect(first!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
      expect(first!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('ar-u-nu-arab'); // Arabic, with its Arabic-Indic digits named
      expect(second!.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('rtl');
    });
  });

  describe('events', () => {
    it('fires news-load once, and news-click with the article and position', async () => {
      const host = document.createElement('div');
      const events = recordEvents(host, 'news-load', 'news-error', 'news-click');
      document.body.append(host);
      const el = document.createElement('news-article-card');
      el.article = seed;
      host.append(el);
      await waitForState(el, 'ready');
      expect(events.map((e) => e.type)).to.deep.equal(['news-load']);
      expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
      expect((events[0]!.detail as { value: Article }).value.headline).to.equal(seed.headline);
      const link = el.shadowRoot!.querySelector('a')!;
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
      expect(events.map((e) => e.type)).to.deep.equal(['news-load', 'news-click']);
      expect(events[1]!.detail).to.deep.equal({ article: el.shadowRoot && (events[0]!.detail as { value: Article }).value, position: 1 });
      host.remove();
    });

    // The dwell runs on a fake clock (test/helpers.ts fakeClock): the second passes only when the
    // test moves time on, so a slow or busy machine cannot make it pass early or late.
    it('fires news-impression once after a second at least half visible', async () => {
      const fake = fakeClock();
      try {
        const events: CustomEvent[] = [];
        const el = await card(html`<news-article-card .article=${seed} @news-impression=${(e: CustomEvent) => events.push(e)}></news-article-card>`);
        await waitUntil(() => fake.pending('internal/impressions').length === 1, 'the dwell timer of the visible card');
        expect(fake.pending('internal/impressions')[0]!.ms).to.equal(IMPRESSION_MS);
        fake.advance(IMPRESSION_MS - 1);
        expect(events).to.have.length(0);
        fake.advance(1);
        expect(events).to.have.length(1);
        expect(events[0]!.detail.position).to.equal(1);
        // Hidden and shown again (once every observer has heard of both): no new dwell, no second event.
        const seen = watchIntersections(el);
        el.style.display = 'none';
        await seen.until(false, 'the card hidden');
        el.style.display = '';
        await seen.until(true, 'the card shown again');
        seen.disconnect();
        expect(fake.pending('internal/impressions'), 'no dwell timer for a card already reported').to.have.length(0);
        fake.advance(2 * IMPRESSION_MS);
        expect(events).to.have.length(1);
      } finally {
        fake.restore();
      }
    });

    it('does not count a card hidden before its second is up, and counts it once it stays a second', async () => {
      const fake = fakeClock();
      try {
        const events: CustomEvent[] = [];
        const el = await card(html`<news-article-card .article=${seed} @news-impression=${(e: CustomEvent) => events.push(e)}></news-article-card>`);
        await waitUntil(() => fake.pending('internal/impressions').length === 1, 'the dwell timer of the visible card');
        const dwell = fake.pending('internal/impressions')[0]!;
        fake.advance(IMPRESSION_MS - 1);
        el.style.display = 'none';
        await waitUntil(() => dwell.cleared, 'the dwell timer cleared when the card was hidden');
        fake.advance(2 * IMPRESSION_MS);
        expect(dwell.fired).to.equal(false);
        expect(events).to.have.length(0);
        el.style.display = '';
        await waitUntil(() => fake.pending('internal/impressions').length === 1, 'a new dwell timer once shown again');
        fake.advance(IMPRESSION_MS - 1);
        expect(events).to.have.length(0);
        fake.advance(1);
        expect(events).to.have.length(1);
      } finally {
        fake.restore();
      }
    });

    it('reports a dead image URL as news-error and keeps the image space', async () => {
      const events: CustomEvent[] = [];
      const el = await card(html`<news-article-card
        style="width: 480px"
        @news-error=${(e: CustomEvent) => events.push(e)}
        .article=${{ ...(await loadJson<object>('seed-article.json')), image: { url: '/api/feed?status=404', width: 960, height: 540, alt: '' } }}
      ></news-article-card>`);
      await waitUntil(() => events.length > 0, 'news-error for the dead image');
      expect(events).to.have.length(1);
      expect(events[0]!.detail.errors[0].path).to.equal('image.url');
      await settle(el);
      const media = el.shadowRoot!.querySelector('news-photo-credit')!;
      const box = media.shadowRoot!.querySelector('[part="image"]')!.getBoundingClientRect();
      expect(Math.round(box.height)).to.equal(270);
      expect(el.state).to.equal('ready');
    });
  });

  describe('safety', () => {
    it('renders hostile strings as text and never links a javascript: URL', async () => {
      (window as unknown as { __pwned?: number }).__pwned = undefined;
      const el = await card(html`<news-article-card
        .article=${{
          url: 'javascript:window.__pwned=1',
          headline: '<img src=x onerror="window.__pwned=1">',
          datePublished: '2024-07-11T08:15:00Z',
        }}
      ></news-article-card>`);
      expect(el.state).to.equal('error');
      const ok = await card(html`<news-article-card
        .article=${{
          url: 'https://example.com/x',
          headline: 'Storm <img src=x onerror="window.__pwned=1">&lt;img src=y onerror="window.__pwned=1"&gt;warning',
          description: '<script>window.__pwned=1</script>The dek',
          author: [{ name: 'Eve', url: 'JaVaScRiPt:window.__pwned=1' }],
          datePublished: '2024-07-11T08:15:00Z',
        }}
      ></news-article-card>`);
      // A negative check (no injected handler ran): a slow machine can only make it pass more, never fail.
      await sleep(50);
      expect(ok.shadowRoot!.querySelector('[part="headline"]')!.textContent!.trim()).to.equal('Storm warning');
      expect(visibleText(ok)).to.contain('The dek');
      expect(visibleText(ok)).to.not.contain('pwned');
      expect(deepQueryAll(ok, 'img')).to.have.length(0);
      expect(deepQueryAll(ok, 'script')).to.have.length(0);
      for (const a of deepQueryAll<HTMLAnchorElement>(ok, 'a')) expect(a.protocol).to.match(/^https?:$/);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('adds rel=noopener to links that leave the page origin', async () => {
      const el = await card(html`<news-article-card .article=${seed}></news-article-card>`);
      expect(el.shadowRoot!.querySelector('a')!.rel).to.contain('noopener');
    });
  });

  describe('accessibility (axe-core)', () => {
    for (const theme of ['light', 'dark']) {
      for (const layout of ['stacked', 'horizontal', 'overlay', 'compact']) {
        it(`has no violations: ${theme}, ${layout}, ready`, async () => {
          const el = await card(html`<news-article-card .article=${seed} theme=${theme} layout=${layout} lead-in="Written by"></news-article-card>`);
          await expect(el).to.be.accessible();
        });
      }
      it(`has no violations: ${theme}, error`, async () => {
        const el = await fixture<NewsArticleCard>(html`<news-article-card theme=${theme} .article=${{ headline: 'x' }}></news-article-card>`);
        await waitForState(el, 'error');
        await expect(el).to.be.accessible();
      });
      it(`has no violations: ${theme}, loading`, async () => {
        const el = await fixture<NewsArticleCard>(html`<news-article-card theme=${theme}></news-article-card>`);
        await expect(el).to.be.accessible();
      });
    }

    it('shows a visible focus ring on the headline link', async () => {
      const el = await card(html`<news-article-card .article=${seed}></news-article-card>`);
      const link = el.shadowRoot!.querySelector('a')!;
      // Firefox matches :focus-visible only in the focused window, and test files run side by side
      // in windows: this file's window must be the focused one first.
      await executeServerCommand('focus-window');
      await waitUntil(() => document.hasFocus(), 'the test window to get focus');
      link.focus({ focusVisible: true } as FocusOptions);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  describe('publisher data as pages emit it', () => {
    it('renders a Yoast graph given inline: decoded text, the graph’s author, image, credit and the clean page url', async () => {
      const page = 'https://news.example/2024/07/nato/';
      const graph = {
        '@context': 'https://schema.org',
        '@graph': [
          {
            '@type': 'OpinionNewsArticle',
            '@id': `${page}#article`,
            isPartOf: { '@id': `${page}#webpage` },
            author: { '@id': '#kf' },
            headline: 'NATO&#8217;s <em>hard</em> line on China',
            description: '<p>As NATO marks its 75th anniversary&hellip;</p>',
            articleSection: ['World'],
            datePublished: 'Thu, 11 Jul 2024 08:15:00 GMT',
            image: { '@id': `${page}#primaryimage` },
          },
          { '@type': 'WebPage', '@id': `${page}#webpage`, url: page },
          { '@type': 'ImageObject', '@id': `${page}#primaryimage`, url: fixtureUrl('seed-hero.png'), width: 960, height: 540, creditText: 'Shutterstock' },
          { '@type': 'Person', '@id': '#kf', name: 'By Kathrine Frich' },
        ],
      };
      const el = await card(html`<news-article-card time-zone="Europe/Copenhagen" date-format=${SEED_TIME} relative="never"
        ><script type="application/ld+json">${JSON.stringify(graph)}</script></news-article-card
      >`);
      expect(el.state).to.equal('ready');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
      expect(link.getAttribute('href')).to.equal(page);
      expect(link.textContent!.trim()).to.equal('NATO’s hard line on China');
      const text = visibleText(el);
      expect(text).to.contain('As NATO marks its 75th anniversary…');
      expect(text).to.contain('By Kathrine Frich');
      expect(text).to.not.contain('By By');
      expect(text).to.contain('Jul.11 - 2024 10:15 AM CET');
      expect(text).to.contain('Opinion');
      expect(deepQuery<HTMLImageElement>(el, 'img')!.src).to.equal(fixtureUrl('seed-hero.png'));
      expect(visibleText(deepQuery(el, '[part="credit"]')!)).to.equal('Photo: Shutterstock');
    });

    it('uses the responsive candidates of the canonical shape (srcset)', async () => {
      const el = await card(html`<news-article-card
        .article=${{
          url: 'https://news.example/a',
          headline: 'Responsive',
          datePublished: '2024-07-11T08:15:00Z',
          image: { url: fixtureUrl('seed-hero.png'), width: 960, height: 540, srcset: [{ url: fixtureUrl('seed-hero.png'), width: 960 }, { url: 'javascript:x', width: 480 }] },
        }}
      ></news-article-card>`);
      expect(deepQuery(el, 'img')!.getAttribute('srcset')).to.equal(`${fixtureUrl('seed-hero.png')} 960w`);
    });
  });
});
