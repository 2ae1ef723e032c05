// Contrast suite (issue 14): every text run of the widgets meets WCAG AA contrast (4.5:1, large
// text 3:1) against the pixels actually behind it, photos included, which axe cannot judge. Each
// page is shot once as rendered and once with all text made transparent (nothing moves); each
// run's colour is compared with every background pixel under it. Runs the built CDN module
// (dist/cdn) in each engine (Chromium, Firefox ESR, WebKitGTK), one browser per engine.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { ENGINES, launchBrowser } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import {
  HIDE_TEXT_CSS,
  OUT_DIR,
  article,
  collectTextRuns,
  crop,
  feed,
  fmt,
  hideAllText,
  inlineData,
  keepCase,
  makePhoto,
  measureRun,
  pinStage,
} from './contrast.mjs';
import { waitForWidgets } from './screenshots.mjs';

// Wide enough for the six photo widgets in two rows (a portrait photo makes them tall).
const VIEWPORT = { width: 1400, height: 1600 };
const STAGE = '#stage';

/** The photos, generated at test start and served from memory. */
const PHOTOS = {
  'white-landscape': { kind: 'white', width: 960, height: 540 },
  'black-landscape': { kind: 'black', width: 960, height: 540 },
  'grey-landscape': { kind: 'grey', width: 960, height: 540 },
  'busy-landscape': { kind: 'busy', width: 960, height: 540 },
  'white-portrait': { kind: 'white', width: 540, height: 720 },
  'busy-portrait': { kind: 'busy', width: 540, height: 720 },
};
for (const [name, photo] of Object.entries(PHOTOS)) photo.url = `/contrast/photos/${name}.png`;

const THEMES = ['light', 'dark'];
const BACKGROUNDS = { white: '#ffffff', dark: '#121212' };
const TIME = 'relative="never" time-zone="Europe/Copenhagen"';

/** Widgets whose text can sit on a photo: on every page. */
const PHOTO_WIDGETS = [
  { id: 'card-stacked', width: 320, html: (theme, data) => `<news-article-card layout="stacked" theme="${theme}" loading="eager" ${TIME}>${data}</news-article-card>` },
  { id: 'card-overlay', width: 320, html: (theme, data) => `<news-article-card layout="overlay" theme="${theme}" loading="eager" ${TIME}>${data}</news-article-card>` },
  { id: 'card-compact', width: 320, html: (theme, data) => `<news-article-card layout="compact" theme="${theme}" loading="eager" ${TIME}>${data}</news-article-card>` },
  { id: 'credit-overlay', width: 320, html: (theme, data) => `<news-photo-credit variant="overlay" theme="${theme}" loading="eager">${data}</news-photo-credit>` },
  { id: 'card-horizontal', width: 560, html: (theme, data) => `<news-article-card layout="horizontal" theme="${theme}" loading="eager" ${TIME}>${data}</news-article-card>` },
  { id: 'credit-below', width: 320, html: (theme, data) => `<news-photo-credit theme="${theme}" loading="eager">${data}</news-photo-credit>` },
];
/** Widgets whose text sits on their own surface, on a page of their own per theme and page colour. */
const SURFACE_WIDGETS = [
  { id: 'byline', width: 400, html: (theme, data) => `<news-byline theme="${theme}" ${TIME}>${data}</news-byline>` },
  { id: 'trending-list', width: 400, html: (theme, _data, feedData) => `<news-trending-list thumbnails theme="${theme}" ${TIME}>${feedData}</news-trending-list>` },
];
/** The thumbnails' photo on the surface pages. */
const SURFACE_PHOTO = 'busy-landscape';

const PAGES = [];
for (const theme of THEMES) {
  for (const background of Object.keys(BACKGROUNDS)) {
    for (const photo of Object.keys(PHOTOS)) PAGES.push({ name: `${theme}--${background}--${photo}`, theme, background, photo, widgets: PHOTO_WIDGETS });
    PAGES.push({ name: `${theme}--${background}--surface`, theme, background, photo: SURFACE_PHOTO, widgets: SURFACE_WIDGETS });
  }
}

function widgetPage({ theme, background, photo, widgets }) {
  const data = inlineData(article(PHOTOS[photo]));
  const feedData = inlineData(feed(PHOTOS[photo]));
  return page(
    BACKGROUNDS[background],
    widgets.map((w) => `<div class="case" data-case="${w.id}" style="width: ${w.width}px">${w.html(theme, data, feedData)}</div>`).join('\n'),
  );
}

/** The control page: the same method on plain elements whose contrast is known. */
const CONTROLS = {
  'grey-on-grey': { style: 'color: #777777; background: #888888', expect: (r) => r < 4.5 },
  'black-on-white': { style: 'color: #000000; background: #ffffff', expect: (r) => r > 20.9 },
  'translucent-on-white': { style: 'color: rgba(0, 0, 0, 0.3); background: #ffffff', expect: (r) => r > 2 && r < 2.2 }, // #b3b3b3 on white: 2.10:1
};

const controlPage = () =>
  page(
    '#ffffff',
    Object.entries(CONTROLS)
      .map(([id, c]) => `<div class="case" data-case="${id}" style="width: 320px; padding: 12px; font: 16px/1.4 sans-serif; ${c.style}">Some text of a control run</div>`)
      .join('\n') + `<div class="case" data-case="visually-hidden"><span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0)">hidden words</span></div>`,
  );

function page(background, content) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <style>
      html, body { margin: 0; background: ${background}; }
      /* Whole CSS pixels for the stage; not at the viewport's top-left pixel (see host-pages.mjs). */
      #stage { position: absolute; left: 8px; top: 8px; width: 1360px; display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }
      .case { flex: none; }
    </style>
    <script type="module" src="/dist/cdn/news-widgets.js"></script>
  </head>
  <body>
    <div id="stage">
      ${content}
    </div>
  </body>
</html>`;
}

const pages = {
  '/contrast/control.html': controlPage(),
  ...Object.fromEntries(PAGES.map((p) => [`/contrast/${p.name}.html`, widgetPage(p)])),
  ...Object.fromEntries(Object.entries(PHOTOS).map(([, p]) => [p.url, makePhoto(p.kind, p.width, p.height)])),
};
// The server sends every generated page as HTML; the photos get their own type.
const headers = (path) => (path.endsWith('.png') ? { 'Content-Type': 'image/png' } : {});

/** CONTRAST_TIMING=1 logs how long each step of each page takes. */
function timing(path) {
  if (!process.env.CONTRAST_TIMING) return () => {};
  let t = Date.now();
  return (step) => {
    process.stderr.write(`${path} ${step} ${Date.now() - t} ms\n`);
    t = Date.now();
  };
}

/** Loads `path` in `tab`, shoots the stage as rendered and with its text hidden, and measures every run. */
async function measurePage(tab, server, path) {
  const lap = timing(path);
  await tab.goto(`${server.url}${path}`, { waitUntil: 'load' });
  if (path !== '/contrast/control.html') await waitForWidgets(tab);
  lap('load');
  const [x, y, width, height, innerWidth, innerHeight] = await tab.evaluate(pinStage, STAGE);
  assert.ok(Number.isInteger(x) && Number.isInteger(y) && Number.isInteger(width), `${path}: stage at whole pixels (${x}, ${y}, ${width})`);
  // In the viewport: no scrolling between the shots, and clear of WebKit's repaint pixel in its corner.
  assert.ok(x + width < innerWidth && y + height < innerHeight - 1, `${path}: the stage (${width}×${height}) fits in the viewport (${innerWidth}×${innerHeight})`);
  const before = await tab.evaluate(collectTextRuns, STAGE);
  lap('collect');
  const rendered = PNG.sync.read(await (await tab.$(STAGE)).screenshot({ type: 'png' }));
  lap('shot');
  await tab.evaluate(hideAllText, HIDE_TEXT_CSS);
  const hidden = await tab.evaluate(collectTextRuns, STAGE);
  const background = PNG.sync.read(await (await tab.$(STAGE)).screenshot({ type: 'png' }));
  lap('hide and shot');
  // Hiding the text must not move anything: the same runs at the same places, all transparent.
  assert.deepEqual(
    hidden.runs.map((r) => [r.text, r.rects]),
    before.runs.map((r) => [r.text, r.rects]),
    `${path}: hiding the text moved something`,
  );
  assert.ok(hidden.runs.every((r) => r.color[3] === 0), `${path}: some text is still visible after hiding`);
  const { dpr } = before;
  assert.equal(rendered.width, Math.round(width * dpr), `${path}: screenshot width`);
  assert.equal(background.width, rendered.width, `${path}: both shots the same size`);
  assert.equal(background.height, rendered.height, `${path}: both shots the same size`);
  const runs = before.runs.map((run) => ({ ...run, ...measureRun(run, rendered, background, { dpr }) }));
  lap('measure');
  return { runs, cases: before.cases, rendered, background, dpr };
}

/** The failures of one case, one line each. */
function failures(runs) {
  return runs
    .filter((r) => r.ratio === null || r.ratio < r.threshold || r.painted === 0)
    .map((r) => {
      const why = r.ratio === null ? 'no pixels to measure' : r.painted === 0 ? 'not drawn where its rects are' : `${fmt(r.ratio)} < ${r.threshold}:1`;
      const worst = r.worst ? ` (text ${r.worst.text} on ${r.worst.background}; under the glyphs alone ${fmt(r.underGlyphs)})` : '';
      return `"${r.text}" [${r.tag}, ${r.fontSize}px/${r.fontWeight}] ${why}${worst}`;
    });
}

/** A case's verdict, worked out as soon as its page is measured (the screenshots are not kept). */
function judge(engine, p, widget, measured) {
  const photo = p.widgets === SURFACE_WIDGETS ? `${p.photo} thumbnails` : `${p.photo} photo`;
  const label = `${widget.id}, theme ${p.theme}, ${p.background} page, ${photo}`;
  if (measured.error) return { label, error: measured.error };
  const { runs, cases, rendered, background, dpr } = measured;
  const mine = runs.filter((r) => r.case === widget.id);
  const failed = failures(mine);
  const name = `${engine}--${widget.id}--${p.name}`;
  if (failed.length) keepCase(name, crop(rendered, cases[widget.id], dpr), crop(background, cases[widget.id], dpr));
  const failing = mine.filter((r) => r.ratio === null || r.ratio < r.threshold || r.painted === 0);
  return {
    label,
    name,
    count: mine.length,
    failed,
    summary: {
      engine,
      widget: widget.id,
      theme: p.theme,
      page: p.background,
      photo,
      runs: mine.length,
      worst: mine.reduce((min, r) => Math.min(min, r.ratio ?? 0), Infinity),
      failing: failing.map((r) => ({ text: r.text, element: r.tag, ratio: r.ratio, threshold: r.threshold, underGlyphs: r.underGlyphs, worst: r.worst })),
    },
  };
}

// CONTRAST_ENGINES=chromium,webkit runs a subset (all three by default).
const engines = process.env.CONTRAST_ENGINES ? process.env.CONTRAST_ENGINES.split(',') : ENGINES;

for (const engine of engines) {
  describe(`contrast in ${engine}: every text run meets WCAG AA against the pixels behind it`, () => {
    let server;
    let browser;
    let control;
    const verdicts = {};

    before(async () => {
      // This engine's images from an earlier run would be mistaken for this run's.
      mkdirSync(OUT_DIR, { recursive: true });
      for (const file of readdirSync(OUT_DIR)) if (file.startsWith(`${engine}--`) || file === `${engine}.json`) rmSync(join(OUT_DIR, file));
      server = await serveStatic('.', { pages, headers });
      // WebKitGTK draws into Xvfb: the screen must hold the whole window.
      browser = await launchBrowser(engine, { webkit: { screen: '1800x1900x24' } });
      // One window for all the pages (WebKitWebDriver has only one). A window, not a tab:
      // Firefox's background tabs are hidden (no animation frames).
      const tab = await browser.newPage({ type: 'window' });
      await tab.setViewport(VIEWPORT);
      // A page that cannot be measured (twice: a bundle being rebuilt under it, say) fails its own
      // tests, not the whole suite.
      const measure = (path) =>
        measurePage(tab, server, path)
          .catch(() => measurePage(tab, server, path))
          .catch((error) => ({ error }));
      control = await measure('/contrast/control.html');
      for (const p of PAGES) {
        const measured = await measure(`/contrast/${p.name}.html`);
        for (const widget of p.widgets) verdicts[`${p.name}/${widget.id}`] = judge(engine, p, widget, measured);
      }
      await tab.close();
      // Every case's worst ratio and failing runs, for a person or a script to read.
      const summary = Object.values(verdicts).map((v) => v.summary ?? { label: v.label, error: String(v.error) });
      writeFileSync(join(OUT_DIR, `${engine}.json`), `${JSON.stringify(summary, null, 1)}\n`);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it(`the method can fail: a control page measures as expected (${engine})`, () => {
      if (control.error) throw control.error;
      const { runs } = control;
      for (const [id, expected] of Object.entries(CONTROLS)) {
        const run = runs.find((r) => r.case === id);
        assert.ok(run, `${id} found`);
        assert.ok(run.painted > 0, `${id} drawn where measured`);
        assert.ok(expected.expect(run.ratio), `${id}: measured ${fmt(run.ratio)}`);
      }
      assert.ok(!runs.some((r) => r.case === 'visually-hidden'), 'visually-hidden text is not a visible run');
    });

    for (const p of PAGES) {
      for (const widget of p.widgets) {
        const photo = p.widgets === SURFACE_WIDGETS ? `${p.photo} thumbnails` : `${p.photo} photo`;
        it(`${widget.id}, theme ${p.theme}, ${p.background} page, ${photo} (${engine})`, () => {
          const { label, error, name, count, failed } = verdicts[`${p.name}/${widget.id}`];
          if (error) throw error;
          assert.ok(count > 0, `${engine}: ${label}: no text found`);
          if (failed.length) {
            assert.fail(`${engine}: ${label}: ${failed.length} of ${count} text runs fail (images in ${OUT_DIR}/${name}.*):\n  ${failed.join('\n  ')}`);
          }
        });
      }
    }
  });
}
