import { expect, fixture, html } from '@open-wc/testing';
import '../../src/trending-list/news-trending-list.js';
import { loadJson, sleep, visibleText, waitForState } from '../helpers.js';
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
  recordRefreshDelays,
  serverCount,
  serverSet,
  stubRandom,
  uniqueKey,
  waitFor,
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

beforeEach(() => {
  // No jitter: every interval is exactly `refresh` (times the backoff), so gaps can be measured.
  cleanups.push(stubRandom(0.5));
});

afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

async function refreshing(key: string, params: Record<string, string | number> = {}, refresh = 0.2) {
  const mounted = await mount('news-trending-list', (el) => {
    el.src = apiUrl({ file: FEED, key, ...params });
    el.refresh = refresh;
  });
  await waitForState(mounted.el, 'ready');
  return mounted;
}

const count = async (key: string) => (await serverCount(key)).count;

/** Gaps in ms between consecutive requests for `key`. */
async function gaps(key: string): Promise<number[]> {
  const { times } = await serverCount(key);
  return times.slice(1).map((t, i) => t - times[i]!);
}

/** Asserts that no request for `key` arrives during `ms`. */
async function expectQuiet(key: string, ms: number, why: string): Promise<number> {
  const before = await count(key);
  await sleep(ms);
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

describe('<news-trending-list refresh>', () => {
  it('refetches every `refresh` seconds; an unchanged feed (ETag → 304) neither re-renders nor re-fires news-load', async () => {
    const key = uniqueKey('etag');
    const timers = recordRefreshDelays();
    cleanups.push(timers.restore);
    const { el, events } = await refreshing(key, { etag: 'v1' });
    const mutations: MutationRecord[] = [];
    const observer = new MutationObserver((records) => mutations.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    await waitFor(async () => (await count(key)) >= 4, 'three refreshes', 3000);
    observer.disconnect();
    const counted = await serverCount(key);
    if (await browserHasHttpCache()) expect(counted.conditional, 'refreshes revalidate with If-None-Match').to.be.at.least(3);
    expect(timers.delays.slice(0, 3)).to.deep.equal([200, 200, 200]);
    for (const gap of await gaps(key)) expect(gap).to.be.at.least(180);
    expect(mutations, 'nothing on screen changed').to.have.length(0);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
    expect(itemsOf(el)).to.have.length(10);
  });

  it('revalidates with Last-Modified too, without re-firing news-load', async () => {
    const key = uniqueKey('lastmod');
    const { events } = await refreshing(key, { lastmod: 1 });
    await waitFor(async () => (await count(key)) >= 3, 'two refreshes', 3000);
    if (await browserHasHttpCache()) expect((await serverCount(key)).conditional).to.be.at.least(2);
    expect(ofType(events, 'news-load')).to.have.length(1);
  });

  it('re-renders and fires news-load when the feed changed', async () => {
    const key = uniqueKey('changed');
    const json = await loadJson<Feedish>(FEED);
    const { el, events } = await refreshing(key, { etag: 'auto' });
    expect(headlinesOf(el)).to.deep.equal(json.items.map((i) => i.headline));
    await serverSet(key, { reverse: 1 });
    await waitFor(() => ofType(events, 'news-load').length === 2, 'news-load for the changed feed', 3000);
    await el.updateComplete;
    expect(headlinesOf(el)).to.deep.equal(json.items.map((i) => i.headline).reverse());
    expect(itemsOf(el).map((li) => li.querySelector('[part="rank"]')!.textContent)).to.deep.equal(
      Array.from({ length: 10 }, (_, i) => String(i + 1)),
    );
    const seen = await count(key);
    await waitFor(async () => (await count(key)) >= seen + 2, 'two more refreshes', 3000);
    expect(ofType(events, 'news-load'), 'the same changed feed again is no news').to.have.length(2);
  });

  it('keeps the last good list on screen when a refresh fails, and fires news-error', async () => {
    const key = uniqueKey('failing');
    const { el, events } = await refreshing(key);
    const good = headlinesOf(el);
    await serverSet(key, { status: 503 });
    await waitFor(() => ofType(events, 'news-error').length === 1, 'news-error for the failed refresh', 3000);
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
    await waitFor(() => ofType(events, 'news-error').length === 2, 'news-error for the junk refresh', 3000);
    await el.updateComplete;
    expect(ofType(events, 'news-error')[1]!.detail.errors[0].path).to.equal('$');
    expect(el.state).to.equal('ready');
    expect(headlinesOf(el)).to.deep.equal(good);
    expect(ofType(events, 'news-load')).to.have.length(1);
  });

  it('backs off after failures (the interval doubles) and returns to the interval after a success', async () => {
    const timers = recordRefreshDelays();
    cleanups.push(timers.restore);
    const key = uniqueKey('backoff');
    await refreshing(key);
    await serverSet(key, { status: 500 });
    await waitFor(async () => (await count(key)) >= 4, 'three failed refreshes', 6000);
    await serverSet(key);
    await waitFor(async () => (await count(key)) >= 6, 'a successful refresh and the next', 6000);
    // success → 200 ms; 1 failure → 400; 2 → 800; 3 → 1600; success again → 200.
    expect(timers.delays.slice(0, 5)).to.deep.equal([200, 400, 800, 1600, 200]);
  });

  it('treats Cache-Control max-age as a floor for the interval', async () => {
    const timers = recordRefreshDelays();
    cleanups.push(timers.restore);
    const key = uniqueKey('maxage');
    await refreshing(key, { maxage: 2, etag: 'm' }, 0.2);
    await waitFor(async () => (await count(key)) >= 2, 'the refresh after max-age', 4000);
    // refresh="0.2" asks for 200 ms, the server's max-age=2 says not before two seconds.
    expect(timers.delays[0]).to.equal(2000);
    const [gap] = await gaps(key);
    expect(gap).to.be.at.least(1950);
  });

  it('jitters the interval (±20 %) so open pages do not refetch in lockstep', async () => {
    cleanups.pop()!(); // this test sets its own Math.random
    const measure = async (random: number) => {
      const restore = stubRandom(random);
      const timers = recordRefreshDelays();
      try {
        const key = uniqueKey('jitter');
        const { el } = await refreshing(key, { etag: 'j' }, 0.5);
        el.remove();
        return timers.delays[0]!;
      } finally {
        timers.restore();
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
    await waitFor(async () => (await count(key)) >= 2, 'refreshing', 3000);
    el.style.display = 'none';
    recheckIntersections();
    await sleep(100);
    const paused = await expectQuiet(key, 700, 'no refresh while display:none');
    el.style.display = '';
    recheckIntersections();
    await waitFor(async () => (await count(key)) > paused, 'a refresh once shown', 600);
  });

  it('pauses while the list is scrolled out of view and resumes when it comes back', async () => {
    const key = uniqueKey('scrolled');
    const { el, container } = await refreshing(key, { etag: 's' });
    const spacer = document.createElement('div');
    spacer.style.height = '4000px';
    container.prepend(spacer);
    cleanups.push(() => window.scrollTo(0, 0));
    window.scrollTo(0, 0);
    expect(el.getBoundingClientRect().top).to.be.above(innerHeight);
    recheckIntersections();
    await sleep(100);
    const paused = await expectQuiet(key, 700, 'no refresh while scrolled away');
    el.scrollIntoView();
    recheckIntersections();
    await waitFor(async () => (await count(key)) > paused, 'a refresh once scrolled into view', 600);
    await waitFor(async () => (await count(key)) > paused + 1, 'refreshing again', 600);
  });

  it('pauses while the document is hidden and resumes when it is visible', async () => {
    const key = uniqueKey('hidden-doc');
    await refreshing(key, { etag: 'd' });
    await waitFor(async () => (await count(key)) >= 2, 'refreshing', 3000);
    const show = hideDocument();
    await sleep(50);
    const paused = await expectQuiet(key, 700, 'no refresh while the tab is hidden');
    show();
    await waitFor(async () => (await count(key)) > paused, 'a refresh once the tab is visible', 600);
  });

  it('stops refreshing when removed, and resumes when put back', async () => {
    const key = uniqueKey('removed');
    const { el, container, events } = await refreshing(key, { etag: 'r' });
    await waitFor(async () => (await count(key)) >= 2, 'refreshing', 3000);
    el.remove();
    await sleep(50);
    await expectQuiet(key, 700, 'no refresh after removal');
    const before = await count(key);
    container.append(el);
    await waitFor(async () => (await count(key)) >= before + 2, 'refreshing again after re-adding', 1500);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
  });

  it('keeps the list on screen when moved in the page while a refresh is in flight', async () => {
    const key = uniqueKey('moved');
    const { el, container, events } = await refreshing(key, { etag: 'mv' });
    await serverSet(key, { delay: 400 });
    await waitFor(async () => (await count(key)) >= 2, 'a slow refresh in flight', 2000);
    const elsewhere = document.createElement('section');
    container.append(elsewhere);
    elsewhere.append(el); // disconnected and connected again, mid-request
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(baseOf(el).hasAttribute('aria-busy')).to.equal(false);
    expect(itemsOf(el)).to.have.length(10);
    await serverSet(key);
    await waitFor(async () => (await count(key)) >= 3, 'refreshing after the move', 2000);
    await sleep(50);
    expect(itemsOf(el)).to.have.length(10);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
    expect((await serverCount(key)).aborted, 'the interrupted refresh was aborted').to.equal(1);
  });

  it('starts refreshing when `refresh` is set after the first load, and stops when it is removed', async () => {
    const key = uniqueKey('late-refresh');
    const { el } = await mount('news-trending-list', (el) => (el.src = apiUrl({ file: FEED, key, etag: 'l' })));
    await waitForState(el, 'ready');
    await expectQuiet(key, 400, 'no refresh without the attribute');
    el.setAttribute('refresh', '0.2');
    await waitFor(async () => (await count(key)) >= 3, 'refreshes after setting refresh', 1500);
    el.removeAttribute('refresh');
    await sleep(50);
    await expectQuiet(key, 600, 'no refresh once the attribute is gone');
  });

  it('does not refresh a feed given as a property or inline JSON', async () => {
    const key = uniqueKey('property');
    const json = await loadJson<Feedish>(FEED);
    const el = await fixture<HTMLElement>(html`<news-trending-list refresh="0.1" src=${apiUrl({ file: FEED, key })} .feed=${json}></news-trending-list>`);
    await waitForState(el, 'ready');
    await sleep(400);
    expect(await count(key)).to.equal(0);
  });
});
