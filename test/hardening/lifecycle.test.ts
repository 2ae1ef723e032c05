// Lifecycle: a host page that adds and removes elements (a single-page app, an infinite scroll)
// must get back everything they took: timers, intervals, observers, document/window listeners,
// requests in flight. And refreshes stop when the list leaves the page or the tab is hidden.
import { expect } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/photo-credit/news-photo-credit.js';
import '../../src/trending-list/news-trending-list.js';
import { watchedCount } from '../../src/internal/visibility.js';
import { tickingCount } from '../../src/time/ticker.js';
import {
  apiUrl,
  container,
  escaped,
  fakeClock,
  fakeVisibility,
  macrotask,
  recheckIntersections,
  serverCount,
  settleDeep,
  sleep,
  stubRandom,
  TAGS,
  uniqueKey,
  validArticle,
  waitFor,
  watchFetches,
  watchPage,
  type FakeClock,
  type NewsEl,
  type Tag,
} from './support.js';

const HERO = new URL('../fixtures/seed-hero.png', import.meta.url).href;
const LIBRARY = `${location.origin}/src/`;

/** True when the caller is library code (a frame in /src/), not the test, Lit or the runner. */
const fromLibrary = (): boolean => (new Error().stack ?? '').includes(LIBRARY);

interface Listener {
  target: string;
  type: string;
  listener: EventListenerOrEventListenerObject | null;
  capture: boolean;
}

/**
 * Counts what library code takes from the page while installed: timeouts not yet run or cleared,
 * intervals not cleared, animation frames, IntersectionObserver targets still observed,
 * MutationObservers still observing, document/window listeners not removed, fetches in flight.
 */
function instrument() {
  const restorers: (() => void)[] = [];
  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const listeners: Listener[] = [];
  const intersection = new Set<{ targets: Set<Element> }>();
  const mutation = new Set<{ observing: boolean }>();
  const calls = { observe: 0, unobserve: 0, disconnect: 0, setTimeout: 0, setInterval: 0, addEventListener: 0, removeEventListener: 0, fetch: 0 };
  let fetching = 0;

  const original = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    setInterval: window.setInterval,
    clearInterval: window.clearInterval,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    IntersectionObserver: window.IntersectionObserver,
    MutationObserver: window.MutationObserver,
    fetch: window.fetch,
  };

  // Called as window's own methods (called on `original` they throw "Illegal invocation").
  const native = {
    setTimeout: original.setTimeout.bind(window),
    clearTimeout: original.clearTimeout.bind(window),
    setInterval: original.setInterval.bind(window),
    clearInterval: original.clearInterval.bind(window),
  };

  window.setTimeout = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    if (!fromLibrary() || typeof handler !== 'function') return native.setTimeout(handler, ms, ...args);
    calls.setTimeout++;
    const id = native.setTimeout(
      (...a: unknown[]) => {
        timeouts.delete(id);
        (handler as (...a: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timeouts.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.setInterval = ((handler: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = native.setInterval(handler, ms, ...args);
    if (fromLibrary()) {
      calls.setInterval++;
      intervals.add(id);
    }
    return id;
  }) as typeof window.setInterval;
  // Browsers let either clear function clear either kind of timer.
  const clear = (id?: number) => {
    if (id === undefined) return;
    timeouts.delete(id);
    intervals.delete(id);
  };
  window.clearTimeout = ((id?: number) => {
    clear(id);
    native.clearTimeout(id);
  }) as typeof window.clearTimeout;
  window.clearInterval = ((id?: number) => {
    clear(id);
    native.clearInterval(id);
  }) as typeof window.clearInterval;
  window.requestAnimationFrame = (callback: FrameRequestCallback) => {
    if (!fromLibrary()) return original.requestAnimationFrame.call(window, callback);
    const id = original.requestAnimationFrame.call(window, (t) => {
      frames.delete(id);
      callback(t);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    original.cancelAnimationFrame.call(window, id);
  };

  class CountingIntersectionObserver extends original.IntersectionObserver {
    readonly targets = new Set<Element>();
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super(callback, options);
      if (fromLibrary()) intersection.add(this);
    }
    override observe(target: Element): void {
      calls.observe++;
      this.targets.add(target);
      super.observe(target);
    }
    override unobserve(target: Element): void {
      calls.unobserve++;
      this.targets.delete(target);
      super.unobserve(target);
    }
    override disconnect(): void {
      calls.disconnect++;
      this.targets.clear();
      super.disconnect();
    }
  }
  class CountingMutationObserver extends original.MutationObserver {
    observing = false;
    constructor(callback: MutationCallback) {
      super(callback);
      if (fromLibrary()) mutation.add(this);
    }
    override observe(target: Node, options?: MutationObserverInit): void {
      calls.observe++;
      this.observing = true;
      super.observe(target, options);
    }
    override disconnect(): void {
      calls.disconnect++;
      this.observing = false;
      super.disconnect();
    }
  }
  window.IntersectionObserver = CountingIntersectionObserver;
  window.MutationObserver = CountingMutationObserver;

  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const pending = original.fetch.call(window, input, init);
    if (!fromLibrary()) return pending;
    calls.fetch++;
    fetching++;
    const done = () => {
      fetching--;
    };
    pending.then(done, done);
    return pending;
  };

  const capture = (options?: boolean | AddEventListenerOptions) => (typeof options === 'boolean' ? options : !!options?.capture);
  for (const [name, target] of [
    ['document', document],
    ['window', window],
  ] as const) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
      if (fromLibrary() && !listeners.some((l) => l.target === name && l.type === type && l.listener === listener && l.capture === capture(options))) {
        calls.addEventListener++;
        listeners.push({ target: name, type, listener, capture: capture(options) });
      }
      return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
      const i = listeners.findIndex((l) => l.target === name && l.type === type && l.listener === listener && l.capture === capture(options));
      if (i >= 0) {
        calls.removeEventListener++;
        listeners.splice(i, 1);
      }
      return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof target.removeEventListener;
    restorers.push(() => {
      Reflect.deleteProperty(target, 'addEventListener');
      Reflect.deleteProperty(target, 'removeEventListener');
    });
  }

  return {
    calls,
    /** What library code still holds right now. */
    held() {
      return {
        timeouts: timeouts.size,
        intervals: intervals.size,
        animationFrames: frames.size,
        observedTargets: [...intersection].reduce((n, o) => n + o.targets.size, 0),
        intersectionObserversInUse: [...intersection].filter((o) => o.targets.size > 0).length,
        mutationObserversObserving: [...mutation].filter((o) => o.observing).length,
        documentListeners: listeners.filter((l) => l.target === 'document').map((l) => l.type),
        windowListeners: listeners.filter((l) => l.target === 'window').map((l) => l.type),
        fetchesInFlight: fetching,
        watched: watchedCount(),
        ticking: tickingCount(),
      };
    },
    restore() {
      Object.assign(window, original);
      for (const restore of restorers) restore();
    },
  };
}

const NOTHING_HELD = {
  timeouts: 0,
  intervals: 0,
  animationFrames: 0,
  observedTargets: 0,
  intersectionObserversInUse: 0,
  mutationObserversObserving: 0,
  documentListeners: [],
  windowListeners: [],
  fetchesInFlight: 0,
  watched: 0,
  ticking: 0,
};

/** A fresh article (published minutes ago, so its time is relative and ticks). */
function recentArticle(n: number): Record<string, unknown> {
  return validArticle(n, {
    datePublished: new Date(Date.now() - (n % 50) * 60_000).toISOString(),
    author: [{ name: `Author ${n}`, url: `https://news.example/a/${n}` }],
    image: { url: HERO, width: 960, height: 540, alt: '', creditText: 'Photo desk' },
  });
}

function dataFor(tag: Tag, n: number): unknown {
  if (tag === 'news-trending-list') return [recentArticle(n), recentArticle(n + 1), recentArticle(n + 2)];
  if (tag === 'news-photo-credit') return (recentArticle(n)['image'] as Record<string, unknown>);
  return recentArticle(n);
}

const propertyOf = (tag: Tag) => (tag === 'news-trending-list' ? 'feed' : tag === 'news-photo-credit' ? 'image' : 'article');

describe('lifecycle: adding and removing 1,000 elements', function () {
  this.timeout(120_000);

  it('starts from a clean page', () => {
    expect(watchedCount(), 'elements watched before the test').to.equal(0);
    expect(tickingCount(), 'elements ticking before the test').to.equal(0);
  });

  it('creating and feeding elements that are never connected takes nothing', async () => {
    const ledger = instrument();
    try {
      for (let i = 0; i < 200; i++) {
        const tag = TAGS[i % 4]!;
        const el = document.createElement(tag) as unknown as NewsEl & Record<string, unknown>;
        el[propertyOf(tag)] = dataFor(tag, i);
        if (i % 5 === 0) el.setAttribute('src', apiUrl({ body: JSON.stringify(dataFor(tag, i)) }));
        if (tag === 'news-trending-list') el.setAttribute('refresh', '1');
      }
      // A negative check with nothing to wait for (an element never connected starts nothing, so
      // no signal can say "done"): a short pause in which anything started would show.
      await sleep(50);
      expect(ledger.held()).to.deep.equal(NOTHING_HELD);
      expect(ledger.calls.fetch, 'no request for an element never on the page').to.equal(0);
    } finally {
      ledger.restore();
    }
  });

  it('leaves no timer, interval, observer, listener or request behind (mixed tags and data sources)', async () => {
    const watch = watchPage();
    const ledger = instrument();
    const fastKey = uniqueKey('lifecycle-fast');
    const slowKey = uniqueKey('lifecycle-slow');
    const restoreRandom = stubRandom(0.5);
    try {
      const box = container('width: 800px');
      const elements: NewsEl[] = [];
      const fast: NewsEl[] = [];
      const slow: NewsEl[] = [];
      for (let i = 0; i < 1000; i++) {
        const tag = TAGS[i % 4]!;
        const el = document.createElement(tag) as unknown as NewsEl & Record<string, unknown>;
        const mode = Math.floor(i / 4) % 10;
        if (mode <= 5) {
          el[propertyOf(tag)] = dataFor(tag, i);
        } else if (mode === 6) {
          const script = document.createElement('script');
          script.type = i % 8 < 4 ? 'application/json' : 'application/ld+json';
          script.textContent = JSON.stringify(dataFor(tag, i));
          el.append(script);
        } else if (mode === 7) {
          el.setAttribute('src', apiUrl({ body: JSON.stringify(dataFor(tag, i)), key: fastKey }));
          fast.push(el);
        } else if (mode === 8) {
          // Answered only after the test is over: still in flight when the element leaves.
          el.setAttribute('src', apiUrl({ body: JSON.stringify(dataFor(tag, i)), delay: 20_000, key: slowKey }));
          slow.push(el);
        } else {
          // Bad data: the error state must clean up as well as the ready one.
          el[propertyOf(tag)] = { url: 'javascript:alert(1)', headline: '' };
        }
        if (tag === 'news-trending-list') el.setAttribute('refresh', String(1 + (i % 3)));
        if (tag === 'news-article-card' && i % 3 === 0) el.setAttribute('date-format', 'yyyy-MM-dd HH:mm');
        elements.push(el);
      }
      // In batches, as a page would, some moved after they rendered.
      // The slow ones come last: hanging requests would hold every connection the browser allows
      // one origin, and the fast ones would wait behind them.
      const ordered = [...elements.filter((el) => !slow.includes(el)), ...slow];
      for (let start = 0; start < ordered.length; start += 100) {
        if (start === ordered.length - slow.length) {
          await waitFor(() => fast.every((el) => el.state === 'ready'), 'the fast src elements to load', 20_000);
        }
        const batch = ordered.slice(start, start + 100);
        box.append(...batch);
        await Promise.all(batch.map((el) => settleDeep(el)));
        for (const el of batch.filter((_, i) => i % 17 === 0)) box.prepend(el);
      }
      await Promise.all(elements.map((el) => settleDeep(el)));
      // Visibility reports come asynchronously: wait for what they start (ticks), not a duration.
      await waitFor(() => {
        const held = ledger.held();
        return held.ticking > 0 && held.timeouts > 0 && held.fetchesInFlight >= slow.length;
      }, 'the elements to settle in on the page', 30_000).catch(() => {}); // the checks below say what is missing

      // While they are on the page, the ledger does see what they hold (so zero later means something).
      const alive = ledger.held();
      // Watched for visibility: what ticks (relative times) or refreshes, nothing else.
      expect(alive.ticking, 'elements with a relative time ticking').to.be.greaterThan(0);
      expect(alive.watched, 'elements watched for visibility').to.be.at.least(alive.ticking);
      expect(alive.intervals, 'the one shared ticker interval').to.equal(1);
      expect(alive.observedTargets).to.be.greaterThan(1000);
      expect(alive.mutationObserversObserving).to.be.at.least(1000);
      expect(alive.documentListeners).to.include('visibilitychange');
      expect(alive.timeouts, 'refresh timers and fetch timeouts').to.be.greaterThan(0);
      expect(alive.fetchesInFlight, 'the slow requests (and perhaps a refresh)').to.be.at.least(slow.length);
      expect(slow.every((el) => el.state === 'loading')).to.equal(true);

      // Half leave one by one, the rest with their container.
      elements.slice(0, 500).forEach((el) => el.remove());
      box.remove();
      // Aborted requests settle and clear their timeouts: however long that takes on a busy machine.
      const nothingHeld = () => JSON.stringify(ledger.held()) === JSON.stringify(NOTHING_HELD);
      await waitFor(nothingHeld, 'everything to be given back', 30_000).catch(() => {}); // the check below shows what is not
      expect(ledger.held(), 'held after every element left').to.deep.equal(NOTHING_HELD);
      // The page gave up every slow request (fetchesInFlight is 0); the server hears of it later.
      await waitFor(async () => {
        const seen = await serverCount(slowKey);
        return seen.aborted === seen.count;
      }, 'the server to see every slow request abandoned', 30_000).catch(() => {});
      const slowSeen = await serverCount(slowKey);
      expect(slowSeen.count, 'slow requests reached the server').to.be.at.least(1);
      expect(slowSeen.aborted, 'every slow request was abandoned').to.equal(slowSeen.count);
      // Nothing more happens later either: no refresh, no tick, no request. The ledger already shows
      // no timer, interval, observer or listener left to start one; this pause is a negative check
      // on the real timers this test counts (a fake clock would hide them from the ledger).
      const requests = ledger.calls.fetch;
      await sleep(1500);
      expect(ledger.calls.fetch, 'no request after leaving').to.equal(requests);
      expect(ledger.held()).to.deep.equal(NOTHING_HELD);
      expect(escaped(watch)).to.deep.equal([]);
      console.log(
        `lifecycle: 1000 elements added and removed; library calls: ${JSON.stringify(ledger.calls)}; held afterwards: 0 timers, 0 intervals, 0 observed targets, 0 listeners, 0 requests`,
      );
    } finally {
      restoreRandom();
      ledger.restore();
      watch.stop();
    }
  });
});

describe('lifecycle: elements that leave in the same task they arrived', function () {
  this.timeout(30_000);

  // Frameworks do this all the time (a list re-rendered twice in one tick, a keyed move). The
  // element's first render then runs after it left the page: nothing it starts may outlive that.
  for (const tag of TAGS) {
    it(`<${tag}> × 100 added and removed at once hold nothing afterwards`, async () => {
      const ledger = instrument();
      try {
        const box = container();
        const elements: NewsEl[] = [];
        for (let i = 0; i < 100; i++) {
          const el = document.createElement(tag) as unknown as NewsEl & Record<string, unknown>;
          el[propertyOf(tag)] = dataFor(tag, i);
          box.append(el);
          el.remove();
          elements.push(el);
        }
        await Promise.all(elements.map((el) => settleDeep(el)));
        await macrotask();
        expect(elements.every((el) => el.state === 'ready'), 'they did render').to.equal(true);
        expect(ledger.held(), 'held by 100 elements that are no longer on the page').to.deep.equal(NOTHING_HELD);
      } finally {
        ledger.restore();
      }
    });
  }
});

describe('lifecycle: refresh stops off the page and in a hidden tab', function () {
  this.timeout(60_000);

  // Refreshes run on a fake clock (test/helpers.ts fakeClock): a refresh falls due only when the
  // test moves time on, so "none while hidden" is checked by moving time, not by waiting.
  let visibility: ReturnType<typeof fakeVisibility>;
  let fake: FakeClock;
  let fetches: ReturnType<typeof watchFetches>;
  const restorers: (() => void)[] = [];
  before(() => {
    visibility = fakeVisibility();
  });
  after(() => visibility.restore());
  beforeEach(() => {
    restorers.push(stubRandom(0.5));
    fake = fakeClock();
    fetches = watchFetches();
    restorers.push(() => fake.restore(), () => fetches.restore());
  });
  afterEach(() => {
    while (restorers.length) restorers.pop()!();
  });

  const FEED = JSON.stringify([validArticle(1), validArticle(2)]);
  const count = async (key: string) => (await serverCount(key)).count;
  /** Requests the library started (each sets its fetch timeout on the clock). */
  const started = () => fake.timers.filter((t) => t.from.includes('fetch-json')).length;
  const settled = () => waitFor(() => fetches.calls.every((c) => c.settled), 'every request to settle');

  /** Runs the next planned refresh on the fake clock and waits for the server to get it. */
  async function refreshOnce(key: string): Promise<void> {
    const before = await count(key);
    await fake.next('internal/data-source', 'the next refresh to be planned');
    await waitFor(async () => (await count(key)) > before, 'the refresh to reach the server');
    await waitFor(() => fake.pending('internal/fetch-json').length === 0, 'the refresh to end');
  }

  async function refreshingList(key: string) {
    const box = container('width: 600px');
    const el = document.createElement('news-trending-list') as NewsEl;
    el.setAttribute('src', apiUrl({ body: FEED, key }));
    el.setAttribute('refresh', '0.1');
    box.append(el);
    await waitFor(() => el.state === 'ready', 'the list to load');
    await refreshOnce(key);
    await refreshOnce(key);
    return { el, box };
  }

  /** However far the clock moves, no request starts (checked at the page and at the server). */
  async function expectQuiet(key: string, why: string): Promise<void> {
    await settled();
    await waitFor(() => fake.pending('internal/fetch-json').length === 0, 'no request in flight');
    const before = await count(key);
    const requests = started();
    fake.advance(60_000);
    await macrotask();
    expect(started(), why).to.equal(requests);
    await settled();
    expect(await count(key), why).to.equal(before);
  }

  it('stops while the tab is hidden and refreshes at once when it is shown again', async () => {
    const key = uniqueKey('hidden');
    const { el } = await refreshingList(key);
    await waitFor(() => fake.pending('internal/data-source').length > 0, 'the next refresh to be planned');
    visibility.setPageVisible(false);
    restorers.push(() => visibility.setPageVisible(true));
    await expectQuiet(key, 'no refresh while the tab is hidden');
    const before = await count(key);
    const at = fake.elapsed;
    visibility.setPageVisible(true);
    // "At once": without the clock moving at all.
    await waitFor(async () => (await count(key)) > before, 'a refresh on return');
    expect(fake.elapsed, 'the overdue refresh runs right away').to.equal(at);
    el.remove();
  });

  it('stops while the list is scrolled off screen, and resumes when it is back', async () => {
    const key = uniqueKey('offscreen');
    const { el, box } = await refreshingList(key);
    await waitFor(() => fake.pending('internal/data-source').length > 0, 'the next refresh to be planned');
    box.style.cssText = 'position: absolute; top: 20000px; width: 600px';
    recheckIntersections();
    await expectQuiet(key, 'no refresh while off screen');
    const before = await count(key);
    box.style.cssText = 'width: 600px';
    recheckIntersections();
    await waitFor(async () => (await count(key)) > before, 'refreshes to resume on screen');
    el.remove();
  });

  it('stops when the list leaves the page, holding no timer, and resumes when it returns', async () => {
    const key = uniqueKey('removed');
    const { el, box } = await refreshingList(key);
    const ledger = instrument();
    try {
      el.remove();
      await settled();
      expect(fake.pending('internal/data-source'), 'no refresh timer left').to.deep.equal([]);
      expect(fake.pending('internal/fetch-json'), 'no fetch timeout left').to.deep.equal([]);
      expect(ledger.held().fetchesInFlight).to.equal(0);
      await expectQuiet(key, 'no refresh after leaving the page');
      const before = await count(key);
      box.append(el);
      await fake.next('internal/data-source', 'a refresh to be planned on return');
      await waitFor(async () => (await count(key)) > before, 'refreshes to resume on return');
      el.remove();
      await settled();
      expect(fake.pending('internal/data-source'), 'and none after leaving again').to.deep.equal([]);
      expect(ledger.held().timeouts, 'and no real timer either').to.equal(0);
    } finally {
      ledger.restore();
    }
  });

  it('stops when refresh is removed, and when src is replaced by a property', async () => {
    const key = uniqueKey('refresh-off');
    const { el } = await refreshingList(key);
    el.removeAttribute('refresh');
    await (el as NewsEl).updateComplete;
    await expectQuiet(key, 'no refresh once `refresh` is gone');
    el.setAttribute('refresh', '0.1');
    await refreshOnce(key);
    await refreshOnce(key);
    (el as NewsEl & { feed?: unknown }).feed = [validArticle(5)];
    await (el as NewsEl).updateComplete;
    await expectQuiet(key, 'a property wins over src: no more refetching');
    el.remove();
  });
});
