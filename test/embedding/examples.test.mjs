// The example publisher pages (docs/examples/, what `npm start` serves) work as published:
// every widget renders, nothing fails, and the analytics page logs impressions and clicks.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { EXAMPLE_DATA } from '../../docs/examples/data-routes.mjs';
import { waitForWidgets } from './screenshots.mjs';

// Plus the server-rendered page, which the build writes from docs/examples/server-rendered.mjs.
const pages = [...readdirSync('docs/examples').filter((f) => f.endsWith('.html')), 'server-rendered.html'];

describe('example publisher pages', () => {
  let server;
  let browser;

  before(async () => {
    server = await serveStatic('.', { aliases: EXAMPLE_DATA });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const name of pages) {
    it(`${name} renders every widget with no error`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('pageerror', (e) => problems.push(e.message));
      // Failed requests are reported by URL below; the browser's own console line adds nothing.
      page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && problems.push(m.text()));
      page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()} ${r.url()}`));
      await page.goto(`${server.url}/docs/examples/${name}`, { waitUntil: 'load' });
      await waitForWidgets(page);
      const states = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => el.localName.startsWith('news-')).map((el) => `${el.localName}:${el.state}`));
      assert.ok(states.length > 0);
      assert.deepEqual(states.filter((s) => !s.endsWith(':ready')), []);
      assert.deepEqual(problems, []);
      if (name === 'analytics.html') {
        await page.waitForFunction(() => document.querySelectorAll('#log li').length >= 1, { timeout: 5000 });
        await page.evaluate(() => {
          const list = document.querySelector('news-trending-list');
          const link = list.shadowRoot.querySelector('a');
          link.addEventListener('click', (e) => e.preventDefault());
          link.click();
        });
        const log = await page.$$eval('#log li', (items) => items.map((li) => li.textContent));
        assert.ok(log.some((l) => l.startsWith('news-impression: #1 ')), log.join('\n'));
        assert.ok(log.some((l) => l === "news-click: #1 NATO Accuses China of Aiding Russia's War Efforts"), log.join('\n'));
      }
      await page.close();
    });
  }
});
