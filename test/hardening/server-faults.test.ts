// Server fault matrix for `src` (every component) and `refresh` (the trending list), against the
// test server's /api/feed (test/server/middleware.mjs) and /faults/… (test/server/faults.mjs).
// Each fault ends in the error state (or, for a refresh, the last good list) with exactly one
// `news-error` per failed request carrying a reason, and nothing escapes into the page.
// Every test runs the library's timers on a fake clock (test/helpers.ts fakeClock): a fetch times
// out, and a refresh runs, only when the test moves time on, so a slow or busy machine can delay
// an answer but never turn it into a timeout, and backoff is checked as the delays scheduled.
import { expect } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/photo-credit/news-photo-credit.js';
import '../../src/trending-list/news-trending-list.js';
import { FETCH_TIMEOUT_MS, fetchJson, FetchError, MAX_RESPONSE_BYTES } from '../../src/internal/fetch-json.js';
import {
  apiUrl,
  container,
  errorLine,
  escaped,
  fakeClock,
  fakeVisibility,
  faultUrl,
  macrotask,
  ofType,
  otherOrigin,
  recordEvents,
  serverCount,
  serverSet,
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
  type PageWatch,
  type Tag,
} from './support.js';

const HERO = new URL('../fixtures/seed-hero.png', import.meta.url).href;
/** Each component's error line: it names what the reader is missing. */
const ERROR_LINE: Record<Tag, string> = {
  'news-article-card': 'The article could not be shown.',
  'news-byline': 'The byline could not be shown.',
  'news-trending-list': 'The stories could not be shown.',
  'news-photo-credit': 'The photo could not be shown.',
};
const FIVE_MB = 5 * 1024 * 1024;

/** A valid document for each component (the image is a real one, so no image error follows). */
function validBody(tag: Tag, n = 1): string {
  const article = validArticle(n, { image: { url: HERO, width: 960, height: 540, alt: '' } });
  if (tag === 'news-trending-list') return JSON.stringify([validArticle(n), validArticle(n + 1)]);
  return JSON.stringify(article);
}

/** What a reader sees as "the content" of each component when it is ready. */
function contentOf(el: NewsEl): string {
  const root = el.shadowRoot!;
  switch (el.localName) {
    case 'news-trending-list':
      return Array.from(root.querySelectorAll('ol > li a'))
        .map((a) => a.textContent?.trim())
        .join(' | ');
    case 'news-photo-credit':
      return root.querySelector('img')?.getAttribute('src') ?? '';
    case 'news-byline':
      return root.querySelector('time')?.getAttribute('datetime') ?? '';
    default:
      return root.querySelector('a')?.textContent?.trim() ?? '';
  }
}

let watch: PageWatch;
let fake: FakeClock;
let fetches: ReturnType<typeof watchFetches>;
const restorers: (() => void)[] = [];
beforeEach(() => {
  watch = watchPage();
  fake = fakeClock();
  fetches = watchFetches();
});
afterEach(() => {
  while (restorers.length) restorers.pop()!();
  fetches.restore();
  fake.restore();
  watch.stop();
});

/** Waits until every request the page started has settled (answered or failed), then one macrotask: anything late would be out by then. */
async function requestsSettled(): Promise<void> {
  await waitFor(() => fetches.calls.every((c) => c.settled), 'every request to settle', 15000);
  await macrotask();
}

async function expectNothingEscaped(): Promise<void> {
  await macrotask();
  await sleep(20);
  expect(escaped(watch), 'nothing escaped into the host page').to.deep.equal([]);
}

async function mount(tag: Tag, src: string, setup: (el: NewsEl) => void = () => {}) {
  const box = container();
  const el = document.createElement(tag) as NewsEl;
  const events = recordEvents(el, 'news-load', 'news-error');
  setup(el);
  el.setAttribute('src', src);
  box.append(el);
  return { el, events, box };
}

/** Waits until the test server has seen the request for `key`, so the change that follows lands mid-flight. */
async function requestArrived(key: string): Promise<void> {
  await waitFor(async () => (await serverCount(key)).count === 1, `the request ${key} to reach the server`, 15000);
}

async function waitForState(el: NewsEl, state: NewsEl['state'], timeout = 15000): Promise<void> {
  await waitFor(() => el.state === state, `<${el.localName}> to be ${state} (it is ${el.state})`, timeout);
  await el.updateComplete;
}

interface Fault {
  name: string;
  /** The src for `tag`; `key` counts the requests. */
  src: (tag: Tag, key: string) => string;
  /** What detail.errors[0].message must say. */
  reason: RegExp;
  /** The error is about the data (a JSON path), not about fetching `src`. */
  dataError?: boolean;
  /**
   * A fault that only a timeout ends: once `ready(src, key)` holds, the test moves the fake clock
   * past the fetch budget. Every other fault must end on its own, however slowly (the clock never moves).
   */
  timesOut?: (src: string, key: string) => Promise<void>;
  /** Checks on what the server saw. */
  server?: (key: string) => Promise<void>;
}

const faultCount = async (key: string) => (await (await fetch(faultUrl('count', { key }), { cache: 'no-store' })).json()) as { count: number; aborted: number; finished: number };

const FAULTS: Fault[] = [
  { name: '404', src: (_, key) => apiUrl({ status: 404, body: 'Not Found', type: 'text/plain', key }), reason: /answered HTTP 404/ },
  { name: '500', src: (_, key) => apiUrl({ status: 500, body: '{"error":"boom"}', key }), reason: /answered HTTP 500/ },
  { name: '503 with a valid-looking JSON body', src: (tag, key) => apiUrl({ status: 503, body: validBody(tag), key }), reason: /answered HTTP 503/ },
  {
    name: 'redirect loop',
    src: (_, key) => faultUrl('loop', { key }),
    reason: /could not be fetched/,
    async server(key) {
      expect((await faultCount(key)).count, 'the browser followed the loop until it gave up').to.be.at.least(15);
    },
  },
  {
    name: 'no answer (timeout)',
    src: (_, key) => faultUrl('hang', { key }),
    reason: new RegExp(`^\\S+ no answer within ${FETCH_TIMEOUT_MS / 1000} s$`),
    // The server has the request and will not answer it: only the budget can end it.
    timesOut: (_, key) => waitFor(async () => (await faultCount(key)).count === 1, 'the request to reach the server', 15000),
    async server(key) {
      await waitFor(async () => (await faultCount(key)).aborted === 1, 'the hanging request to be abandoned');
    },
  },
  {
    name: 'slow drip (the body trickles in)',
    src: (_, key) => faultUrl('drip', { key, every: 40, bytes: 4000 }),
    reason: new RegExp(`^\\S+ no complete answer within ${FETCH_TIMEOUT_MS / 1000} s$`),
    // The headers are in and the body is trickling: the budget then ends the read, not the request.
    timesOut: (src) => waitFor(() => fetches.to(src).some((c) => c.answered), 'the trickle’s headers to arrive', 15000),
    async server(key) {
      await waitFor(async () => (await faultCount(key)).aborted === 1, 'the trickle to be abandoned');
    },
  },
  { name: 'connection cut mid-body', src: (_, key) => faultUrl('cut', { key }), reason: /cut off|could not be fetched|not valid JSON/ },
  { name: 'invalid JSON', src: (_, key) => apiUrl({ body: '{"items": [{"url": "https://news.example/a",', key }), reason: /is not valid JSON/ },
  { name: 'JSON with a trailing script', src: (_, key) => apiUrl({ body: '{"a":1}<script>window.__xss=1</script>', key }), reason: /is not valid JSON/ },
  {
    name: 'HTML with 200',
    src: (_, key) => apiUrl({ body: '<!doctype html><title>Oops</title><script>window.__xss=1</script>', type: 'text/html; charset=utf-8', key }),
    reason: /answered text\/html, not JSON/,
  },
  { name: 'wrong content type (text/plain)', src: (tag, key) => apiUrl({ body: validBody(tag), type: 'text/plain', key }), reason: /answered text\/plain, not JSON/ },
  {
    name: 'wrong content type (JavaScript)',
    src: (_, key) => apiUrl({ body: 'window.__xss = 1;', type: 'application/javascript', key }),
    reason: /answered application\/javascript, not JSON/,
  },
  { name: 'empty body', src: (_, key) => apiUrl({ body: '', key }), reason: /answered with an empty body/ },
  { name: 'whitespace body', src: (_, key) => apiUrl({ body: ' \n\t ', key }), reason: /answered with an empty body/ },
  { name: '204 No Content', src: (_, key) => faultUrl('body', { status: 204, key }), reason: /answered with an empty body/ },
  {
    name: '5 MB body with Content-Length',
    src: (_, key) => apiUrl({ big: FIVE_MB, key }),
    reason: new RegExp(`is larger than ${MAX_RESPONSE_BYTES} bytes`),
  },
  {
    name: '5 MB body streamed without Content-Length',
    src: (_, key) => faultUrl('big', { bytes: FIVE_MB, chunked: 1, key }),
    reason: new RegExp(`is larger than ${MAX_RESPONSE_BYTES} bytes`),
  },
  { name: 'valid JSON of the wrong shape', src: (_, key) => apiUrl({ body: '{"hello":"world","items":5}', key }), reason: /./, dataError: true },
  { name: 'valid JSON: a bare number', src: (_, key) => apiUrl({ body: '42', key }), reason: /./, dataError: true },
  {
    name: 'cross-origin answer without CORS headers',
    src: (tag, key) => apiUrl({ body: validBody(tag), key }, otherOrigin()),
    reason: /could not be fetched/,
    async server(key) {
      expect((await serverCount(key)).count, 'the server did answer; the browser withheld it').to.equal(1);
    },
  },
  {
    name: 'redirect to another origin without CORS',
    src: (tag, key) => faultUrl('redirect', { key, to: apiUrl({ body: validBody(tag) }, otherOrigin()) }),
    reason: /could not be fetched/,
  },
  { name: 'redirect to javascript:', src: (_, key) => faultUrl('redirect', { key, to: 'javascript:window.__xss=1' }), reason: /could not be fetched/ },
  { name: 'src is a javascript: URL', src: () => 'javascript:window.__xss=1//', reason: /could not be fetched/ },
  { name: 'src is a data: URL holding HTML', src: () => 'data:text/html,<script>parent.__xss=1</script>', reason: /answered text\/html, not JSON/ },
];

let faultCases = 0;

describe('server faults: `src` on every component', function () {
  this.timeout(20000);
  after(() => console.log(`server faults: ${faultCases} fault × component cases, each ending in one news-error with a reason`));

  for (const fault of FAULTS) {
    describe(fault.name, () => {
      for (const tag of TAGS) {
        it(`<${tag}> ends in its error state with one news-error saying why`, async () => {
          const key = uniqueKey(`${tag}-${fault.name.replace(/\W+/g, '-')}`);
          const sentinel = (window as { __xss?: unknown }).__xss;
          const src = fault.src(tag, key);
          const { el, events } = await mount(tag, src);
          if (fault.timesOut) {
            await fault.timesOut(src, key);
            expect(el.state, 'still waiting before the budget runs out').to.equal('loading');
            expect(fake.pending('fetch-json').map((t) => t.ms), 'the fetch budget').to.deep.equal([FETCH_TIMEOUT_MS]);
            fake.advance(FETCH_TIMEOUT_MS);
          }
          await waitForState(el, 'error', 15000);
          await requestsSettled(); // anything late (a second event, a stray load) would be out by now

          expect(ofType(events, 'news-load'), 'no news-load').to.have.length(0);
          const errors = ofType(events, 'news-error');
          expect(errors, 'exactly one news-error').to.have.length(1);
          const detail = errors[0]!.detail as { errors: { path: string; message: string }[]; source: string };
          expect(detail.source).to.equal('src');
          expect(detail.errors.length).to.be.at.least(1);
          const first = detail.errors[0]!;
          expect(first.message).to.be.a('string').and.match(fault.reason);
          if (fault.dataError) expect(first.path, 'a data error names a JSON path').to.not.equal('src');
          else expect(first.path).to.equal('src');
          expect(el.errors, 'el.errors says the same').to.deep.equal(detail.errors);

          // What the reader sees: the polite error line, no content, nothing from the answer.
          expect(errorLine(el)?.textContent?.trim()).to.equal(ERROR_LINE[tag]);
          expect(el.shadowRoot!.querySelector('a, img, time, ol, figure')).to.equal(null);
          expect((window as { __xss?: unknown }).__xss, 'nothing in the answer ran').to.equal(sentinel);
          await fault.server?.(key);
          await expectNothingEscaped();
          faultCases++;
        });
      }
    });
  }

  it('shows the publisher’s fallback children instead of the error line', async () => {
    for (const tag of TAGS) {
      const { el, events } = await mount(tag, apiUrl({ status: 500, key: uniqueKey('fallback') }), (el) => {
        el.innerHTML = '<a href="https://news.example/fallback">Read the story</a>';
      });
      await waitForState(el, 'error');
      expect(errorLine(el), `<${tag}> shows no error line`).to.equal(null);
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Read the story']);
      expect(ofType(events, 'news-error')).to.have.length(1);
    }
    await expectNothingEscaped();
  });

  it('sends no cookies or credentials with src, even to its own origin', async () => {
    document.cookie = 'news_widgets_secret=1; path=/';
    restorers.push(() => {
      document.cookie = 'news_widgets_secret=; path=/; max-age=0';
    });
    // The test page's own fetch would send it: the endpoint does see cookies.
    const direct = (await (await fetch(faultUrl('echo'))).json()) as { headline: string };
    expect(direct.headline).to.contain('news_widgets_secret=1');
    for (const tag of TAGS) {
      const shape = tag === 'news-trending-list' ? 'feed' : tag === 'news-photo-credit' ? 'image' : 'article';
      const { el } = await mount(tag, faultUrl('echo', { shape }));
      await waitForState(el, 'ready');
      expect(el.shadowRoot!.textContent, `<${tag}>'s request`).to.contain('cookie: none; authorization: none');
    }
    await expectNothingEscaped();
  });
});

describe('server faults: in-flight changes', function () {
  this.timeout(30000);

  /** Answered only long after the test is over: the request can only end by being abandoned. */
  const NEVER = 60_000;

  /** Waits until the request for `key` has been abandoned on both ends: the page's fetch rejected, and the server saw the client leave. */
  const feedRequests = (key: string) => fetches.to(`/api/feed?`).filter((c) => new URL(c.url).searchParams.get('key') === key);

  async function abandoned(key: string): Promise<void> {
    await waitFor(() => feedRequests(key).length === 1 && feedRequests(key)[0]!.settled, `the page to give up the request ${key}`, 15000);
    expect(feedRequests(key)[0]!.answered, 'the request was aborted, not answered').to.equal(false);
    // A condition, not a duration: on a busy machine the abort reaches the server late.
    await waitFor(async () => (await serverCount(key)).aborted === 1, `the server to see ${key} abandoned`, 15000);
    await macrotask(); // what the rejection could still announce is out by now
  }

  for (const tag of TAGS) {
    it(`<${tag}> removed mid-flight: the request is aborted and nothing is announced`, async () => {
      const key = uniqueKey(`removed-${tag}`);
      const { el, events, box } = await mount(tag, apiUrl({ body: validBody(tag), delay: NEVER, key }));
      await el.updateComplete;
      await requestArrived(key);
      el.remove();
      await abandoned(key);
      expect(events.map((e) => e.type), 'no news-load or news-error after leaving').to.deep.equal([]);
      expect(el.state).to.equal('loading');
      const seen = await serverCount(key);
      expect(seen.count, 'one request').to.equal(1);
      expect(seen.aborted, 'and it was abandoned').to.equal(1);

      // Back on the page, it loads again, once.
      await serverSet(key, { delay: 0 });
      box.append(el);
      await waitForState(el, 'ready', 15000);
      await requestsSettled();
      expect(feedRequests(key), 'one more request').to.have.length(2);
      expect(ofType(events, 'news-load')).to.have.length(1);
      expect(ofType(events, 'news-error')).to.have.length(0);
      await expectNothingEscaped();
    });

    it(`<${tag}> added and removed in the same task: nothing is fetched for a detached element`, async () => {
      const key = uniqueKey(`same-task-${tag}`);
      // All in one task, with no await in between: the element's first update runs after it left.
      const el = document.createElement(tag) as NewsEl;
      const events = recordEvents(el, 'news-load', 'news-error');
      el.setAttribute('src', apiUrl({ body: validBody(tag), delay: 300, key }));
      container().append(el);
      el.remove();
      // Its first update has run by now, and a load it started would have called fetch within it.
      await el.updateComplete;
      await requestsSettled();
      // Every request that started was abandoned: a detached element downloads nothing.
      expect(feedRequests(key).filter((c) => c.answered), 'requests answered for a detached element').to.have.length(0);
      await waitFor(async () => {
        const seen = await serverCount(key);
        return seen.count === seen.aborted;
      }, 'every request the server saw to be abandoned', 15000);
      expect(events.map((e) => e.type)).to.deep.equal([]);
      expect(el.state).to.equal('loading');
      await expectNothingEscaped();
    });

    it(`<${tag}> src changed mid-flight: the old request is aborted and only the new answer shows`, async () => {
      const oldKey = uniqueKey(`old-${tag}`);
      const newKey = uniqueKey(`new-${tag}`);
      const { el, events } = await mount(tag, apiUrl({ body: validBody(tag, 1), delay: NEVER, key: oldKey }));
      await el.updateComplete;
      await requestArrived(oldKey);
      el.setAttribute('src', apiUrl({ body: validBody(tag, 7), key: newKey }));
      await waitForState(el, 'ready', 15000);
      const shown = contentOf(el);
      await abandoned(oldKey);
      await requestsSettled();
      expect(contentOf(el), 'the old request never replaces the new answer').to.equal(shown);
      expect(ofType(events, 'news-load')).to.have.length(1);
      expect(ofType(events, 'news-error')).to.have.length(0);
      if (tag === 'news-trending-list') expect(shown).to.equal('Story number 7 | Story number 8');
      await expectNothingEscaped();
    });

    it(`<${tag}> src changed mid-flight to one that fails: one news-error, for the new src`, async () => {
      const oldKey = uniqueKey(`old-ok-${tag}`);
      const { el, events } = await mount(tag, apiUrl({ body: validBody(tag), delay: NEVER, key: oldKey }));
      await el.updateComplete;
      await requestArrived(oldKey);
      const failing = apiUrl({ status: 404, key: uniqueKey('new-404') });
      el.setAttribute('src', failing);
      await waitForState(el, 'error', 15000);
      await abandoned(oldKey);
      await requestsSettled();
      expect(el.state, 'the old request does not win').to.equal('error');
      expect(ofType(events, 'news-load')).to.have.length(0);
      const errors = ofType(events, 'news-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.errors[0].message).to.equal(`${failing} answered HTTP 404`);
      await expectNothingEscaped();
    });

    it(`<${tag}> src removed mid-flight: back to loading, request aborted, no events`, async () => {
      const key = uniqueKey(`cleared-${tag}`);
      const { el, events } = await mount(tag, apiUrl({ body: validBody(tag), delay: NEVER, key }));
      await el.updateComplete;
      await requestArrived(key);
      el.removeAttribute('src');
      await abandoned(key);
      expect(el.state).to.equal('loading');
      expect(events).to.have.length(0);
      expect((await serverCount(key)).aborted).to.equal(1);
      await expectNothingEscaped();
    });
  }
});

describe('server faults: fetchJson directly', () => {
  const never = new AbortController().signal;

  async function rejection(promise: Promise<unknown>): Promise<Error> {
    try {
      await promise;
    } catch (error) {
      return error as Error;
    }
    throw new Error('expected a rejection');
  }

  /** Settles to the error `promise` rejects with, or to undefined while it is still pending (after a macrotask). */
  async function outcome(promise: Promise<unknown>): Promise<Error | undefined> {
    let error: Error | undefined;
    promise.catch((e: Error) => (error = e));
    await macrotask();
    return error;
  }

  it('gives up on a server that never answers after timeoutMs, and abandons the request', async () => {
    const key = uniqueKey('direct-hang');
    const pending = fetchJson(faultUrl('hang', { key }), never, { timeoutMs: 250 });
    await waitFor(async () => (await faultCount(key)).count === 1, 'the request to reach the server', 15000);
    expect(fake.pending('fetch-json').map((t) => t.ms), 'the injected budget').to.deep.equal([250]);
    fake.advance(249);
    expect(await outcome(pending), 'still waiting 1 ms before the budget').to.equal(undefined);
    fake.advance(1);
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(FetchError);
    expect(error.message).to.equal('no answer within 0.25 s');
    await waitFor(async () => (await faultCount(key)).aborted === 1, 'the request to be abandoned', 15000);
  });

  it('gives up on a body that trickles in for longer than timeoutMs', async () => {
    const key = uniqueKey('direct-drip');
    const src = faultUrl('drip', { key, every: 30, bytes: 3000 });
    const pending = fetchJson(src, never, { timeoutMs: 400 });
    await waitFor(() => fetches.to(src).some((c) => c.answered), 'the trickle’s headers to arrive', 15000);
    fake.advance(399);
    expect(await outcome(pending), 'still reading 1 ms before the budget').to.equal(undefined);
    fake.advance(1);
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(FetchError);
    expect(error.message).to.equal('no complete answer within 0.4 s');
    await waitFor(async () => (await faultCount(key)).aborted === 1, 'the trickle to be abandoned', 15000);
  });

  it('stops at the size cap without reading the rest of a streamed body', async () => {
    const key = uniqueKey('direct-big');
    // The server stalls after 2 MiB: WebKitGTK's network process reads a fast local stream ahead of
    // the page (all 20 MiB can arrive before the reader passes 1 MiB), and then nothing is left to
    // abandon. The stall keeps "the rest" unsent until the reader has either cancelled or not.
    const error = await rejection(fetchJson(faultUrl('big', { key, bytes: 20 * 1024 * 1024, chunked: 1, stall: 2 * 1024 * 1024 }), never));
    expect(error.message).to.equal(`is larger than ${MAX_RESPONSE_BYTES} bytes`);
    await waitFor(async () => (await faultCount(key)).aborted === 1, 'the stream to be cancelled');
    expect((await faultCount(key)).finished, 'the rest was never sent').to.equal(0);
  });

  it('accepts a body of exactly the cap, and refuses one byte more', async () => {
    const exact = await fetchJson(faultUrl('big', { bytes: MAX_RESPONSE_BYTES, chunked: 1 }), never);
    expect(exact.text.length).to.equal(MAX_RESPONSE_BYTES);
    const over = await rejection(fetchJson(faultUrl('big', { bytes: MAX_RESPONSE_BYTES + 1, chunked: 1 }), never));
    expect(over.message).to.equal(`is larger than ${MAX_RESPONSE_BYTES} bytes`);
  });

  it('rejects at once when its caller aborts, and the request is abandoned', async () => {
    const key = uniqueKey('direct-abort');
    const controller = new AbortController();
    const pending = fetchJson(faultUrl('hang', { key }), controller.signal, { timeoutMs: 5000 });
    await waitFor(async () => (await faultCount(key)).count === 1, 'the request to reach the server', 15000);
    controller.abort();
    // "At once": without the clock moving, so not through the 5 s budget (which never fires here).
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(FetchError);
    expect(error.message).to.match(/could not be fetched/);
    expect(fake.elapsed, 'no time passed').to.equal(0);
    expect(fake.pending('fetch-json'), 'and its timer is cleared').to.deep.equal([]);
    await waitFor(async () => (await faultCount(key)).aborted === 1, 'the request to be abandoned');
  });

  it('stops following a redirect loop', async () => {
    const error = await rejection(fetchJson(faultUrl('loop', { key: uniqueKey('direct-loop') }), never));
    expect(error.message).to.match(/could not be fetched/);
  });
});

describe('server faults: refresh on <news-trending-list>', function () {
  this.timeout(40000);

  let visibility: ReturnType<typeof fakeVisibility>;
  before(() => {
    visibility = fakeVisibility();
  });
  after(() => visibility.restore());
  beforeEach(() => {
    restorers.push(stubRandom(0.5)); // no jitter: each gap is exactly refresh × backoff
  });

  const FEED = JSON.stringify([validArticle(1), validArticle(2), validArticle(3)]);
  const headlines = (el: NewsEl) => Array.from(el.shadowRoot!.querySelectorAll('ol > li a')).map((a) => a.textContent?.trim());
  /** Answered only long after the test is over. */
  const NEVER = 60_000;

  /** Waits for the next refresh to be planned, runs it on the fake clock, and returns the delay it was planned with (ms). */
  const nextRefresh = async (): Promise<number> => (await fake.next('internal/data-source', 'the next refresh to be planned')).ms;
  /** The delay of the refresh planned now (ms), once there is one; it is not run. */
  async function planned(): Promise<number> {
    await waitFor(() => fake.pending('internal/data-source').length > 0, 'a refresh to be planned');
    return fake.pending('internal/data-source')[0]!.ms;
  }

  it('keeps the last good list through every kind of failed refresh, says why each time, and backs off', async () => {
    const key = uniqueKey('refresh-chain');
    const { el, events } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'ready');
    const good = headlines(el);
    expect(good).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);

    const chain: [Record<string, string | number>, RegExp][] = [
      [{ status: 500 }, /answered HTTP 500$/],
      [{ status: 404 }, /answered HTTP 404$/],
      [{ body: '{"items": [' }, /is not valid JSON/],
      [{ type: 'text/html' }, /answered text\/html, not JSON/],
      [{ body: '' }, /answered with an empty body/],
      [{ big: FIVE_MB }, /is larger than 1048576 bytes/],
      [{ delay: NEVER }, new RegExp(`no answer within ${FETCH_TIMEOUT_MS / 1000} s$`)],
    ];
    const delays: number[] = [];
    for (const [i, [params, reason]] of chain.entries()) {
      await serverSet(key, params);
      delays.push(await nextRefresh());
      if (params['delay']) {
        // Only the budget ends a request the server holds: run it out once the server has it.
        await waitFor(async () => (await serverCount(key)).count === i + 2, 'the held refresh to reach the server');
        expect(fake.pending('fetch-json').map((t) => t.ms), 'the fetch budget').to.deep.equal([FETCH_TIMEOUT_MS]);
        fake.advance(FETCH_TIMEOUT_MS);
      }
      await waitFor(() => ofType(events, 'news-error').length === i + 1, `failed refresh ${i + 1} (${JSON.stringify(params)})`);
      const detail = ofType(events, 'news-error')[i]!.detail;
      expect(detail.errors[0].message, JSON.stringify(params)).to.match(reason);
      expect(detail.source).to.equal('src');
      expect(el.state, 'still ready').to.equal('ready');
      expect(headlines(el), 'the last good list stays on screen').to.deep.equal(good);
      expect(errorLine(el)).to.equal(null);
    }
    // Exponential backoff, as planned (no jitter): 0.1 s after the good load, then × 2, 4, 8, 16,
    // 32, 32, 32 (capped) after each failure.
    delays.push(await planned());
    expect(delays, 'refresh delays planned (ms)').to.deep.equal([100, 200, 400, 800, 1600, 3200, 3200, 3200]);

    // The server heals: the list updates and the pace returns to `refresh`.
    await serverSet(key, { body: JSON.stringify([validArticle(9)]) });
    await nextRefresh();
    await waitFor(() => headlines(el)[0] === 'Story number 9', 'the healed feed');
    expect(await planned(), 'back to the plain interval').to.equal(100);
    const loads = ofType(events, 'news-load').length;
    const requests = (await serverCount(key)).count;
    await nextRefresh();
    await waitFor(async () => (await serverCount(key)).count === requests + 1, 'one more refresh');
    expect(await planned(), 'still the plain interval').to.equal(100);
    await requestsSettled();
    expect(ofType(events, 'news-load').length, 'an unchanged feed announces nothing new').to.equal(loads);
    expect(ofType(events, 'news-error')).to.have.length(chain.length);
    el.remove();
    await expectNothingEscaped();
  });

  it('backs off through repeated refreshes that answer valid JSON of the wrong shape', async () => {
    const key = uniqueKey('refresh-shape');
    const { el, events } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'ready');
    const good = headlines(el);
    await serverSet(key, { body: '{"hello":"world"}' });
    const delays = [await nextRefresh()];
    for (let junk = 1; junk <= 3; junk++) {
      await waitFor(() => ofType(events, 'news-error').length === junk, `junk refresh ${junk} to be reported`);
      delays.push(await nextRefresh());
    }
    await waitFor(() => ofType(events, 'news-error').length === 4, 'junk refresh 4 to be reported');
    expect(headlines(el), 'the last good list stays').to.deep.equal(good);
    expect(ofType(events, 'news-error'), 'each junk answer is reported').to.have.length(4);
    // Like any other failure: 0.2 s, 0.4 s, 0.8 s … after junk — not back to every 0.1 s.
    expect(delays, 'refresh delays planned (ms)').to.deep.equal([100, 200, 400, 800]);
    el.remove();
    await expectNothingEscaped();
  });

  it('recovers from a failed first load when the server heals, with backoff in between', async () => {
    const key = uniqueKey('refresh-recover');
    await serverSet(key, { status: 503 });
    const { el, events } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'error');
    const delays = [await nextRefresh()];
    await waitFor(() => ofType(events, 'news-error').length === 2, 'the first failed retry');
    delays.push(await nextRefresh());
    await waitFor(() => ofType(events, 'news-error').length === 3, 'the second failed retry');
    expect(el.state).to.equal('error');
    await serverSet(key, {});
    delays.push(await nextRefresh());
    await waitForState(el, 'ready');
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    delays.push(await planned());
    expect(delays, 'refresh delays planned (ms): backoff, then the plain interval').to.deep.equal([200, 400, 800, 100]);
    expect(ofType(events, 'news-load')).to.have.length(1);
    el.remove();
    await expectNothingEscaped();
  });

  it('a refresh in flight when the list leaves the page is aborted and keeps the list', async () => {
    const key = uniqueKey('refresh-removed');
    const { el, events, box } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'ready');
    await serverSet(key, { delay: NEVER });
    await nextRefresh();
    await waitFor(async () => (await serverCount(key)).count === 2, 'the slow refresh to start');
    el.remove();
    await waitFor(async () => (await serverCount(key)).aborted === 1, 'the refresh in flight to be abandoned');
    await requestsSettled();
    // Off the page nothing is planned: however far the clock moves, no request starts.
    expect(fake.pending('internal/data-source'), 'no refresh planned off the page').to.deep.equal([]);
    const started = fake.timers.filter((t) => t.from.includes('fetch-json')).length;
    fake.advance(60_000);
    await requestsSettled();
    expect(fake.timers.filter((t) => t.from.includes('fetch-json')), 'no request started off the page').to.have.length(started);
    const seen = await serverCount(key);
    expect(seen.count, 'no refresh while off the page').to.equal(2);
    expect(seen.aborted, 'the refresh in flight was abandoned').to.equal(1);
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    expect(ofType(events, 'news-error'), 'leaving is not an error').to.have.length(0);
    await serverSet(key, {});
    box.append(el);
    await nextRefresh();
    await waitFor(async () => (await serverCount(key)).count >= 3, 'refreshes to resume on return');
    el.remove();
    await expectNothingEscaped();
  });
});
