// Helpers for the hardening tests: catching what escapes into the host page, walking everything an
// element rendered (through nested shadow roots), and checking it for anything that could execute.
import { fixtureSync, html } from '@open-wc/testing';

export const TAGS = ['news-article-card', 'news-byline', 'news-trending-list', 'news-photo-credit'] as const;
export type Tag = (typeof TAGS)[number];

export type NewsEl = HTMLElement & {
  state: 'loading' | 'ready' | 'error';
  errors: readonly { path: string; message: string }[];
  updateComplete: Promise<boolean>;
  src?: string;
};

/**
 * What escaped into the host page since `watchPage()`: uncaught errors (window `error`), unhandled
 * rejections, and `console.error` calls (a component logs one when its render crashed and it fell
 * back to the error line, which would otherwise hide a bug). `stop()` restores everything.
 */
export interface PageWatch {
  errors: string[];
  rejections: string[];
  consoleErrors: string[];
  stop(): void;
}

export function watchPage(): PageWatch {
  const watch: PageWatch = {
    errors: [],
    rejections: [],
    consoleErrors: [],
    stop: () => {},
  };
  const onError = (e: ErrorEvent) => watch.errors.push(`${e.message} (${e.filename}:${e.lineno})`);
  const onRejection = (e: PromiseRejectionEvent) => watch.rejections.push(String(e.reason?.stack ?? e.reason));
  const originalConsoleError = console.error;
  console.error = (...args: unknown[]) => {
    watch.consoleErrors.push(args.map((a) => (a instanceof Error ? a.stack ?? a.message : String(a))).join(' '));
    originalConsoleError.apply(console, args);
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  watch.stop = () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    console.error = originalConsoleError;
  };
  return watch;
}

/** Everything that escaped, as one list (empty when the page was not harmed). */
export function escaped(watch: PageWatch): string[] {
  return [
    ...watch.errors.map((e) => `uncaught error: ${e}`),
    ...watch.rejections.map((e) => `unhandled rejection: ${e}`),
    ...watch.consoleErrors.map((e) => `console.error: ${e}`),
  ];
}

/** `el` and every element in its shadow tree, nested shadow roots and slotted light DOM included. */
export function allRendered(el: Element): Element[] {
  const found: Element[] = [el];
  const visit = (root: ParentNode) => {
    for (const child of Array.from(root.querySelectorAll('*'))) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
    }
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  visit(el);
  return found;
}

/** Elements that must never come out of data. */
export const FORBIDDEN_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'base',
  'meta',
  'link',
  'form',
  'input',
  'button',
  'style',
  'template',
  'portal',
  'foreignobject',
];

/** Attributes whose value is fetched or navigated to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping', 'cite', 'longdesc'];

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value, document.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * The photo credit's own box for an image that failed to load: an empty `<svg viewBox>` (sized by
 * the image's numeric width and height) in its `.broken` frame. Nothing of the data's is in it;
 * whether it is there when a check runs depends on how fast the image failed, so it is recognised
 * exactly rather than counted as markup from the data.
 */
function isBrokenImageBox(node: Element): boolean {
  return (
    node.localName === 'svg' &&
    node.parentElement?.classList.contains('broken') === true &&
    node.childNodes.length === 0 &&
    [...node.attributes].every((a) => (a.name === 'viewBox' && /^0 0 \d+ \d+$/.test(a.value)) || (a.name === 'aria-hidden' && a.value === 'true'))
  );
}

/**
 * Problems in what `el` rendered that a host page must never get from data: an element that runs
 * code or loads a document, an `on*` attribute, a URL attribute (or `srcset` candidate) that is not
 * http(s), a `style` attribute that loads something. Empty when the render is safe. `light` lists
 * light-DOM elements the test itself put there (fallback content), which are skipped.
 */
export function unsafeRendering(el: Element, light: Element[] = []): string[] {
  const problems: string[] = [];
  for (const node of allRendered(el)) {
    if (light.includes(node)) continue;
    const name = node.localName;
    if (FORBIDDEN_ELEMENTS.includes(name) && !isBrokenImageBox(node)) problems.push(`<${name}> rendered`);
    // Custom elements other than ours would be a way to smuggle behaviour in.
    if (name.includes('-') && !name.startsWith('news-')) problems.push(`<${name}> rendered`);
    for (const attr of Array.from(node.attributes)) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) problems.push(`<${name} ${attr.name}="${attr.value.slice(0, 60)}">`);
      if (URL_ATTRIBUTES.includes(attrName) && !isHttpUrl(attr.value)) problems.push(`<${name} ${attr.name}="${attr.value.slice(0, 80)}"> is not http(s)`);
      if (attrName === 'srcset' || attrName === 'imagesrcset') {
        for (const candidate of attr.value.split(/,\s+/)) {
          const url = candidate.trim().split(/\s+/)[0] ?? '';
          if (!isHttpUrl(url)) problems.push(`<${name} srcset> candidate "${url.slice(0, 80)}" is not http(s)`);
        }
      }
      if (attrName === 'style' && /url\s*\(|expression\s*\(|@import|javascript:|behavior\s*:/i.test(attr.value)) {
        problems.push(`<${name} style="${attr.value.slice(0, 80)}"> loads or runs something`);
      }
    }
    // The DOM properties are what the browser actually uses: check them too, resolved.
    if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && !/^https?:$/.test(node.protocol)) {
      problems.push(`<a> navigates to ${node.protocol}`);
    }
    if (node instanceof HTMLImageElement) {
      if (node.hasAttribute('src') && !isHttpUrl(node.src)) problems.push(`<img> loads ${node.src.slice(0, 80)}`);
      if (node.currentSrc && !isHttpUrl(node.currentSrc)) problems.push(`<img> chose ${node.currentSrc.slice(0, 80)}`);
    }
  }
  return problems;
}

/** The first `part=error` line anywhere in `el`'s own shadow root. */
export function errorLine(el: Element): Element | null {
  return el.shadowRoot?.querySelector('[part="error"]') ?? null;
}

/** A fixture container that stays for the whole test (fixtureSync needs no animation frame). */
export function container(style = ''): HTMLDivElement {
  const div = fixtureSync<HTMLDivElement>(html`<div></div>`);
  if (style) div.setAttribute('style', style);
  return div;
}

/** Waits for `el` and every element rendered inside it to finish updating. */
export async function settleDeep(el: Element): Promise<void> {
  for (let round = 0; round < 4; round++) {
    const pending = allRendered(el)
      .map((node) => (node as Partial<NewsEl>).updateComplete)
      .filter((p): p is Promise<boolean> => !!p);
    if (!pending.length) return;
    const results = await Promise.all(pending);
    if (results.every(Boolean)) return;
  }
}

/** A macrotask: lets unhandled rejections and error events be reported. */
export const macrotask = (): Promise<void> => new Promise((r) => setTimeout(r, 0));
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Polls `condition` until it holds; fails with `what` after `timeout` ms (a ceiling, generous for a busy machine). */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeout = 15000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(10);
  }
}

/** A key no other test (or earlier run against the same server) has used. */
export const uniqueKey = (name: string): string => `hardening-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Absolute URL of the test middleware's `/api/feed` with `params`. */
export function apiUrl(params: Record<string, string | number>, origin = location.origin): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${origin}/api/feed?${query}`;
}

/** Absolute URL of an endpoint of test/server/faults.mjs. */
export function faultUrl(path: string, params: Record<string, string | number> = {}, origin = location.origin): string {
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]));
  return `${origin}/faults/${path}${Object.keys(params).length ? `?${query}` : ''}`;
}

export interface ServerCount {
  count: number;
  conditional: number;
  aborted: number;
  times: number[];
}

export async function serverCount(key: string): Promise<ServerCount> {
  const response = await fetch(`${location.origin}/api/count?key=${encodeURIComponent(key)}`, { cache: 'no-store' });
  return (await response.json()) as ServerCount;
}

/** Makes later `/api/feed?key=…` requests answer as if `params` were in their query (none: back to normal). */
export async function serverSet(key: string, params: Record<string, string | number> = {}): Promise<void> {
  const query = new URLSearchParams([['key', key], ...Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])]);
  await fetch(`${location.origin}/api/set?${query}`, { cache: 'no-store' });
}

/** The same server under its other loopback name (127.0.0.1 ↔ localhost): another origin, no CORS headers. */
export function otherOrigin(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

/** A valid canonical article. */
export function validArticle(n = 1, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: `https://news.example/story-${n}`,
    headline: `Story number ${n}`,
    datePublished: `2024-07-${String(1 + (n % 28)).padStart(2, '0')}T10:15:00+02:00`,
    ...extra,
  };
}

export { fakeVisibility, recheckIntersections } from '../visibility.js';
export { fakeClock, watchFetches, type FakeClock, type FakeTimer } from '../helpers.js';

/** Replaces Math.random (refresh jitter) until the returned function restores it. */
export function stubRandom(value: number): () => void {
  const original = Math.random;
  Math.random = () => value;
  return () => {
    Math.random = original;
  };
}

/** Records events of `types` dispatched on `target`. */
export function recordEvents(target: EventTarget, ...types: string[]): CustomEvent[] {
  const seen: CustomEvent[] = [];
  for (const type of types) target.addEventListener(type, (e) => seen.push(e as CustomEvent));
  return seen;
}

export const ofType = (events: CustomEvent[], type: string): CustomEvent[] => events.filter((e) => e.type === type);
