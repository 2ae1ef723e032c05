import type { ReactiveControllerHost } from 'lit';

/**
 * One interval for every element showing a relative time ("5 minutes ago"), running only while
 * such an element is on the page. `isVisible` lets off-screen elements and hidden tabs skip work.
 */
export const TICK_MS = 30_000;

const hosts = new Map<ReactiveControllerHost, () => boolean>();
let interval: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  for (const [host, isVisible] of hosts) if (isVisible()) host.requestUpdate();
}

export function subscribeTicks(host: ReactiveControllerHost, isVisible: () => boolean): void {
  hosts.set(host, isVisible);
  interval ??= setInterval(tick, TICK_MS);
}

export function unsubscribeTicks(host: ReactiveControllerHost): void {
  hosts.delete(host);
  if (!hosts.size && interval !== undefined) {
    clearInterval(interval);
    interval = undefined;
  }
}

/** Elements currently ticking (for leak tests). */
export function tickingCount(): number {
  return hosts.size;
}
