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

/** Resolves once `el.state` is `state` and the element has rendered it (fails after `timeout`). */
export async function waitForState(el: HTMLElement, state: 'ready' | 'error' | 'loading', timeout = 5000): Promise<void> {
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
