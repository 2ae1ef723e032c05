// A stand-in IntersectionObserver and a controllable page visibility, shared by the test suites
// that check what happens on and off screen without depending on animation frames.

/**
 * A stand-in for IntersectionObserver that reports what the real one would from the layout
 * (on screen = a box that overlaps the viewport), but on demand (`recheckIntersections()`) rather
 * than on animation frames. Test files run in parallel browser tabs, and a background tab
 * renders no frames, so the real observer would never report there; layout still works.
 */
class GeometricIntersectionObserver {
  static live = new Set<GeometricIntersectionObserver>();
  readonly root = null;
  readonly rootMargin = '0px';
  readonly scrollMargin = '0px';
  readonly thresholds: readonly number[] = [0];
  private readonly seen = new Map<Element, boolean>();

  constructor(private readonly callback: IntersectionObserverCallback) {
    GeometricIntersectionObserver.live.add(this);
  }

  observe(target: Element): void {
    if (this.seen.has(target)) return;
    this.seen.set(target, false);
    // Like the real one: an initial report for every new target, asynchronously.
    setTimeout(() => this.check(target), 0);
  }

  unobserve(target: Element): void {
    this.seen.delete(target);
  }

  disconnect(): void {
    this.seen.clear();
    GeometricIntersectionObserver.live.delete(this);
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }

  recheck(): void {
    const changed = [...this.seen.keys()].map((target) => this.entry(target)).filter((e) => e.isIntersecting !== this.seen.get(e.target));
    for (const e of changed) this.seen.set(e.target, e.isIntersecting);
    if (changed.length) this.callback(changed, this as unknown as IntersectionObserver);
  }

  private check(target: Element): void {
    if (!this.seen.has(target)) return;
    const e = this.entry(target);
    this.seen.set(target, e.isIntersecting);
    this.callback([e], this as unknown as IntersectionObserver);
  }

  private entry(target: Element): IntersectionObserverEntry {
    const box = target.getBoundingClientRect();
    const view = new DOMRect(0, 0, innerWidth, innerHeight);
    const width = Math.max(0, Math.min(box.right, view.right) - Math.max(box.left, view.left));
    const height = Math.max(0, Math.min(box.bottom, view.bottom) - Math.max(box.top, view.top));
    const rendered = target.isConnected && box.width * box.height > 0;
    const isIntersecting = rendered && width > 0 && height > 0;
    return {
      target,
      isIntersecting,
      intersectionRatio: isIntersecting ? (width * height) / (box.width * box.height) : 0,
      boundingClientRect: box,
      intersectionRect: new DOMRect(Math.max(box.left, 0), Math.max(box.top, 0), width, height),
      rootBounds: view,
      time: performance.now(),
    };
  }
}

/** Reports current intersections to every stand-in observer (what the next frame would do). */
export function recheckIntersections(): void {
  for (const observer of GeometricIntersectionObserver.live) observer.recheck();
}

/**
 * Installs the stand-in IntersectionObserver and a controllable page visibility (visible at
 * first) until the returned function restores both. Install it before any element is watched.
 */
export function fakeVisibility(): { setPageVisible: (visible: boolean) => void; restore: () => void } {
  const original = window.IntersectionObserver;
  let visible = true;
  window.IntersectionObserver = GeometricIntersectionObserver as unknown as typeof IntersectionObserver;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (visible ? 'visible' : 'hidden') });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => !visible });
  return {
    setPageVisible(value: boolean) {
      visible = value;
      document.dispatchEvent(new Event('visibilitychange'));
    },
    restore() {
      window.IntersectionObserver = original;
      Reflect.deleteProperty(document, 'visibilityState');
      Reflect.deleteProperty(document, 'hidden');
    },
  };
}
