/**
 * `news-impression`: an item counts as seen once it has been at least half visible for a full
 * second, in a visible tab. Each item is reported once, then no longer observed.
 */
export const IMPRESSION_RATIO = 0.5;
export const IMPRESSION_MS = 1000;

export class ImpressionTracker {
  #observer?: IntersectionObserver;
  #timers = new Map<Element, ReturnType<typeof setTimeout>>();
  #reported = new WeakSet<Element>();

  readonly #onImpression: (el: Element) => void;

  constructor(onImpression: (el: Element) => void) {
    this.#onImpression = onImpression;
  }

  /** Starts watching `el` unless it was already reported. */
  observe(el: Element): void {
    if (this.#reported.has(el) || typeof IntersectionObserver === 'undefined') return;
    this.#observer ??= new IntersectionObserver((entries) => this.#onChange(entries), { threshold: IMPRESSION_RATIO });
    this.#observer.observe(el);
  }

  /** Forgets every element (on disconnect or a new data set). */
  reset(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    for (const timer of this.#timers.values()) clearTimeout(timer);
    this.#timers.clear();
    this.#reported = new WeakSet();
  }

  #onChange(entries: IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting, intersectionRatio } of entries) {
      const seen = isIntersecting && intersectionRatio >= IMPRESSION_RATIO;
      const timer = this.#timers.get(target);
      if (seen && timer === undefined) {
        this.#timers.set(
          target,
          setTimeout(() => {
            this.#timers.delete(target);
            if (document.visibilityState === 'hidden') return;
            this.#reported.add(target);
            this.#observer?.unobserve(target);
            this.#onImpression(target);
          }, IMPRESSION_MS),
        );
      } else if (!seen && timer !== undefined) {
        clearTimeout(timer);
        this.#timers.delete(target);
      }
    }
  }
}
