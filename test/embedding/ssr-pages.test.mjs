// The server-rendered example page (docs/examples/server-rendered.mjs: fragments from
// `news-widgets render` for the seed article and the trending feed) in each engine: what it
// paints with no script at all — before the bundle arrives, or with JavaScript off — is, to the
// pixel, what it shows once the bundle has taken every widget over; and a headline click is
// reported. Each engine is compared with itself only.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { ENGINES, launchBrowser } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { EXAMPLE_DATA } from '../../docs/examples/data-routes.mjs';
import { diffPixels, keep, shoot, size } from './screenshots.mjs';

const TAGS = ['news-byline', 'news-photo-credit', 'news-article-card', 'news-trending-list'];
const built = readFileSync('build/examples/server-rendered.html', 'utf8');
// The same page with its one script left out: the server's HTML alone.
const withoutScript = readFileSync('build/examples/server-rendered-no-script.html', 'utf8');
const VIEWPORT = { width: 1100, height: 1600 };

/** Every image of the page (shadow roots included) decoded, fonts loaded, two frames drawn. */
async function settled(page) {
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    await Promise.all(all(document).filter((el) => el.localName === 'img').map((img) => img.decode().catch(() => {})));
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

for (const engine of ENGINES) {
  describe(`the server-rendered page in ${engine}`, () => {
    let server;
    let browser;
    const shots = { before: {}, after: {} };
    let facts;

    before(async () => {
      assert.ok(built.includes('<script type="module" src="/dist/cdn/news-widgets.js">'), 'the page carries the bundle');
      assert.ok(!withoutScript.includes('<script type="module"'), 'the page without script has none (data scripts aside)');
      server = await serveStatic('.', { aliases: EXAMPLE_DATA });
      browser = await launchBrowser(engine, { webkit: { screen: '1400x1800x24' } });

      const plain = await browser.newPage({ type: 'window' });
      await plain.setViewport(VIEWPORT);
      await plain.goto(`${server.url}/docs/examples/server-rendered-no-script.html`, { waitUntil: 'load' });
      await settled(plain);
      facts = await plain.evaluate((tags) => {
        const text = (n) => (n.nodeType === 3 ? n.data : n.localName === 'style' || n.localName === 'script' ? '' : [...(n.shadowRoot ?? n).childNodes].map(text).join(''));
        return {
          defined: tags.filter((t) => customElements.get(t)),
          roots: tags.map((t) => Boolean(document.querySelector(t)?.shadowRoot)),
          byline: text(document.querySelector('news-byline')).replace(/\s+/g, ' ').trim(),
          headline: document.querySelector('news-article-card').shadowRoot.querySelector('a[part=link]').href,
        };
      }, TAGS);
      for (const tag of TAGS) shots.before[tag] = await shoot(plain, tag);
      await plain.close();

      const scripted = await browser.newPage({ type: 'window' });
      await scripted.setViewport(VIEWPORT);
      await scripted.goto(`${server.url}/docs/examples/server-rendered.html`, { waitUntil: 'load' });
      await scripted.waitForFunction(
        () => {
          const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
          return all(document)
            .filter((el) => el.localName.startsWith('news-'))
            .every((el) => el.state === 'ready' && el.shadowRoot?._$litPart$);
        },
        { timeout: 15000, polling: 50 },
      );
      await settled(scripted);
      for (const tag of TAGS) shots.after[tag] = await shoot(scripted, tag);
      facts.click = await scripted.evaluate(() => {
        let seen;
        document.addEventListener('news-click', (e) => (seen = `${e.detail.position} ${e.detail.article.headline}`));
        const link = document.querySelector('news-article-card').shadowRoot.querySelector('a[part=link]');
        link.addEventListener('click', (e) => e.preventDefault());
        link.click();
        return seen;
      });
      await scripted.close();
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it(`paints every widget from the HTML alone, the seed byline in its own style (${engine})`, () => {
      assert.deepEqual(facts.defined, []);
      assert.deepEqual(facts.roots, [true, true, true, true]);
      assert.equal(facts.byline, 'Written by Kathrine Frich · Jul.11 - 2024 10:15 AM CET');
      assert.equal(facts.headline, 'https://news.example/world/nato-accuses-china-of-aiding-russias-war-efforts');
    });

    for (const tag of TAGS) {
      it(`${tag} is pixel-identical before and after the bundle took it over (${engine})`, () => {
        const differing = diffPixels(shots.before[tag], shots.after[tag]);
        if (differing) keep(`ssr-${engine}--${tag}`, shots.before[tag], shots.after[tag]);
        assert.equal(differing, 0, `${differing} pixels differ (${size(shots.before[tag])} before, ${size(shots.after[tag])} after)`);
      });
    }

    it(`reports a headline click once taken over (${engine})`, () => {
      assert.equal(facts.click, "1 NATO Accuses China of Aiding Russia's War Efforts");
    });
  });
}
