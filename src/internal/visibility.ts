/**
 * One IntersectionObserver and one visibilitychange listener shared by every element, telling
 * each whether it is on screen in a visible tab. Relative-time ticks, refreshes and impressions
 * all pause on it.
 */
type Listener = (visible: boolean) => void;

const listeners = new Map<Element, Listener>();
const onScreen = new WeakMap<Element, boolean>();
let observer: IntersectionObserver | undefined;

function pageVisible(): boolean {
  return typeof document === 'undefined' || document.visibilityState !== 'hidden';
}

function onVisibilityChange(): void {
  for (const [el, listener] of listeners) listener(pageVisible() && (onScreen.get(el) ?? false));
}

/** Starts watching `el`; `listener` hears each change. Returns the function that stops it. */
export function watchVisibility(el: Element, listener: Listener): () => void {
  if (typeof IntersectionObserver === 'undefined') {
    listener(true);
    return () => {};
  }
  if (!observer) {
    observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        onScreen.set(entry.target, entry.isIntersecting);
        listeners.get(entry.target)?.(entry.isIntersecting && pageVisible());
      }
    });
    document.addEventListener('visibilitychange', onVisibilityChange);
  }
  listeners.set(el, listener);
  observer.observe(el);
  return () => {
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

/** True while `el` was last seen on screen in a visible tab. */
export function isVisible(el: Element): boolean {
  return pageVisible() && (onScreen.get(el) ?? false);
}

/** How many elements are being watched (for leak tests). */
export function watchedCount(): number {
  return listeners.size;
}
