// Probe (not part of the suite): when does a fetch reach the server, and does an abort reach it?
//   npx wtr --config web-test-runner.firefox.config.mjs --files scripts/engines/probes/abort.test.ts
import { expect } from '@open-wc/testing';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const count = async (key: string) =>
  (await (await fetch(`/api/count?key=${key}`, { cache: 'no-store' })).json()) as { count: number; aborted: number };

describe('probe: fetch abort as the server sees it', () => {
  it('reports arrival and abort for 10 requests', async function () {
    this.timeout(30000);
    const rows: string[] = [];
    for (let i = 0; i < 10; i++) {
      const key = `probe-${Date.now()}-${i}`;
      const controller = new AbortController();
      const t0 = performance.now();
      fetch(`/api/feed?body=%7B%7D&delay=400&key=${key}`, { signal: controller.signal }).catch(() => {});
      let arrived = -1;
      while (performance.now() - t0 < 1000) {
        if ((await count(key)).count > 0) {
          arrived = Math.round(performance.now() - t0);
          break;
        }
        await sleep(5);
      }
      controller.abort();
      const t1 = performance.now();
      let abortSeen = -1;
      while (performance.now() - t1 < 1000) {
        if ((await count(key)).aborted > 0) {
          abortSeen = Math.round(performance.now() - t1);
          break;
        }
        await sleep(5);
      }
      rows.push(`arrived after ${arrived} ms, abort seen after ${abortSeen} ms`);
    }
    console.log(`${navigator.userAgent}\n${rows.join('\n')}`);
    expect(rows).to.have.length(10);
  });
});
