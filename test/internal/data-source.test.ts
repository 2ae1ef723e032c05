import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/byline/news-byline.js';
import '../../src/trending-list/news-trending-list.js';
import { fetchJson, FetchError, MAX_RESPONSE_BYTES } from '../../src/internal/fetch-json.js';
import { fakeClock, fixtureUrl, loadJson, visibleText, waitForState, watchFetches, type FakeClock } from '../helpers.js';
import {
  apiUrl,
  baseOf,
  headlinesOf,
  itemsOf,
  jsonScript,
  mount,
  ofType,
  serverCount,
  serverSet,
  uniqueKey,
  waitFor,
} from '../trending-list/support.js';

const FEED = 'trending-feed.json';
const UNAVAILABLE = 'The stories could not be shown.';

type Feedish = {
  name?: string;
  items: { url: string; headline: string; datePublished: string }[];
};

/** What a reader gets from a list: its text, where its links go, and the instants of its times. */
function rendered(el: HTMLElement): { text: string; links: string[]; times: string[] } {
  const root = el.shadowRoot!;
  return {
    text: visibleText(el),
    links: Array.from(root.querySelectorAll('a')).map((a) => a.href),
    times: Array.from(root.querySelectorAll('time')).map((t) => t.dateTime),
  };
}

/** Replaces window.fetch with a recording wrapper until restored (restored after each test anyway). */
const restorers: (() => void)[] = [];
function spyFetch(change: (init: RequestInit) => RequestInit = (init) => init): { url: string; init: RequestInit }[] {
  const original = window.fetch;
  const calls: { url: string; init: RequestInit }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init: init ?? {} });
    return original.call(window, input, change(init ?? {}));
  };
  restorers.push(() => {
    window.fetch = original;
  });
  return calls;
}

function watchRejections(): PromiseRejectionEvent[] {
  const seen: PromiseRejectionEvent[] = [];
  const listener = (e: PromiseRejectionEvent) => seen.push(e);
  window.addEventListener('unhandledrejection', listener);
  restorers.push(() => window.removeEventListener('unhandledrejection', listener));
  return seen;
}

// The library's timers (the fetch timeout) run on a fake clock: a slow answer on a busy machine
// stays a slow answer, never a timeout; a timeout happens when a test moves the clock on.
let fake: FakeClock;
let fetches: ReturnType<typeof watchFetches>;
beforeEach(() => {
  fake = fakeClock();
  fetches = watchFetches();
  restorers.push(
    () => fake.restore(),
    () => fetches.restore(),
  );
});
afterEach(() => {
  while (restorers.length) restorers.pop()!();
});

/** Every request settled and every fetchJson ended (its timeout cleared), then a macrotask: anything late is out by then. */
async function requestsDone(): Promise<void> {
  await waitFor(() => fetches.calls.every((c) => c.settled) && fake.pending('fetch-json').length === 0, 'every request to end', 15000);
  await new Promise((r) => setTimeout(r, 0));
}
/** Answered only long after the test is over. */
const NEVER = 60_000;

describe('data source: three ways in', () => {
  it('renders the same list from a property, inline JSON, inline JSON-LD and src', async () => {
    const json = await loadJson<Feedish>(FEED);
    const byProperty = await mount('news-trending-list', (el) => (el.feed = json));
    const byJson = await mount('news-trending-list', (el) => el.append(jsonScript(json)));
    const byLd = await mount('news-trending-list', (el) => el.append(jsonScript(json, 'application/ld+json')));
    const bySrc = await mount('news-trending-list', (el) => (el.src = apiUrl({ file: FEED })));
    const all = [byProperty, byJson, byLd, bySrc];
    for (const { el } of all) await waitForState(el, 'ready');

    const expected = rendered(byProperty.el);
    expect(expected.text).to.contain('Trending Now').and.contain(json.items[0]!.headline);
    expect(expected.links).to.deep.equal(json.items.map((i) => i.url));
    for (const { el } of all.slice(1)) expect(rendered(el)).to.deep.equal(expected);

    expect(all.map(({ events }) => ofType(events, 'news-load').map((e) => e.detail.source))).to.deep.equal([
      ['property'],
      ['inline'],
      ['inline'],
      ['src'],
    ]);
    for (const { events } of all) expect(ofType(events, 'news-error')).to.have.length(0);
  });

  it('renders the same byline from a property, inline JSON-LD and src', async () => {
    const article = await loadJson('seed-article.json');
    const jsonLd = await loadJson('seed-article.jsonld.json');
    const byProperty = await mount('news-byline', (el) => (el.article = article as Record<string, unknown>));
    const byLd = await mount('news-byline', (el) => el.append(jsonScript(jsonLd, 'application/ld+json')));
    const bySrc = await mount('news-byline', (el) => (el.src = apiUrl({ file: 'seed-article.json' })));
    for (const { el } of [byProperty, byLd, bySrc]) await waitForState(el, 'ready');
    const text = visibleText(byProperty.el);
    expect(text).to.match(/^By Kathrine Frich\b/);
    expect(visibleText(byLd.el)).to.equal(text);
    expect(visibleText(bySrc.el)).to.equal(text);
    expect(ofType(bySrc.events, 'news-load')).to.have.length(1);
  });

  it('prefers the property over inline JSON, and inline JSON over src', async () => {
    const key = uniqueKey('precedence');
    const json = await loadJson<Feedish>(FEED);
    const inline = { name: 'Inline', items: json.items.slice(0, 2) };
    const property = { name: 'Property', items: json.items.slice(0, 1) };
    const { el, events } = await mount('news-trending-list', (el) => {
      el.src = apiUrl({ file: FEED, key, take: 3 });
      el.append(jsonScript(inline));
      el.feed = property;
    });
    await waitForState(el, 'ready');
    expect(visibleText(el)).to.match(/^Property\b/);
    expect(itemsOf(el)).to.have.length(1);

    el.feed = undefined;
    await el.updateComplete;
    await waitForState(el, 'ready');
    expect(visibleText(el)).to.match(/^Inline\b/);
    expect(itemsOf(el)).to.have.length(2);
    expect((await serverCount(key)).count, 'src is not fetched while inline JSON is there').to.equal(0);

    el.querySelector('script')!.remove();
    await waitFor(() => itemsOf(el).length === 3, 'the src feed');
    expect(visibleText(el)).to.match(/^Trending Now\b/);
    expect((await serverCount(key)).count).to.equal(1);

    el.feed = property;
    await el.updateComplete;
    expect(itemsOf(el)).to.have.length(1);
    expect(ofType(events, 'news-load').map((e) => e.detail.source)).to.deep.equal(['property', 'inline', 'src', 'property']);
  });

  it('fetches src without credentials, with an abort signal', async () => {
    const calls = spyFetch();
    const src = apiUrl({ file: FEED, key: uniqueKey('credentials') });
    const { el } = await mount('news-trending-list', (el) => (el.src = src));
    await waitForState(el, 'ready');
    const call = calls.find((c) => c.url === src);
    expect(call, 'the feed was fetched through window.fetch').to.exist;
    expect(call!.init.credentials).to.equal('omit');
    expect(call!.init.signal).to.be.instanceOf(AbortSignal);
  });

  it('resolves relative URLs inside a fetched feed against the feed URL', async () => {
    const src = fixtureUrl(FEED);
    const { el } = await mount('news-trending-list', (el) => {
      el.src = src;
      el.thumbnails = true;
    });
    await waitForState(el, 'ready');
    const images = Array.from(el.shadowRoot!.querySelectorAll('img'));
    expect(images).to.have.length(3);
    for (const img of images) expect(img.src).to.equal(new URL('seed-hero.png', src).href);
    expect((await fetch(images[0]!.src)).ok, 'the resolved image exists').to.equal(true);
  });

  it('resolves relative URLs against the final URL after a redirect', async () => {
    const target = fixtureUrl(FEED);
    const src = new URL(`/api/redirect?to=${encodeURIComponent(new URL(target).pathname)}`, location.href).href;
    const { el } = await mount('news-trending-list', (el) => {
      el.src = src;
      el.thumbnails = true;
    });
    await waitForState(el, 'ready');
    const img = el.shadowRoot!.querySelector('img')!;
    expect(img.src).to.equal(new URL('seed-hero.png', target).href);
  });
});

describe('data source: states', () => {
  it('shows a busy skeleton of the final size while a slow src loads, then the list', async () => {
    const { el, events } = await mount('news-trending-list', (el) => {
      el.src = apiUrl({ file: FEED, delay: 500, key: uniqueKey('slow') });
      el.max = 3;
    });
    expect(el.state).to.equal('loading');
    const base = baseOf(el);
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(base.querySelectorAll('.skeleton.row')).to.have.length(3);
    expect(base.querySelector('ol')).to.equal(null);
    expect(visibleText(el)).to.equal('Loading…');
    expect(events).to.have.length(0);

    await waitForState(el, 'ready');
    expect(baseOf(el).hasAttribute('aria-busy')).to.equal(false);
    expect(baseOf(el).querySelector('.skeleton')).to.equal(null);
    expect(itemsOf(el)).to.have.length(3);
    expect(ofType(events, 'news-load')).to.have.length(1);
  });

  const failures: [string, Record<string, string | number>, RegExp][] = [
    ['a 404', { status: 404, file: FEED }, /answered HTTP 404$/],
    ['a 500', { status: 500, body: '{"error":"boom"}' }, /answered HTTP 500$/],
    ['invalid JSON', { body: '{"items": [' }, /is not valid JSON \(.+\)$/],
    ['HTML with a 200', { type: 'text/html', body: '<!doctype html><p>Not found</p>' }, /answered text\/html, not JSON, RSS or Atom$/],
    ['an empty body', { body: '' }, /answered with an empty body$/],
    ['a body over the size cap', { big: MAX_RESPONSE_BYTES + 1024 }, new RegExp(`is larger than ${MAX_RESPONSE_BYTES} bytes$`)],
    ['a streamed body over the size cap', { big: MAX_RESPONSE_BYTES + 1024, chunked: 1 }, new RegExp(`is larger than ${MAX_RESPONSE_BYTES} bytes$`)],
  ];
  for (const [name, params, reason] of failures) {
    it(`goes to the error state on ${name}, with one news-error naming the reason`, async () => {
      const src = apiUrl({ ...params, key: uniqueKey('fail') });
      const { el, events } = await mount('news-trending-list', (el) => (el.src = src));
      await waitForState(el, 'error');
      await requestsDone(); // a second event or a stray load would be out by now
      const errors = ofType(events, 'news-error');
      expect(errors).to.have.length(1);
      expect(ofType(events, 'news-load')).to.have.length(0);
      expect(errors[0]!.detail.source).to.equal('src');
      expect(errors[0]!.detail.errors).to.have.length(1);
      expect(errors[0]!.detail.errors[0].path).to.equal('src');
      expect(errors[0]!.detail.errors[0].message).to.match(reason).and.contain(src);
      expect(el.errors).to.deep.equal(errors[0]!.detail.errors);
      expect(visibleText(el)).to.equal(UNAVAILABLE);
      expect(baseOf(el).hasAttribute('aria-busy')).to.equal(false);
    });
  }

  const shapes: [string, string, string, RegExp][] = [
    ['an object that is no feed', '{"hello":"world"}', '$', /^expected a feed/],
    ['items that are not an array', '{"items":5}', 'items', /^expected an array$/],
    ['a number', '42', '$', /^expected a feed/],
    ['only unusable items', '{"items":[{"headline":"No link","datePublished":"2024-07-11T10:15:00Z"}]}', 'items[0].url', /required/],
  ];
  for (const [name, body, path, message] of shapes) {
    it(`goes to the error state on ${name} from src, naming the JSON path`, async () => {
      const { el, events } = await mount('news-trending-list', (el) => (el.src = apiUrl({ body, key: uniqueKey('shape') })));
      await waitForState(el, 'error');
      await requestsDone(); // a second event or a stray load would be out by now
      const errors = ofType(events, 'news-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.errors[0].path).to.equal(path);
      expect(errors[0]!.detail.errors[0].message).to.match(message);
      expect(visibleText(el)).to.equal(UNAVAILABLE);
    });
  }

  it('reports invalid inline JSON once, with the parser reason', async () => {
    const { el, events } = await mount('news-trending-list', (el) => el.append(jsonScript('{"items": [')));
    await waitForState(el, 'error');
    const errors = ofType(events, 'news-error');
    expect(errors).to.have.length(1);
    expect(errors[0]!.detail.source).to.equal('inline');
    expect(errors[0]!.detail.errors[0].path).to.equal('$');
    expect(errors[0]!.detail.errors[0].message).to.match(/^inline JSON is not valid \(.+\)$/);
  });

  it('shows light-DOM fallback children only in the error state, as a slot', async () => {
    const fallback = () => {
      const a = document.createElement('a');
      a.href = 'https://news.example/trending';
      a.textContent = 'See what is trending';
      return a;
    };
    const failed = await mount('news-trending-list', (el) => {
      el.append(fallback());
      el.src = apiUrl({ status: 404, key: uniqueKey('fallback') });
    });
    await waitForState(failed.el, 'error');
    expect(visibleText(failed.el)).to.equal('See what is trending');
    expect(baseOf(failed.el).querySelector('slot')).to.exist;
    expect(failed.el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);

    const loading = await mount('news-trending-list', (el) => {
      el.append(fallback());
      el.src = apiUrl({ file: FEED, delay: 300, key: uniqueKey('fallback') });
    });
    expect(loading.el.state).to.equal('loading');
    expect(visibleText(loading.el)).not.to.contain('See what is trending');
    expect(loading.el.shadowRoot!.querySelector('slot')).to.equal(null);
    await waitForState(loading.el, 'ready');
    expect(visibleText(loading.el)).not.to.contain('See what is trending');
    expect(loading.el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(itemsOf(loading.el)).to.have.length(10);

    const bare = await mount('news-trending-list', (el) => (el.feed = { items: 'nope' }));
    await waitForState(bare.el, 'error');
    expect(bare.el.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(bare.el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal(UNAVAILABLE);
  });

  it('dispatches news-load and news-error bubbling and composed, out of shadow roots', async () => {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const seen: Event[] = [];
    const listener = (e: Event) => seen.push(e);
    document.addEventListener('news-load', listener);
    document.addEventListener('news-error', listener);
    try {
      const good = document.createElement('news-trending-list');
      good.feed = [];
      const bad = document.createElement('news-byline');
      bad.article = { headline: 'No url, no date' };
      shadow.append(good, bad);
      await waitFor(() => seen.length === 2, 'both events at the document');
    } finally {
      document.removeEventListener('news-load', listener);
      document.removeEventListener('news-error', listener);
    }
    expect(seen.map((e) => e.type).sort()).to.deep.equal(['news-error', 'news-load']);
    for (const e of seen) {
      expect(e).to.be.instanceOf(CustomEvent);
      expect(e.bubbles).to.equal(true);
      expect(e.composed).to.equal(true);
      expect(e.target, 'retargeted to the outer host').to.equal(host);
    }
  });
});

describe('data source: fetch lifecycle', () => {
  it('never lets a slow answer to an old src replace a newer one', async () => {
    const slowKey = uniqueKey('stale-slow');
    const { el, events } = await mount('news-trending-list', (el) => (el.src = apiUrl({ file: FEED, take: 2, delay: NEVER, key: slowKey })));
    await waitFor(async () => (await serverCount(slowKey)).count === 1, 'the slow request to reach the server', 15000);
    el.src = apiUrl({ file: FEED, take: 5, key: uniqueKey('stale-fast') });
    await waitForState(el, 'ready', 15000);
    expect(itemsOf(el)).to.have.length(5);
    // The old request can only end by being aborted: wait for that, at the page and the server.
    await requestsDone();
    await waitFor(async () => (await serverCount(slowKey)).aborted === 1, 'the server to see the old request abandoned', 15000);
    expect(itemsOf(el)).to.have.length(5);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
    const slow = await serverCount(slowKey);
    expect(slow.count).to.equal(1);
    expect(slow.aborted, 'the old request was aborted').to.equal(1);
  });

  it('ignores a late answer to an old src even when the network does not abort it', async () => {
    // A fetch that ignores its signal: only the controller's own bookkeeping keeps the old answer out.
    spyFetch(({ signal: _signal, ...rest }) => rest);
    const json = await loadJson<Feedish>(FEED);
    const lateKey = uniqueKey('late');
    const { el, events } = await mount('news-trending-list', (el) => (el.src = apiUrl({ file: FEED, take: 2, delay: 600, key: lateKey })));
    await waitFor(async () => (await serverCount(lateKey)).count === 1, 'the old request to reach the server', 15000);
    el.src = apiUrl({ file: FEED, take: 5, reverse: 1, key: uniqueKey('late-fast') });
    await waitForState(el, 'ready', 15000);
    const expected = json.items.slice(0, 5).reverse().map((i) => i.headline);
    expect(headlinesOf(el)).to.deep.equal(expected);
    // The old answer does arrive (nothing aborts it): wait until its read has ended, whenever that is.
    await requestsDone();
    expect(fetches.calls.filter((c) => c.url.includes(lateKey) && c.url.includes('/api/feed')).map((c) => c.answered), 'the late answer came').to.deep.equal([true]);
    expect(headlinesOf(el)).to.deep.equal(expected);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect(ofType(events, 'news-error')).to.have.length(0);
  });

  it('aborts the request and stays silent when removed mid-flight, and loads again when re-added', async () => {
    const rejections = watchRejections();
    const calls = spyFetch();
    const key = uniqueKey('removed');
    const { el, events, container } = await mount('news-trending-list', (el) => (el.src = apiUrl({ file: FEED, delay: NEVER, key })));
    await waitFor(async () => (await serverCount(key)).count === 1, 'the request to reach the server', 15000);
    el.remove();
    await requestsDone();
    await waitFor(async () => (await serverCount(key)).aborted === 1, 'the server to see the request abandoned', 15000);
    expect(events, 'no news-load or news-error after removal').to.have.length(0);
    expect(rejections).to.have.length(0);
    expect(calls[0]!.init.signal!.aborted, 'the signal handed to fetch was aborted').to.equal(true);
    const counted = await serverCount(key);
    expect(counted.count).to.equal(1);
    expect(counted.aborted).to.equal(1);

    await serverSet(key, { delay: 0 });
    container.append(el);
    await waitForState(el, 'ready', 15000);
    expect(itemsOf(el)).to.have.length(10);
    expect(ofType(events, 'news-load')).to.have.length(1);
    expect((await serverCount(key)).count).to.equal(2);
    expect(rejections).to.have.length(0);
  });

  it('picks up inline JSON added after the element is connected, and changes to it', async () => {
    const json = await loadJson<Feedish>(FEED);
    const { el, events } = await mount('news-trending-list');
    expect(el.state).to.equal('loading');
    const script = jsonScript({ items: json.items.slice(0, 4) });
    el.append(script);
    await waitForState(el, 'ready');
    expect(headlinesOf(el)).to.deep.equal(json.items.slice(0, 4).map((i) => i.headline));

    script.textContent = JSON.stringify({ name: 'Changed', items: json.items.slice(4, 6) });
    await waitFor(() => itemsOf(el).length === 2, 'the changed inline JSON');
    await el.updateComplete;
    expect(visibleText(el)).to.match(/^Changed\b/);
    expect(headlinesOf(el)).to.deep.equal(json.items.slice(4, 6).map((i) => i.headline));
    expect(ofType(events, 'news-load')).to.have.length(2);
  });
});

describe('fetchJson()', () => {
  /** The error `promise` rejected with, or undefined while it is still pending (after a macrotask). */
  async function outcome(promise: Promise<unknown>): Promise<unknown> {
    let error: unknown;
    promise.catch((e: unknown) => (error = e));
    await new Promise((r) => setTimeout(r, 0));
    return error;
  }

  it('gives up with a FetchError after timeoutMs when no answer comes', async () => {
    const key = uniqueKey('timeout');
    const pending = fetchJson(apiUrl({ file: FEED, delay: NEVER, key }), new AbortController().signal, { timeoutMs: 300 });
    await waitFor(async () => (await serverCount(key)).count === 1, 'the request to reach the server', 15000);
    expect(fake.pending('fetch-json').map((t) => t.ms), 'the budget asked for').to.deep.equal([300]);
    fake.advance(299);
    expect(await outcome(pending), 'not before the budget has run out').to.equal(undefined);
    fake.advance(1);
    await waitFor(async () => (await outcome(pending)) !== undefined, 'the request to be given up');
    const error = await outcome(pending);
    expect(error).to.be.instanceOf(FetchError);
    expect((error as Error).message).to.equal('no answer within 0.3 s');
  });

  it('gives up with a FetchError when the body stalls past timeoutMs', async () => {
    const src = apiUrl({ file: FEED, stall: NEVER, key: uniqueKey('stall') });
    const pending = fetchJson(src, new AbortController().signal, { timeoutMs: 300 });
    await waitFor(() => fetches.to(src).some((c) => c.answered), 'the first bytes to arrive', 15000);
    fake.advance(299);
    expect(await outcome(pending), 'not before the budget has run out').to.equal(undefined);
    fake.advance(1);
    await waitFor(async () => (await outcome(pending)) !== undefined, 'the read to be given up');
    const error = await outcome(pending);
    expect(error).to.be.instanceOf(FetchError);
    expect((error as Error).message).to.equal('no complete answer within 0.3 s');
  });

  it('returns the JSON, the final URL and max-age, and no JSON for an unchanged body', async () => {
    const src = apiUrl({ file: FEED, maxage: 60, key: uniqueKey('fetch') });
    const first = await fetchJson(src, new AbortController().signal);
    expect((first.json as Feedish).items).to.have.length(10);
    expect(first.url).to.equal(src);
    expect(first.maxAge).to.equal(60);
    const again = await fetchJson(src, new AbortController().signal, { revalidate: true, previousText: first.text });
    expect(again.json).to.equal(undefined);
    expect(again.text).to.equal(first.text);
  });
});
