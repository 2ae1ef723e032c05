/**
 * One IntersectionObserver and one visibilitychange listener shared by every element, telling
 * whoever asks whether an element is on screen in a visible tab. Only what needs it watches:
 * elements showing relative times (ticks) and elements that refresh; a page of static cards
 * puts nothing under observation.
 */
type Listener = (visible: boolean) => void;

const listeners = new Map<Element, Set<Listener>>();
const onScreen = new WeakMap<Element, boolean>();
let observer: IntersectionObserver | undefined;

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

function tell(el: Element, visible: boolean): void {
  for (const listener of listeners.get(el) ?? []) listener(visible);
}

function onVisibilityChange(): void {
  for (const el of listeners.keys()) tell(el, isVisible(el));
}

/** Starts watching `el` for `listener`, which hears each change. Returns the function that stops it. */
export function watchVisibility(el: Element, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    listener(true);
    return () => {};
  }
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        onScreen.set(entry.target, entry.isIntersecting);
        tell(entry.target, entry.isIntersecting && pageVisible());
      }
    });
    document.addEventListener('visibilitychange', onVisibilityChange);
  }
  let own = listeners.get(el);
  if (!own) {
    listeners.set(el, (own = new Set()));
    observer.observe(el);
  } else if (onScreen.has(el)) {
    // Already under observation: no new entry will come until something changes.
    listener(isVisible(el));
  }
  own.add(listener);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    own.delete(listener);
    if (own.size || listeners.get(el) !== own) return;
    observer?.unobserve(el);
    listeners.delete(el);
    onScreen.delete(el);
    if (!listeners.size && observer) {
      observer.disconnect();
      observer = undefined;
      document.removeEventListener('visibilitychange', onVisibilityChange);
    }
  };
}

/**
 * A watch on one element that its owner switches on and off (`set`); on twice is still one watch.
 * @internal
 */
export class VisibilityWatch {
  readonly #el: Element;
  readonly #listener: Listener;
  #stop?: () => void;

  constructor(el: Element, listener: Listener = () => {}) {
    this.#el = el;
    this.#listener = listener;
  }

  set(on: boolean): void {
    if (on) {
      this.#stop ??= watchVisibility(this.#el, this.#listener);
    } else {
      this.#stop?.();
      this.#stop = undefined;
    }
  }
}

/** True while `el` was last seen on screen in a visible tab (false when nobody watches it). */
export function isVisible(el: Element): boolean {
  return pageVisible() && (onScreen.get(el) ?? false);
}

/** How many elements are being watched (for leak tests). */
export function watchedCount(): number {
  return listeners.size;
}
