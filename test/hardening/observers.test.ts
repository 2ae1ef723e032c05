// A page of many widgets must stay cheap to scroll: one IntersectionObserver for impressions,
// one for visibility, and only the elements that need watching are watched.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/trending-list/news-trending-list.js';
import { impressionWatchCount } from '../../src/internal/impressions.js';
import { watchedCount } from '../../src/internal/visibility.js';
import { tickingCount } from '../../src/time/ticker.js';
import { fixtureUrl, settle, waitForState } from '../helpers.js';
import { waitFor } from '../trending-list/support.js';

const created: IntersectionObserver[] = [];
const Original = window.IntersectionObserver;
class CountingObserver extends Original {
  constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
    super(callback, options);
    created.push(this);
  }
}

function article(n: number, minutesAgo: number): Record<string, unknown> {
  return {
    url: `https://news.example/story/${n}`,
    headline: `Story ${n}`,
    datePublished: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
    author: [`Author ${n}`],
  };
}

async function page(cards: number, relative: 'never' | 'auto'): Promise<HTMLElement> {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  for (let n = 0; n < cards; n++) {
    const el = document.createElement('news-article-card');
    el.setAttribute('relative', relative);
    el.article = article(n, 5);
    box.append(el);
  }
  await Promise.all(Array.from(box.children, (el) => settle(el)));
  return box;
}

describe('observers on a page of many widgets', () => {
  beforeEach(() => {
    created.length = 0;
    window.IntersectionObserver = CountingObserver;
  });
  afterEach(() => {
    window.IntersectionObserver = Original;
  });

  it('200 cards with absolute times: one impression observer, nothing watched for visibility', async () => {
    const box = await page(200, 'never');
    expect(impressionWatchCount(), 'cards watched for impressions').to.equal(200);
    expect(created.length, 'IntersectionObservers created').to.equal(1);
    expect(watchedCount(), 'elements watched for visibility').to.equal(0);
    expect(tickingCount()).to.equal(0);
    box.remove();
    expect(impressionWatchCount()).to.equal(0);
  });

  it('200 cards with relative times: the bylines that tick are watched, through one more observer', async () => {
    const box = await page(200, 'auto');
    expect(tickingCount(), 'bylines ticking').to.equal(200);
    expect(watchedCount(), 'watched for visibility: exactly what ticks').to.equal(200);
    expect(created.length, 'one for impressions, one for visibility').to.equal(2);
    box.remove();
    await new Promise((r) => setTimeout(r, 0));
    expect(watchedCount()).to.equal(0);
    expect(tickingCount()).to.equal(0);
  });

  it('a trending list is watched only while it has refreshes planned', async () => {
    const feed = [article(1, 90_000), article(2, 90_000)];
    const el = await fixture<HTMLElement & { feed: unknown; refresh?: number; state: string; updateComplete: Promise<boolean> }>(
      html`<news-trending-list relative="never" .feed=${feed}></news-trending-list>`,
    );
    await settle(el);
    expect(watchedCount(), 'data given as a property: no refresh, no watch').to.equal(0);
    expect(impressionWatchCount(), 'its rows are watched for impressions').to.equal(2);
    el.remove();
    expect(impressionWatchCount()).to.equal(0);

    const refreshing = await fixture<HTMLElement & { refresh?: number; state: string; updateComplete: Promise<boolean> }>(
      html`<news-trending-list relative="never" refresh="60" src=${fixtureUrl('trending-feed.json')}></news-trending-list>`,
    );
    await waitForState(refreshing, 'ready');
    expect(watchedCount(), 'a refresh is planned: watched').to.equal(1);
    // Switched off at once, or when a request still in flight ends (it plans the next refresh).
    refreshing.refresh = 0;
    await waitFor(() => watchedCount() === 0, 'refresh switched off: no longer watched', 3000);
    refreshing.remove();
  });
});
