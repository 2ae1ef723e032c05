// Helpers shared by the trending-list and data-source tests (test/helpers.ts holds the general ones).
import { fixtureSync, html } from '@open-wc/testing';
import { clock } from '../../src/time/clock.js';
import { recordEvents } from '../helpers.js';

export interface ServerCount {
  count: number;
  /** Requests that carried If-None-Match or If-Modified-Since. */
  conditional: number;
  /** Requests the client abandoned before the answer was complete. */
  aborted: number;
  /** Arrival times in ms since the key's first request. */
  times: number[];
}

/** A key no other test (or earlier run against the same server) has used. */
export const uniqueKey = (name: string): string => `${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Absolute URL of the test middleware's `/api/feed` with `params`. */
export function apiUrl(params: Record<string, string | number>): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return new URL(`/api/feed?${query}`, location.href).href;
}

/** How often `/api/feed` was asked for with `key`. */
export async function serverCount(key: string): Promise<ServerCount> {
  const response = await fetch(new URL(`/api/count?key=${encodeURIComponent(key)}`, location.href), { cache: 'no-store' });
  return (await response.json()) as ServerCount;
}

/** Makes later `/api/feed?key=…` requests answer as if `params` were in their query (none: back to normal). */
export async function serverSet(key: string, params: Record<string, string | number> = {}): Promise<void> {
  const query = new URLSearchParams([['key', key], ...Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])]);
  await fetch(new URL(`/api/set?${query}`, location.href), { cache: 'no-store' });
}

/** Polls `condition` until it holds; fails with `what` after `timeout` ms. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeout = 15000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 15));
  }
}

/**
 * Records the delay of every refresh the library plans (its timers go through `clock.set`; only
 * those set by the data source are refreshes), so intervals are checked exactly, not by the wall
 * clock of a busy machine. The timers stay real.
 */
export function recordRefreshDelays(): { delays: number[]; restore: () => void } {
  const original = clock.set;
  const delays: number[] = [];
  clock.set = (run, ms) => {
    // The nearest library frame: a fetch timeout set on the data source's behalf is not a refresh.
    if (/\/src\/([\w/.-]+?)\.[jt]s\b/.exec(new Error().stack ?? '')?.[1] === 'internal/data-source') delays.push(ms);
    return original(run, ms);
  };
  return {
    delays,
    restore: () => {
      clock.set = original;
    },
  };
}

/** Replaces Math.random (refresh jitter) until the returned function restores it. */
export function stubRandom(value: number): () => void {
  const original = Math.random;
  Math.random = () => value;
  return () => {
    Math.random = original;
  };
}

export const EVENT_TYPES = ['news-load', 'news-error', 'news-click', 'news-impression'] as const;

/**
 * Creates `tag`, starts recording its events, lets `setup` give it data (before it is connected,
 * so no event can be missed), then connects it inside a fixture container.
 */
export async function mount<K extends 'news-trending-list' | 'news-byline'>(
  tag: K,
  setup: (el: HTMLElementTagNameMap[K]) => void = () => {},
): Promise<{ el: HTMLElementTagNameMap[K]; events: CustomEvent[]; container: HTMLElement }> {
  // fixtureSync: `fixture` waits an animation frame for plain elements, and background tabs have none.
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  const events = recordEvents(el, ...EVENT_TYPES);
  setup(el);
  container.append(el);
  await el.updateComplete;
  return { el, events, container };
}

export const ofType = (events: CustomEvent[], type: string): CustomEvent[] => events.filter((e) => e.type === type);

/** A child `<script>` holding `json` as text. */
export function jsonScript(json: unknown, type = 'application/json'): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = type;
  script.textContent = typeof json === 'string' ? json : JSON.stringify(json);
  return script;
}

/** The part="base" root of a component. */
export function baseOf(el: HTMLElement): HTMLElement {
  const base = el.shadowRoot?.querySelector<HTMLElement>('[part="base"]');
  if (!base) throw new Error(`<${el.localName}> has no part="base"`);
  return base;
}

/** The list items a reader sees, in order. */
export function itemsOf(el: HTMLElement): HTMLLIElement[] {
  return Array.from(el.shadowRoot?.querySelectorAll<HTMLLIElement>('ol > li') ?? []);
}

export function headlinesOf(el: HTMLElement): string[] {
  return itemsOf(el).map((li) => li.querySelector('a')?.textContent?.trim() ?? '');
}

/** A valid canonical feed item. */
export function item(n: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: `https://news.example/story-${n}`,
    headline: `Story number ${n}`,
    datePublished: `2024-07-${String(1 + (n % 28)).padStart(2, '0')}T10:15:00+02:00`,
    ...extra,
  };
}

export { fakeVisibility, recheckIntersections } from '../visibility.js';

let httpCache: Promise<boolean> | undefined;

/**
 * Whether this browser keeps an HTTP cache at all. WebKitGTK's WebDriver sessions run without
 * one (docs/engines.md), so there is nothing to revalidate and no conditional request is sent;
 * the refresh logic itself is the same.
 */
export function browserHasHttpCache(): Promise<boolean> {
  httpCache ??= (async () => {
    const key = uniqueKey('cache-probe');
    for (let i = 0; i < 2; i++) await fetch(apiUrl({ file: 'trending-feed.json', maxage: 60, key }));
    return (await serverCount(key)).count === 1;
  })();
  return httpCache;
}
