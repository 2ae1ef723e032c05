// Probe (not part of the suite): does fetch(…, { cache: 'no-cache' }) revalidate with the stored
// ETag / Last-Modified (a conditional request), as the refresh tests expect?
//   npx wtr --config web-test-runner.webkit.config.mjs --files scripts/engines/probes/revalidate.test.ts
import { expect } from '@open-wc/testing';

const count = async (key: string) =>
  (await (await fetch(`/api/count?key=${key}`, { cache: 'no-store' })).json()) as { count: number; conditional: number };

describe('probe: HTTP cache revalidation', () => {
  it('a fresh response (max-age=60) is served from the HTTP cache', async () => {
    const key = `probe-fresh-${Date.now()}`;
    const url = `/api/feed?file=trending-feed.json&maxage=60&key=${key}`;
    for (let i = 0; i < 3; i++) await (await fetch(url)).text();
    const seen = await count(key);
    console.log(`fresh: ${navigator.userAgent} requests=${seen.count} (1 = cached)`);
  });

  for (const [name, query] of [
    ['etag', 'etag=v1'],
    ['etag + max-age=0', 'etag=v1&maxage=0'],
    ['last-modified', 'lastmod=1'],
  ]) {
    it(name, async () => {
      const key = `probe-${name.replace(/\W/g, '')}-${Date.now()}`;
      const url = `/api/feed?file=trending-feed.json&${query}&key=${key}`;
      const first = await fetch(url);
      await first.text();
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await fetch(url, { cache: 'no-cache' });
        statuses.push(r.status);
        await r.text();
      }
      const seen = await count(key);
      console.log(`${name}: ${navigator.userAgent} requests=${seen.count} conditional=${seen.conditional} statuses=${statuses}`);
      expect(seen.count).to.equal(4);
    });
  }
});
