// Server fault matrix for `src` (every component) and `refresh` (the trending list), against the
// test server's /api/feed (test/server/middleware.mjs) and /faults/… (test/server/faults.mjs).
// Each fault ends in the error state (or, for a refresh, the last good list) with exactly one
// `news-error` per failed request carrying a reason, and nothing escapes into the page.
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
  watchPage,
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
const restorers: (() => void)[] = [];
beforeEach(() => {
  watch = watchPage();
});
afterEach(() => {
  while (restorers.length) restorers.pop()!();
  watch.stop();
});

async function expectNothingEscaped(): Promise<void> {
  await macrotask();
  await sleep(20);
  expect(escaped(watch), 'nothing escaped into the host page').to.deep.equal([]);
}

/** Makes the elements' 10 s fetch timeout fire after `ms` instead (fetch-json.ts reads it through setTimeout). */
function shortenFetchTimeout(ms: number): () => void {
  const original = window.setTimeout;
  window.setTimeout = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) =>
    original(handler, timeout === FETCH_TIMEOUT_MS ? ms : timeout, ...args)) as typeof window.setTimeout;
  const restore = () => {
    window.setTimeout = original;
  };
  restorers.push(restore);
  return restore;
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
  await waitFor(async () => (await serverCount(key)).count === 1, `the request ${key} to reach the server`);
}

async function waitForState(el: NewsEl, state: NewsEl['state'], timeout = 5000): Promise<void> {
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
  setup?: () => void;
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
    reason: /no answer within \d+ s/,
    setup: () => void shortenFetchTimeout(300),
    async server(key) {
      await waitFor(async () => (await faultCount(key)).aborted === 1, 'the hanging request to be abandoned');
    },
  },
  {
    name: 'slow drip (the body trickles in)',
    src: (_, key) => faultUrl('drip', { key, every: 40, bytes: 4000 }),
    reason: /no complete answer within \d+ s/,
    setup: () => void shortenFetchTimeout(400),
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
          fault.setup?.();
          const key = uniqueKey(`${tag}-${fault.name.replace(/\W+/g, '-')}`);
          const sentinel = (window as { __xss?: unknown }).__xss;
          const { el, events } = await mount(tag, fault.src(tag, key));
          await waitForState(el, 'error', 8000);
          await sleep(150); // anything late (a second event, a stray load) would arrive by now

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
  this.timeout(15000);

  for (const tag of TAGS) {
    it(`<${tag}> removed mid-flight: the request is aborted and nothing is announced`, async () => {
      const key = uniqueKey(`removed-${tag}`);
      const { el, events, box } = await mount(tag, apiUrl({ body: validBody(tag), delay: 400, key }));
      await el.updateComplete;
      await requestArrived(key);
      el.remove();
      // Waits for the server to see the request abandoned (a condition, not a duration: on a busy
      // machine the abort reaches it late), then past the answer's delay.
      await waitFor(async () => (await serverCount(key)).aborted === 1, 'the request to be abandoned');
      await sleep(600);
      expect(events.map((e) => e.type), 'no news-load or news-error after leaving').to.deep.equal([]);
      expect(el.state).to.equal('loading');
      const seen = await serverCount(key);
      expect(seen.count, 'one request').to.equal(1);
      expect(seen.aborted, 'and it was abandoned').to.equal(1);

      // Back on the page, it loads again, once.
      box.append(el);
      await waitForState(el, 'ready');
      await sleep(100);
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
      await sleep(700);
      const seen = await serverCount(key);
      // Every request that started was abandoned: a detached element downloads nothing.
      expect(seen.count - seen.aborted, `requests completed for a detached element (${JSON.stringify(seen)})`).to.equal(0);
      expect(events.map((e) => e.type)).to.deep.equal([]);
      expect(el.state).to.equal('loading');
      await expectNothingEscaped();
    });

    it(`<${tag}> src changed mid-flight: the old request is aborted and only the new answer shows`, async () => {
      const oldKey = uniqueKey(`old-${tag}`);
      const newKey = uniqueKey(`new-${tag}`);
      const { el, events } = await mount(tag, apiUrl({ body: validBody(tag, 1), delay: 500, key: oldKey }));
      await el.updateComplete;
      await requestArrived(oldKey);
      el.setAttribute('src', apiUrl({ body: validBody(tag, 7), key: newKey }));
      await waitForState(el, 'ready');
      const shown = contentOf(el);
      await sleep(700); // long after the old answer would have arrived
      expect(contentOf(el), 'the old answer never replaces the new one').to.equal(shown);
      expect(ofType(events, 'news-load')).to.have.length(1);
      expect(ofType(events, 'news-error')).to.have.length(0);
      expect((await serverCount(oldKey)).aborted, 'the old request was abandoned').to.equal(1);
      if (tag === 'news-trending-list') expect(shown).to.equal('Story number 7 | Story number 8');
      await expectNothingEscaped();
    });

    it(`<${tag}> src changed mid-flight to one that fails: one news-error, for the new src`, async () => {
      const oldKey = uniqueKey(`old-ok-${tag}`);
      const { el, events } = await mount(tag, apiUrl({ body: validBody(tag), delay: 500, key: oldKey }));
      await el.updateComplete;
      await requestArrived(oldKey);
      const failing = apiUrl({ status: 404, key: uniqueKey('new-404') });
      el.setAttribute('src', failing);
      await waitForState(el, 'error');
      await sleep(700);
      expect(el.state, 'the old answer does not win').to.equal('error');
      expect(ofType(events, 'news-load')).to.have.length(0);
      const errors = ofType(events, 'news-error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.errors[0].message).to.equal(`${failing} answered HTTP 404`);
      await expectNothingEscaped();
    });

    it(`<${tag}> src removed mid-flight: back to loading, request aborted, no events`, async () => {
      const key = uniqueKey(`cleared-${tag}`);
      const { el, events } = await mount(tag, apiUrl({ body: validBody(tag), delay: 400, key }));
      await el.updateComplete;
      await requestArrived(key);
      el.removeAttribute('src');
      await waitFor(async () => (await serverCount(key)).aborted === 1, 'the request to be abandoned');
      await sleep(600);
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

  it('gives up on a server that never answers after timeoutMs, and abandons the request', async () => {
    const key = uniqueKey('direct-hang');
    const start = performance.now();
    const error = await rejection(fetchJson(faultUrl('hang', { key }), never, { timeoutMs: 250 }));
    const took = performance.now() - start;
    expect(error).to.be.instanceOf(FetchError);
    expect(error.message).to.equal('no answer within 0.25 s');
    expect(took).to.be.within(200, 2000);
    await waitFor(async () => (await faultCount(key)).aborted === 1, 'the request to be abandoned');
  });

  it('gives up on a body that trickles in for longer than timeoutMs', async () => {
    const key = uniqueKey('direct-drip');
    const start = performance.now();
    const error = await rejection(fetchJson(faultUrl('drip', { key, every: 30, bytes: 3000 }), never, { timeoutMs: 400 }));
    expect(error).to.be.instanceOf(FetchError);
    expect(error.message).to.equal('no complete answer within 0.4 s');
    expect(performance.now() - start).to.be.within(350, 2500);
    await waitFor(async () => (await faultCount(key)).aborted === 1, 'the trickle to be abandoned');
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
    await waitFor(async () => (await faultCount(key)).count === 1, 'the request to reach the server');
    const start = performance.now();
    controller.abort();
    const error = await rejection(pending);
    expect(error).to.be.instanceOf(FetchError);
    expect(performance.now() - start).to.be.below(500);
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

  async function gaps(key: string, from = 0): Promise<number[]> {
    const { times } = await serverCount(key);
    return times.slice(from + 1).map((t, i) => t - times[from + i]!);
  }

  it('keeps the last good list through every kind of failed refresh, says why each time, and backs off', async () => {
    const key = uniqueKey('refresh-chain');
    const { el, events } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'ready');
    const good = headlines(el);
    expect(good).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    const restoreTimeout = shortenFetchTimeout(250);

    const chain: [Record<string, string | number>, RegExp][] = [
      [{ status: 500 }, /answered HTTP 500/],
      [{ status: 404 }, /answered HTTP 404/],
      [{ body: '{"items": [' }, /is not valid JSON/],
      [{ type: 'text/html' }, /answered text\/html, not JSON/],
      [{ body: '' }, /answered with an empty body/],
      [{ big: FIVE_MB }, /is larger than 1048576 bytes/],
      [{ delay: 1500 }, /no answer within/],
    ];
    for (const [i, [params, reason]] of chain.entries()) {
      await serverSet(key, params);
      await waitFor(() => ofType(events, 'news-error').length === i + 1, `failed refresh ${i + 1} (${JSON.stringify(params)})`, 12000);
      const detail = ofType(events, 'news-error')[i]!.detail;
      expect(detail.errors[0].message, JSON.stringify(params)).to.match(reason);
      expect(detail.source).to.equal('src');
      expect(el.state, 'still ready').to.equal('ready');
      expect(headlines(el), 'the last good list stays on screen').to.deep.equal(good);
      expect(errorLine(el)).to.equal(null);
    }
    // Exponential backoff: 0.1 s × 2, 4, 8, 16, 32, 32 (capped) between the failing requests.
    const failing = (await gaps(key)).slice(1, chain.length);
    const expected = [200, 400, 800, 1600, 3200, 3200];
    failing.forEach((gap, i) => expect(gap, `gap after failure ${i + 1} (${failing.join(', ')} ms)`).to.be.within(expected[i]! * 0.9, expected[i]! * 1.4 + 300));
    restoreTimeout();

    // The server heals: the list updates and the pace returns to `refresh`.
    await serverSet(key, { body: JSON.stringify([validArticle(9)]) });
    await waitFor(() => headlines(el)[0] === 'Story number 9', 'the healed feed', 8000);
    const loads = ofType(events, 'news-load').length;
    await waitFor(async () => (await serverCount(key)).count >= chain.length + 4, 'two more refreshes', 4000);
    const after = await gaps(key);
    expect(after[after.length - 1], 'back to the plain interval').to.be.below(400);
    expect(ofType(events, 'news-load').length, 'an unchanged feed announces nothing new').to.equal(loads);
    expect(ofType(events, 'news-error')).to.have.length(chain.length);
    el.remove();
    await expectNothingEscaped();
  });

  it('backs off through repeated refreshes that answer valid JSON of the wrong shape', async () => {
    const key = uniqueKey('refresh-shape');
    restorers.push(stubRandom(0.5)); // no jitter: each gap is exactly refresh × backoff
    const { el, events } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'ready');
    const good = headlines(el);
    await serverSet(key, { body: '{"hello":"world"}' });
    await waitFor(async () => (await serverCount(key)).count >= 5, 'four refreshes', 8000);
    expect(headlines(el), 'the last good list stays').to.deep.equal(good);
    expect(ofType(events, 'news-error').length, 'the junk is reported').to.be.at.least(1);
    // Like any other failure: 0.2 s, 0.4 s, 0.8 s … — not back to every 0.1 s. (Measured at the
    // server, so each gap also holds one request's latency: the same window as the 5xx test.)
    const failing = (await gaps(key)).slice(1, 4);
    const expected = [200, 400, 800];
    failing.forEach((gap, i) => expect(gap, `gap after junk ${i + 1} (${failing.join(', ')} ms)`).to.be.within(expected[i]! * 0.9, expected[i]! * 1.4 + 300));
    expect(failing[2]!, `the gaps grow (${failing.join(', ')} ms)`).to.be.above(failing[0]! * 2);
    el.remove();
    await expectNothingEscaped();
  });

  it('recovers from a failed first load when the server heals, with backoff in between', async () => {
    const key = uniqueKey('refresh-recover');
    await serverSet(key, { status: 503 });
    const { el, events } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'error');
    await waitFor(() => ofType(events, 'news-error').length === 3, 'two failed retries', 4000);
    expect(el.state).to.equal('error');
    await serverSet(key, {});
    await waitForState(el, 'ready', 4000);
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    const g = await gaps(key);
    expect(g[0]).to.be.within(180, 700);
    expect(g[1]).to.be.within(360, 1100);
    expect(ofType(events, 'news-load')).to.have.length(1);
    el.remove();
    await expectNothingEscaped();
  });

  it('a refresh in flight when the list leaves the page is aborted and keeps the list', async () => {
    const key = uniqueKey('refresh-removed');
    const { el, events, box } = await mount('news-trending-list', apiUrl({ body: FEED, key }), (el) => el.setAttribute('refresh', '0.1'));
    await waitForState(el, 'ready');
    await serverSet(key, { delay: 800 });
    await waitFor(async () => (await serverCount(key)).count === 2, 'the slow refresh to start');
    el.remove();
    await sleep(1200);
    const seen = await serverCount(key);
    expect(seen.count, 'no refresh while off the page').to.equal(2);
    expect(seen.aborted, 'the refresh in flight was abandoned').to.equal(1);
    expect(headlines(el)).to.deep.equal(['Story number 1', 'Story number 2', 'Story number 3']);
    expect(ofType(events, 'news-error'), 'leaving is not an error').to.have.length(0);
    await serverSet(key, {});
    box.append(el);
    await waitFor(async () => (await serverCount(key)).count >= 3, 'refreshes to resume on return', 3000);
    el.remove();
    await expectNothingEscaped();
  });
});
