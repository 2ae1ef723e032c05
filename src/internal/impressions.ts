/**
 * `news-impression`: an item counts as seen once it has been at least half visible for a full
 * second, in a visible tab. Each item is reported once, then no longer observed. One
 * IntersectionObserver serves every tracker on the page (a page of 200 cards has one, not 200).
 */
import { clock } from '../time/clock.js';

export const IMPRESSION_RATIO = 0.5;
export const IMPRESSION_MS = 1000;

const trackers = new Map<Element, ImpressionTracker>();
let observer: IntersectionObserver | undefined;

function observe(el: Element, tracker: ImpressionTracker): void {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) trackers.get(entry.target)?.seen(entry);
    },
    { threshold: IMPRESSION_RATIO },
  );
  trackers.set(el, tracker);
  observer.observe(el);
}

function unobserve(el: Element): void {
  if (!trackers.delete(el)) return;
  observer?.unobserve(el);
  if (!trackers.size && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** How many elements are watched for impressions on the page (for leak tests). */
export function impressionWatchCount(): number {
  return trackers.size;
}

/** @internal Each component's own; publishers hear it as `news-impression` events. */
export class ImpressionTracker {
  #watched = new Set<Element>();
  #timers = new Map<Element, ReturnType<typeof clock.set>>();
  #reported = new WeakSet<Element>();

  readonly #onImpression: (el: Element) => void;

  constructor(onImpression: (el: Element) => void) {
    this.#onImpression = onImpression;
  }

  /** Starts watching `el` unless it was already reported. */
  observe(el: Element): void {
    if (this.#reported.has(el) || this.#watched.has(el) || typeof IntersectionObserver === 'undefined') return;
    this.#watched.add(el);
    observe(el, this);
  }

  /** Forgets every element (on disconnect or a new data set). */
  reset(): void {
    for (const el of this.#watched) unobserve(el);
    this.#watched.clear();
    for (const timer of this.#timers.values()) clock.clear(timer);
    this.#timers.clear();
    this.#reported = new WeakSet();
  }

  /** @internal The shared observer's news about one of this tracker's elements. */
  seen({ target, isIntersecting, intersectionRatio }: IntersectionObserverEntry): void {
    const seen = isIntersecting && intersectionRatio >= IMPRESSION_RATIO;
    const timer = this.#timers.get(target);
    if (seen && timer === undefined) {
      this.#timers.set(
        target,
        clock.set(() => {
          this.#timers.delete(target);
          if (document.visibilityState === 'hidden') return;
          this.#reported.add(target);
          this.#watched.delete(target);
          unobserve(target);
          this.#onImpression(target);
        }, IMPRESSION_MS),
      );
    } else if (!seen && timer !== undefined) {
      clock.clear(timer);
      this.#timers.delete(target);
    }
  }
}
