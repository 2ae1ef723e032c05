// Isolation suite: each widget renders pixel-identically on a clean page and on host pages
// styled by real CSS frameworks and by a hostile stylesheet; tokens and ::part rules, the
// publisher's sanctioned surface, do change it. Runs the built CDN module (dist/cdn), in each
// engine (Chromium, Firefox ESR, WebKitGTK); every engine is compared with its own clean page,
// never with another engine's pixels.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES, launchBrowser } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { HOST_PAGES, THEMED_PAGES, WIDGETS, hostPage } from './host-pages.mjs';
import { diffPixels, keep, shoot, size, waitForWidgets } from './screenshots.mjs';

const pages = Object.fromEntries(
  [...Object.entries(HOST_PAGES), ...Object.entries(THEMED_PAGES)].map(([name, styles]) => [`/host/${name}.html`, hostPage(styles)]),
);
const VIEWPORT = { width: 1100, height: 1600 };

for (const engine of ENGINES) {
  describe(`isolation in ${engine}: widgets look the same on any host page`, () => {
    let server;
    let browser;
    const shots = {};

    before(async () => {
      server = await serveStatic('.', { pages });
      // WebKitGTK draws into Xvfb: the screen must hold the whole window.
      browser = await launchBrowser(engine, { webkit: { screen: '1400x1800x24' } });
      for (const name of [...Object.keys(HOST_PAGES), ...Object.keys(THEMED_PAGES)]) {
        // A window of its own, not a tab: Firefox's background tabs are hidden (no animation frames).
        const page = await browser.newPage({ type: 'window' });
        await page.setViewport(VIEWPORT);
        await page.goto(`${server.url}/host/${name}.html`, { waitUntil: 'load' });
        await waitForWidgets(page);
        shots[name] = {};
        for (const widget of WIDGETS) shots[name][widget.id] = await shoot(page, `#${widget.id} > *`);
        await page.close();
      }
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const host of Object.keys(HOST_PAGES).filter((name) => name !== 'clean')) {
      for (const widget of WIDGETS) {
        it(`${widget.id} on ${host} is pixel-identical to the clean page (${engine})`, () => {
          const expected = shots.clean[widget.id];
          const actual = shots[host][widget.id];
          const differing = diffPixels(expected, actual);
          if (differing) keep(`${engine}--${widget.id}--${host}`, expected, actual);
          assert.equal(differing, 0, `${differing} pixels differ in ${engine} (clean ${size(expected)}, ${host} ${size(actual)})`);
        });
      }
    }

    for (const theme of Object.keys(THEMED_PAGES)) {
      for (const widget of WIDGETS) {
        it(`${widget.id} changes with publisher ${theme} (${engine})`, () => {
          assert.ok(diffPixels(shots.clean[widget.id], shots[theme][widget.id]) > 0, `${theme} had no visible effect in ${engine}`);
        });
      }
    }
  });
}
