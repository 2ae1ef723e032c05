import { expect, fixture, html } from '@open-wc/testing';
import '../../src/trending-list/news-trending-list.js';
import { fakeClock, loadJson, visibleText, waitForState, waitUntil, watchFetches, type FakeClock } from '../helpers.js';
import {
  apiUrl,
  baseOf,
  fakeVisibility,
  headlinesOf,
  itemsOf,
  mount,
  ofType,
  browserHasHttpCache,
  recheckIntersections,
  serverCount,
  serverSet,
  stubRandom,
  uniqueKey,
} from './support.js';

const FEED = 'trending-feed.json';

type Feedish = { items: { headline: string }[] };

const cleanups: (() => void)[] = [];

// Refreshes wait for the list to be on screen in a visible tab. This file may run in a background
// tab (test files run in parallel), where the real IntersectionObserver never reports: a stand-in
// reads on-screen-ness from the layout when asked, and the page's visibility is ours to set.
let visibility: ReturnType<typeof fakeVisibility>;
before(() => {
  visibility = fakeVisibility();
});
after(() => visibility.restore());

// Refreshes run on a fake clock (test/helpers.ts fakeClock): a refresh falls due only when the test
// moves time on, so no outcome depends on how fast or busy the machine is. Timing is checked on the
// delays the library plans (exact, no jitter) and on the fake time at which each request starts.
let fake: FakeClock;
let fetches: ReturnType<typeof watchFetches>;
beforeEach(() => {
  // No jitter: every interval is exactly `refresh` (times the backoff).
  cleanups.push(stubRandom(0.5));
  fetches = watchFetches();
  cleanups.push(() => fetches.restore());
  fake = fakeClock();
  cleanups.push(() => fake.restore());
});

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** The library file whose timers are refreshes (a fetch's time budget comes from internal/fetch-json). */
const REFRESH = 'internal/data-source';

/** Waits for the next refresh to be planned, runs it on the fake clock, and returns the delay it was planned with (ms). */
const nextRefresh = async (): Promise<number> => (await fake.next(REFRESH, 'the next refresh to be planned')).ms;

/** The delay of the refresh planned now (ms), once there is one (so the previous load has ended); it is not run. */
async function planned(): Promise<number> {
  await waitUntil(() => fake.pending(REFRESH).length > 0, 'a refresh to be planned');
  return fake.pending(REFRESH)[0]!.ms;
}

/** Every refresh delay planned so far (ms), in order. */
const plannedDelays = (): number[] => fake.timers.filter((t) => t.from.includes(REFRESH)).map((t) => t.ms);

async function refreshing(key: string, params: Record<string, string | number> = {}, refresh = 0.2) {
  const mounted = await mount('news-trending-list', (el) => {
    el.src = apiUrl({ file: FEED, key, ...params });
    el.refresh = refresh;
  });
  await waitForState(mounted.el, 'ready');
  return mounted;
}

const count = async (key: string) => (await serverCount(key)).count;

/** Waits until the server has counted at least `n` requests for `key`. */
const counted = (key: string, n: number, what: string) => waitUntil(async () => (await count(key)) >= n, what);

/** Waits (for a condition) until every request for `key` the page has made has settled, so the server has counted it. */
async function settled(key: string): Promise<void> {
  await new Promise((r) => setTimeout(r, 0)); // a request about to start (one microtask after a refresh) has started
  await waitUntil(() => fetches.to(key).every((c) => c.settled), `the requests for ${key} to settle`);
}

/**
 * Moves fake time on by `ms` (several refresh intervals) and asserts that no request for `key`
 * was made meanwhile, once every request made has settled: deterministic, since nothing the
 * library plans can fire except through the fake clock.
 */
async function expectQuiet(key: string, ms: number, why: string): Promise<number> {
  await settled(key);
  const before = await count(key);
  const made = fetches.to(key).length;
  fake.advance(ms);
  await settled(key);
  expect(fetches.to(key), `${why} (page)`).to.have.length(made);
  expect(await count(key), why).to.equal(before);
  return before;
}

function hideDocument(): () => void {
  visibility.setPageVisible(false);
  let shown = false;
  const show = () => {
    if (shown) return;
    shown = true;
    visibility.setPageVisible(true);
  };
  cleanups.push(show);
  return show;
}

describe('<news-trending-list refresh>', function () {
  this.timeout(40000); // waits are for conditions, each with a 20 s ceiling for a busy machine

  it('refetches every `refresh` seconds; an unchanged feed (ETag → 304) neither re-renders nor re-fires news-load', async () => {
    const key = uniqueKey('etag');
    const { el, events } = await refreshing(key, { etag: 'v1' });
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    // Not a moment before the interval: 199 ms on, still only the first load.
    expect(await planned()).to.equal(200);
    await expectQuiet(key, 199, 'no refresh before the interval');
    expect(await count(key)).to.equal(1);
    for (let i = 1; i <= 3; i++) {
      await nextRefresh();
      await counted(key, i + 1, `refresh ${i}`);
      // The request starts exactly when the interval is up (fake time), not later or sooner.
      expect(fake.elapsed, `refresh ${i} starts at ${200 * i} ms`).to.equal(200 * i);
      await planned(); // the refresh has ended: the next is planned
    }
    await settled(key);
    await el.updateComplete;
    observer.disconnect();
    const seen = await serverCount(key);
    expect(seen.count).to.equal(4);
    if (await browserHasHttpCache()) expect(seen.conditional, 'refreshes revalidate with If-None-Match').to.be.at.least(3);
    expect(plannedDelays().slice(0, 4)).to.deep.equal([200, 200, 200, 200]);
    expect(mutations, 'nothing on screen changed').to.have.length(0);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
    expect(itemsOf(el)).to.have.length(10);
  });

  it('revalidates with Last-Modified too, without re-firing news-load', async () => {
    const key = uniqueKey('lastmod');
    const { el, events } = await refreshing(key, { lastmod: 1 });
    await nextRefresh();
    await nextRefresh();
    await counted(key, 3, 'two refreshes');
    await planned(); // the second refresh has ended
    await el.updateComplete;
    if (await browserHasHttpCache()) expect((await serverCount(key)).conditional).to.be.at.least(2);
    expect(ofType(events, 'news-load')).to.have.length(1);
  });

  it('re-renders and fires news-load when the feed changed', async () => {
    const key = uniqueKey('changed');
    const json = await loadJson<Feedish>(FEED);
    const { el, events } = await refreshing(key, { etag: 'auto' });
    expect(headlinesOf(el)).to.deep.equal(json.items.map((i) => i.headline));
    await serverSet(key, { reverse: 1 });
    await nextRefresh();
    await waitUntil(() => ofType(events, 'news-load').length === 2, 'news-load for the changed feed');
    await el.updateComplete;
    expect(headlinesOf(el)).to.deep.equal(json.items.map((i) => i.headline).reverse());
    expect(itemsOf(el).map((li) => li.querySelector('[part="rank"]')!.textContent)).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => String(i + 1)),
    );
    const seen = await count(key);
    await nextRefresh();
    await nextRefresh();
    await counted(key, seen + 2, 'two more refreshes');
    await planned(); // both have ended
    await el.updateComplete;
    expect(ofType(events, 'news-load'), 'the same changed feed again is no news').to.have.length(2);
  });

  it('keeps the last good list on screen when a refresh fails, and fires news-error', async () => {
    const key = uniqueKey('failing');
    const { el, events } = await refreshing(key);
    const good = headlinesOf(el);
    await serverSet(key, { status: 503 });
    await nextRefresh();
    await waitUntil(() => ofType(events, 'news-error').length === 1, 'news-error for the failed refresh');
    await el.updateComplete;
    const [failed] = ofType(events, 'news-error');
    expect(failed!.detail.source).to.equal('src');
    expect(failed!.detail.errors[0].path).to.equal('src');
    expect(failed!.detail.errors[0].message).to.match(/answered HTTP 503$/);
    expect(el.state).to.equal('ready');
    expect(headlinesOf(el)).to.deep.equal(good);
    expect(visibleText(el)).not.to.contain('could not be shown');

    // A refresh that answers JSON of the wrong shape is a failure too.
    await serverSet(key, { file: '', body: '{"nope":true}' });
    await nextRefresh();
    await waitUntil(() => ofType(events, 'news-error').length === 2, 'news-error for the junk refresh');
    await el.updateComplete;
    expect(ofType(events, 'news-error')[1]!.detail.errors[0].path).to.equal('$');
    expect(el.state).to.equal('ready');
    expect(headlinesOf(el)).to.deep.equal(good);
    expect(ofType(events, 'news-load')).to.have.length(1);
  });

  it('backs off after failures (the interval doubles) and returns to the interval after a success', async () => {
    const key = uniqueKey('backoff');
    const { events } = await refreshing(key);
    await serverSet(key, { status: 500 });
    for (let failed = 1; failed <= 3; failed++) {
      await nextRefresh();
      await waitUntil(() => ofType(events, 'news-error').length === failed, `failed refresh ${failed}`);
    }
    await counted(key, 4, 'three failed refreshes');
    await serverSet(key);
    await nextRefresh();
    await counted(key, 5, 'a successful refresh');
    await nextRefresh();
    await counted(key, 6, 'the refresh after it');
    // success → 200 ms; 1 failure → 400; 2 → 800; 3 → 1600; success again → 200.
    expect(plannedDelays().slice(0, 5)).to.deep.equal([200, 400, 800, 1600, 200]);
    expect(fake.elapsed, 'each refresh ran when its delay was up').to.equal(200 + 400 + 800 + 1600 + 200);
    expect(ofType(events, 'news-error')).to.have.length(3);
  });

  it('treats Cache-Control max-age as a floor for the interval', async () => {
    const key = uniqueKey('maxage');
    await refreshing(key, { maxage: 2, etag: 'm' }, 0.2);
    // refresh="0.2" asks for 200 ms, the server's max-age=2 says not before two seconds.
    expect(await planned()).to.equal(2000);
    await expectQuiet(key, 1999, 'no refresh before max-age is up');
    await nextRefresh();
    await counted(key, 2, 'the refresh after max-age');
    expect(fake.elapsed, 'the refresh starts once max-age is up').to.equal(2000);
  });

  it('jitters the interval (±20 %) so open pages do not refetch in lockstep', async () => {
    const measure = async (random: number) => {
      const key = uniqueKey('jitter');
      const restore = stubRandom(random);
      try {
        const { el } = await refreshing(key, { etag: 'j' }, 0.5);
        const delay = await planned();
        el.remove();
        return delay;
      } finally {
        restore();
      }
    };
    expect(await measure(0)).to.be.closeTo(400, 0.001);
    expect(await measure(0.5)).to.be.closeTo(500, 0.001);
    expect(await measure(0.999)).to.be.closeTo(599.8, 0.001);
  });

  it('pauses while the list is display:none and refetches once it is shown again', async () => {
    const key = uniqueKey('hidden-el');
    const { el } = await refreshing(key, { etag: 'h' });
    await nextRefresh();
    await counted(key, 2, 'refreshing');
    await planned();
    el.style.display = 'none';
    recheckIntersections();
    // Several intervals pass while hidden: the refresh falls due, but no request is made.
    const paused = await expectQuiet(key, 5 * 200, 'no refresh while display:none');
    const at = fake.elapsed;
    el.style.display = '';
    recheckIntersections();
    // At once: the refresh due while hidden runs on showing, with no more time passing.
    await counted(key, paused + 1, 'a refresh once shown');
    expect(fake.elapsed, 'no time passed').to.equal(at);
  });

  it('pauses while the list is scrolled out of view and resumes when it comes back', async () => {
    const key = uniqueKey('scrolled');
    const { el, container } = await refreshing(key, { etag: 's' });
    await planned();
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    container.prepend(spacer);
    cleanups.push(() => window.scrollTo(0, 0));
    window.scrollTo(0, 0);
    expect(el.getBoundingClientRect().top).to.be.above(innerHeight);
    recheckIntersections();
    const paused = await expectQuiet(key, 5 * 200, 'no refresh while scrolled away');
    const at = fake.elapsed;
    el.scrollIntoView();
    recheckIntersections();
    await counted(key, paused + 1, 'a refresh once scrolled into view');
    expect(fake.elapsed, 'no time passed').to.equal(at);
    await nextRefresh();
    await counted(key, paused + 2, 'refreshing again');
  });

  it('pauses while the document is hidden and resumes when it is visible', async () => {
    const key = uniqueKey('hidden-doc');
    await refreshing(key, { etag: 'd' });
    await nextRefresh();
    await counted(key, 2, 'refreshing');
    await planned();
    const show = hideDocument();
    const paused = await expectQuiet(key, 5 * 200, 'no refresh while the tab is hidden');
    const at = fake.elapsed;
    show();
    await counted(key, paused + 1, 'a refresh once the tab is visible');
    expect(fake.elapsed, 'no time passed').to.equal(at);
  });

  it('stops refreshing when removed, and resumes when put back', async () => {
    const key = uniqueKey('removed');
    const { el, container, events } = await refreshing(key, { etag: 'r' });
    await nextRefresh();
    await counted(key, 2, 'refreshing');
    await planned();
    el.remove();
    expect(fake.pending(REFRESH), 'no refresh planned off the page').to.deep.equal([]);
    await expectQuiet(key, 5 * 200, 'no refresh after removal');
    const before = await count(key);
    container.append(el);
    await nextRefresh();
    await nextRefresh();
    await counted(key, before + 2, 'refreshing again after re-adding');
    await planned();
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
  });

  it('keeps the list on screen when moved in the page while a refresh is in flight', async () => {
    const key = uniqueKey('moved');
    const { el, container, events } = await refreshing(key, { etag: 'mv' });
    // The server holds the refresh's answer far longer than the test takes to move the list.
    await serverSet(key, { delay: 60_000 });
    await nextRefresh();
    await counted(key, 2, 'a slow refresh in flight');
    const elsewhere = document.createElement('section');
    container.append(elsewhere);
    elsewhere.append(el); // disconnected and connected again, mid-request
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(baseOf(el).hasAttribute('aria-busy')).to.equal(false);
    expect(itemsOf(el)).to.have.length(10);
    await serverSet(key);
    await nextRefresh();
    await counted(key, 3, 'refreshing after the move');
    await waitUntil(() => fetches.to(key).length >= 3, 'the third request made by the page');
    await waitUntil(async () => (await serverCount(key)).aborted === 1, 'the interrupted refresh to be abandoned');
    await settled(key);
    await el.updateComplete;
    expect(itemsOf(el)).to.have.length(10);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
    expect((await serverCount(key)).aborted, 'the interrupted refresh was aborted').to.equal(1);
  });

  it('starts refreshing when `refresh` is set after the first load, and stops when it is removed', async () => {
    const key = uniqueKey('late-refresh');
    const { el } = await mount('news-trending-list', (el) => (el.src = apiUrl({ file: FEED, key, etag: 'l' })));
    await waitForState(el, 'ready');
    await expectQuiet(key, 10_000, 'no refresh without the attribute');
    el.setAttribute('refresh', '0.2');
    await nextRefresh();
    await nextRefresh();
    await counted(key, 3, 'refreshes after setting refresh');
    el.removeAttribute('refresh');
    await expectQuiet(key, 10_000, 'no refresh once the attribute is gone');
    expect(fake.pending(REFRESH), 'nothing planned').to.deep.equal([]);
  });

  it('does not refresh a feed given as a property or inline JSON', async () => {
    const key = uniqueKey('property');
    const json = await loadJson<Feedish>(FEED);
    const el = await fixture<HTMLElement>(html`<news-trending-list refresh="0.1" src=${apiUrl({ file: FEED, key })} .feed=${json}></news-trending-list>`);
    await waitForState(el, 'ready');
    // Many intervals pass on the fake clock: nothing the library planned may fetch.
    fake.advance(10_000);
    await settled(key);
    expect(fetches.to(key), 'no request made').to.have.length(0);
    expect(await count(key)).to.equal(0);
  });
});
