// Shared test helpers: fixtures, waiting for states, reading what a reader sees through shadow roots.
import { parseArticle } from '../src/article/parse-article.js';
import type { Article } from '../src/article/types.js';
import { clock } from '../src/time/clock.js';

export const fixtureUrl = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).href;

/** A fixture file's JSON, as published (relative URLs unresolved). */
export async function loadJson<T = unknown>(name: string): Promise<T> {
  const response = await fetch(fixtureUrl(name));
  return (await response.json()) as T;
}

/** The seed article parsed against the fixture's URL (so its image resolves to seed-hero.png). */
export async function seedArticle(): Promise<Article> {
  const result = parseArticle(await loadJson('seed-article.json'), { baseUrl: fixtureUrl('seed-article.json') });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

type Stateful = HTMLElement & { state: string; updateComplete: Promise<boolean> };

/** Resolves once `el.state` is `state` and the element has rendered it (fails after `timeout`, a ceiling for a busy machine). */
export async function waitForState(el: HTMLElement, state: 'ready' | 'error' | 'loading', timeout = 15000): Promise<void> {
  const target = el as Stateful;
  const start = performance.now();
  while (target.state !== state) {
    if (performance.now() - start > timeout) throw new Error(`state stayed ${target.state}, expected ${state}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await target.updateComplete;
  await settle(el);
}

/** Waits for `el` and every custom element inside its shadow tree to finish updating. */
export async function settle(el: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element) => {
      const update = (node as Partial<Stateful>).updateComplete;
      if (update) pending.push(update);
      node.shadowRoot?.querySelectorAll('*').forEach(visit);
    };
    visit(el);
    await Promise.all(pending);
  }
}

/** Text a reader sees: the composed tree's text, nested shadow roots included, whitespace collapsed. */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n instanceof HTMLElement && (n.localName === 'script' || n.localName === 'style')) return;
    if (n instanceof HTMLSlotElement) {
      n.assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    const root = n instanceof Element ? n.shadowRoot : null;
    if (root) root.childNodes.forEach(walk);
    else n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** First element matching `selector` anywhere in `el`'s shadow tree, nested shadow roots included. */
export function deepQuery<T extends Element = Element>(el: Element, selector: string): T | null {
  return deepQueryAll<T>(el, selector)[0] ?? null;
}

export function deepQueryAll<T extends Element = Element>(el: Element, selector: string): T[] {
  const found: T[] = [];
  const visit = (root: ParentNode) => {
    found.push(...Array.from(root.querySelectorAll<T>(selector)));
    root.querySelectorAll('*').forEach((child) => child.shadowRoot && visit(child.shadowRoot));
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return found;
}

/** Records events of `types` dispatched on `target`. */
export function recordEvents(target: EventTarget, ...types: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

/** Freezes `clock.now` at `iso` until the returned function restores it. */
export function freezeClock(iso: string | number): () => void {
  const original = clock.now;
  const at = typeof iso === 'number' ? iso : Date.parse(iso);
  clock.now = () => at;
  return () => {
    clock.now = original;
  };
}

export const nextFrame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One timer the library set through `clock.set` while a fake clock was installed. */
export interface FakeTimer {
  /** The library file that set it, e.g. `internal/data-source` (refresh), `internal/fetch-json` (fetch timeout). */
  from: string;
  /** The delay it asked for, in ms. */
  ms: number;
  /** Fake time at which it is due. */
  due: number;
  fired: boolean;
  cleared: boolean;
}

export interface FakeClock {
  /** Every timer set since install, in order (fired and cleared ones included). */
  readonly timers: FakeTimer[];
  /** Fake ms since install. */
  readonly elapsed: number;
  /** Timers still waiting, soonest first; only those set from a file whose path contains `from`, if given. */
  pending(from?: string): FakeTimer[];
  /** Moves fake time on by `ms`, running every timer that falls due, in order (each at its own due time). */
  advance(ms: number): void;
  /**
   * Waits (for a condition, not a duration) until a timer from `from` is pending, then moves fake
   * time to it, running it and anything due before it. Returns that timer.
   */
  next(from: string, what?: string): Promise<FakeTimer>;
  restore(): void;
}

const callerFile = (): string => /\/src\/([\w/.-]+?)\.[jt]s\b/.exec(new Error().stack ?? '')?.[1] ?? '?';

/**
 * Runs the library's timers (`clock.set`/`clear`: fetch timeouts, refresh backoff, chunk patience,
 * impression dwell) on a fake clock until `restore()`: nothing fires until the test moves time on,
 * so no outcome depends on how fast or busy the machine is. `clock.now` is left alone (see
 * `freezeClock`). Timers the library set before the install stay real.
 */
export function fakeClock(): FakeClock {
  const original = { set: clock.set, clear: clock.clear };
  const timers: FakeTimer[] = [];
  let now = 0;
  let restored = false;
  clock.set = (run, ms) => {
    const timer: FakeTimer & { run: () => void } = { from: callerFile(), ms, due: now + Math.max(0, ms || 0), fired: false, cleared: false, run };
    timers.push(timer);
    return (timers.length - 1) as unknown as ReturnType<typeof setTimeout>;
  };
  clock.clear = (id) => {
    const timer = timers[id as unknown as number];
    if (timer) timer.cleared = true;
  };
  const pending = (from?: string) =>
    timers.filter((t) => !t.fired && !t.cleared && (from === undefined || t.from.includes(from))).sort((a, b) => a.due - b.due);
  const fake: FakeClock = {
    timers,
    get elapsed() {
      return now;
    },
    pending,
    advance(ms) {
      const until = now + ms;
      for (let timer = pending()[0]; timer && timer.due <= until; timer = pending()[0]) {
        now = timer.due;
        timer.fired = true;
        (timer as FakeTimer & { run: () => void }).run();
      }
      now = until;
    },
    async next(from, what = `a timer from ${from}`) {
      await waitUntil(() => pending(from).length > 0, what);
      const timer = pending(from)[0]!;
      fake.advance(timer.due - now);
      return timer;
    },
    restore() {
      if (restored) return;
      restored = true;
      Object.assign(clock, original);
    },
  };
  return fake;
}

/** Polls `condition` (every 10 ms) until it holds; fails naming `what` after `timeout` ms, a ceiling only. */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/**
 * Watches the page's `fetch` calls (the library's included) until `restore()`, so a test can wait
 * for a request's answer to have arrived (headers in) or for it to have settled, instead of sleeping.
 */
export function watchFetches() {
  const original = window.fetch;
  const calls: { url: string; answered: boolean; settled: boolean }[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const call = { url: String(input instanceof Request ? input.url : input), answered: false, settled: false };
    calls.push(call);
    const pending = original.call(window, input, init);
    pending.then(
      () => ((call.answered = true), (call.settled = true)),
      () => (call.settled = true),
    );
    return pending;
  };
  return {
    calls,
    /** Calls whose URL contains `part`. */
    to: (part: string) => calls.filter((c) => c.url.includes(part)),
    restore() {
      window.fetch = original;
    },
  };
}

/**
 * Watches `targets` with an IntersectionObserver of the test's own (at `threshold`), so a test can
 * wait for the browser to have told observers about a scroll or a show/hide (a condition) instead of
 * sleeping. Every observer's entries are computed in the same rendering update and delivered in one
 * task; `until` resolves a macrotask after this observer heard, so every observer on the page
 * (the library's included) has heard by then.
 */
export function watchIntersections(targets: Element | Element[], threshold = 0.5) {
  const list = Array.isArray(targets) ? targets : [targets];
  const shown = new Map<Element, boolean>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) shown.set(e.target, e.isIntersecting && e.intersectionRatio >= threshold);
    },
    { threshold },
  );
  list.forEach((t) => observer.observe(t));
  return {
    /** Whether the last report had `target` at least `threshold` visible (undefined before the first). */
    shown: (target: Element) => shown.get(target),
    /** Waits until the last report on each target says `visible`, then for that report's task to end. */
    async until(visible: boolean, what: string): Promise<void> {
      await waitUntil(() => list.every((t) => shown.get(t) === visible), what);
      await new Promise((r) => setTimeout(r, 0));
    },
    disconnect: () => observer.disconnect(),
  };
}

/**
 * Runs every library timer of each test in the calling file on a fake clock (restored after each
 * test): chunk patience, fetch timeouts and the rest never run out because the machine is busy,
 * and a test advances time when it means to. Returns the current test's clock.
 */
export function fakeClockInEveryTest(): () => FakeClock {
  let current: FakeClock | undefined;
  beforeEach(() => {
    current = fakeClock();
  });
  afterEach(() => {
    current?.restore();
    current = undefined;
  });
  return () => current!;
}
