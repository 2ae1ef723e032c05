import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { subscribeTicks, tickingCount, TICK_MS, unsubscribeTicks } from '../../src/time/ticker.js';

/** A host that counts the updates it is asked for. */
function fakeHost(): ReactiveControllerHost & { updates: number } {
  const host = {
    updates: 0,
    addController() {},
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host;
}

/** Captures the intervals the ticker starts, so a test can fire a tick without waiting 30 s. */
function captureIntervals() {
  const started: { fn: () => void; ms: number; id: number }[] = [];
  const cleared: number[] = [];
  const originalSet = window.setInterval;
  const originalClear = window.clearInterval;
  let next = 1_000_000;
  window.setInterval = ((fn: () => void, ms: number) => {
    const id = next++;
    started.push({ fn, ms, id });
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id: number) => {
    cleared.push(id);
  }) as typeof window.clearInterval;
  return {
    started,
    cleared,
    restore() {
      window.setInterval = originalSet;
      window.clearInterval = originalClear;
    },
  };
}

describe('ticker (refreshing relative times)', () => {
  it('ticks every 30 seconds', () => {
    expect(TICK_MS).to.equal(30_000);
  });

  it('runs one interval for all subscribers, updating only the visible ones, and stops with the last', () => {
    const intervals = captureIntervals();
    expect(tickingCount(), 'nothing ticks in this page yet').to.equal(0);
    const shown = fakeHost();
    const hidden = fakeHost();
    try {
      subscribeTicks(shown, () => true);
      subscribeTicks(hidden, () => false);
      subscribeTicks(shown, () => true); // subscribing twice counts once
      expect(tickingCount()).to.equal(2);
      expect(intervals.started).to.have.length(1);
      expect(intervals.started[0]!.ms).to.equal(TICK_MS);
      intervals.started[0]!.fn();
      intervals.started[0]!.fn();
      expect(shown.updates).to.equal(2);
      expect(hidden.updates).to.equal(0);

      unsubscribeTicks(shown);
      expect(tickingCount()).to.equal(1);
      unsubscribeTicks(hidden);
      unsubscribeTicks(hidden); // harmless twice
      expect(tickingCount()).to.equal(0);
      expect(intervals.cleared).to.deep.equal([intervals.started[0]!.id]);
    } finally {
      unsubscribeTicks(shown);
      unsubscribeTicks(hidden);
      intervals.restore();
    }
  });
});
