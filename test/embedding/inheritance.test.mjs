// Isolation by construction, proved property by property: every CSS property the engine passes
// down by inheritance (derived in the engine itself, with mdn-data's spec list; see
// inherited-properties.mjs), set to a value that differs from the initial one, three ways — on the
// host, on an ancestor, and by a universal rule with !important — leaves each widget
// pixel-identical to the clean page, and every element in its shadow tree with the same computed
// style. In Chromium, Firefox ESR and WebKitGTK, each engine against its own clean page.
// The exceptions, with their evidence (docs/embedding.md): `visibility` is passed on, so a page can
// still hide a widget as it hides anything else; `zoom` is not inherited but scales a box and
// everything in it, like a transform, which no shadow root can undo.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ENGINES, launchBrowser } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { WIDGETS as ISOLATION_WIDGETS } from './host-pages.mjs';
import { SPEC_INHERITED, candidateValues, deriveInherited } from './inherited-properties.mjs';
import { keep, waitForWidgets } from './screenshots.mjs';
import { PNG } from 'pngjs';

// The isolation suite's widgets, in narrower columns: a stage of 720 × 950 px is shot once per case.
const BOXES = {
  card: 'left: 0; top: 0; width: 360px',
  byline: 'left: 0; top: 580px; width: 360px',
  'photo-credit': 'left: 0; top: 650px; width: 360px',
  'trending-list': 'left: 380px; top: 0; width: 340px',
};
const WIDGETS = ISOLATION_WIDGETS.map((w) => ({ ...w, box: BOXES[w.id], html: w.html.replace('max="6"', 'max="4"') }));

// The host element's box is the publisher's: each host is pinned to its column, so that only the
// rendering is compared (in vertical text a host is an orthogonal flow, which CSS makes
// fit-content; a byline would otherwise be as wide as its words).
const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <style id="probe"></style>
    <script type="module" src="/dist/cdn/news-widgets.js"></script>
  </head>
  <body style="margin: 0">
    <div id="stage" style="position: absolute; left: 8px; top: 8px; width: 720px; height: 950px">
      ${WIDGETS.map((w) => `<div id="${w.id}" style="position: absolute; ${w.box}">${w.html.replace('>', ' style="width: 100%">')}</div>`).join('\n      ')}
    </div>
  </body>
</html>`;

/** The three ways a page can pass a property down. */
const WAYS = {
  'on the host': (name, value) => `news-article-card, news-byline, news-photo-credit, news-trending-list { ${name}: ${value}; }`,
  'on an ancestor': (name, value) => `#stage > div { ${name}: ${value}; }`,
  'by a universal rule with !important': (name, value) => `#stage *, #stage *::before, #stage *::after { ${name}: ${value} !important; }`,
};

/** Passed on by design: a page hides a widget as it hides anything else. */
const PASSED_ON = new Set(['visibility']);

/**
 * In the page: the computed style of every element (and drawn pseudo-element) in every widget's
 * shadow tree, and its box. With `compare`, the first differences from the snapshot kept by the
 * first call (kept in the page: it is large).
 */
function styles(compare) {
  const out = {};
  const walk = (root, path) => {
    for (const el of root.querySelectorAll('*')) {
      const key = `${path} ${el.localName}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}#${Object.keys(out).length}`;
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        if (pseudo && (style.content === 'none' || style.content === 'normal')) continue;
        const values = {};
        for (const name of style) values[name] = style.getPropertyValue(name);
        const r = el.getBoundingClientRect();
        values['(box)'] = [r.x, r.y, r.width, r.height].map((n) => Math.round(n * 100) / 100).join(' ');
        out[`${key}${pseudo ?? ''}`] = values;
      }
      if (el.shadowRoot) walk(el.shadowRoot, `${path} ${el.localName} ›`);
    }
  };
  for (const host of document.querySelectorAll('#stage > div > *')) walk(host.shadowRoot, host.localName);
  if (!compare) {
    window.__cleanStyles = out;
    return Object.keys(out).length;
  }
  const clean = window.__cleanStyles;
  const found = [];
  for (const [key, values] of Object.entries(out)) {
    if (!clean[key]) found.push(`${key}: not on the clean page`);
    else for (const [name, value] of Object.entries(values)) if (clean[key][name] !== value) found.push(`${key} ${name}: ${clean[key][name]} → ${value}`);
  }
  for (const key of Object.keys(clean)) if (!out[key]) found.push(`${key}: missing`);
  return found.slice(0, 12);
}

async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/** One screenshot of the stage, cut into one image per widget (by the hosts' boxes), decoded. */
async function shots(page) {
  await settle(page);
  const boxes = await page.evaluate((ids) => {
    const stage = document.getElementById('stage').getBoundingClientRect();
    return ids.map((id) => {
      const r = document.querySelector(`#${id} > *`).getBoundingClientRect();
      return [r.x - stage.x, r.y - stage.y, r.width, r.height].map(Math.round);
    });
  }, WIDGETS.map((w) => w.id));
  const image = PNG.sync.read(await (await page.$('#stage')).screenshot({ type: 'png' }));
  return boxes.map(([x, y, width, height]) => {
    const w = Math.max(1, Math.min(width, image.width - x));
    const h = Math.max(1, Math.min(height, image.height - y));
    const out = new PNG({ width: w, height: h });
    if (x >= 0 && y >= 0 && x < image.width && y < image.height) PNG.bitblt(image, out, x, y, w, h, 0, 0);
    return out;
  });
}

/** Pixels that differ between two decoded images (Infinity when their sizes differ). */
function differing(a, b) {
  if (a.width !== b.width || a.height !== b.height) return Infinity;
  let count = 0;
  for (let i = 0; i < a.data.length; i += 4) if (a.data.readUInt32BE(i) !== b.data.readUInt32BE(i)) count++;
  return count;
}

/**
 * Shots that have stopped changing: WebKitGTK can paint a page's photos a little differently from
 * one paint to the next, for a moment. A shot that differs from `clean` is taken again until two in
 * a row agree (a real difference persists); one equal to `clean` settles it at once.
 */
async function settledShots(page, clean) {
  let now = await shots(page);
  for (let round = 0; round < 10; round++) {
    if (clean && now.every((png, i) => differing(clean[i], png) === 0)) return now;
    const again = await shots(page);
    if (again.every((png, i) => differing(now[i], png) === 0)) return again;
    now = again;
  }
  return now;
}

/** Keeps both images of a failed comparison for a person to look at. */
const keepBoth = (name, expected, actual) => keep(name, PNG.sync.write(expected), PNG.sync.write(actual));

const setRule = (page, css) =>
  page.evaluate((text) => {
    document.getElementById('probe').textContent = text;
  }, css);

// INHERITANCE_ENGINES=chromium,firefox runs a subset (all three by default).
const engines = process.env.INHERITANCE_ENGINES ? process.env.INHERITANCE_ENGINES.split(',') : ENGINES;

for (const engine of engines) {
  describe(`inheritance in ${engine}: no inherited property reaches a widget`, () => {
    let server;
    let browser;
    let page;
    let inherited;
    let clean;
    let elements;

    before(async () => {
      server = await serveStatic('.', { pages: { '/inheritance.html': PAGE } });
      browser = await launchBrowser(engine, { webkit: { screen: '1400x1800x24' } });
      page = await browser.newPage({ type: 'window' });
      await page.setViewport({ width: 1100, height: 1300 });
      await page.goto(`${server.url}/inheritance.html`, { waitUntil: 'load' });
      await waitForWidgets(page);
      inherited = await page.evaluate(deriveInherited, { candidates: candidateValues(), specInherited: SPEC_INHERITED });
      // The clean page as every check sees it: laid out again once. Each check below restyles the
      // hosts, which makes the engine lay each widget's lines out again; Firefox then splits an
      // inline box at a bidi isolate (each author name is one), which moves the resolved
      // transform-origin of the byline's inline span (a property no inline box uses) while nothing
      // moves on screen. So the snapshot is taken after the same: a host font size set and removed.
      await setRule(page, WAYS['on the host']('font-size', '17px'));
      await settle(page);
      await setRule(page, '');
      await settle(page);
      clean = await settledShots(page);
      elements = await page.evaluate(styles, false);
    });

    after(async () => {
      await page?.close();
      await browser?.close();
      await server?.close();
    });

    it(`finds the engine's inherited properties (${engine})`, (t) => {
      const names = inherited.map((p) => p.name);
      t.diagnostic(`${names.length} inherited properties in ${engine}, ${elements} elements and pseudo-elements compared`);
      // The derivation itself must not be able to pass by finding nothing.
      assert.ok(elements >= 40, `only ${elements} elements in the widgets' shadow trees`);
      assert.ok(names.length >= 80, `only ${names.length} inherited properties found: ${names.join(', ')}`);
      for (const must of ['color', 'font-family', 'font-size', 'font-size-adjust', 'line-height', 'letter-spacing', 'writing-mode', 'text-transform', 'visibility', 'white-space', 'word-break', 'quotes', 'hyphens', 'text-shadow', 'direction', 'cursor']) {
        assert.ok(names.includes(must), `${must} is inherited but was not found (found: ${names.join(', ')})`);
      }
    });

    it(`every inherited property, three ways (${engine})`, async (t) => {
      for (const { name, value } of inherited) {
        for (const [way, rule] of Object.entries(WAYS)) {
          await t.test(`${name}: ${value} ${way}`, async () => {
            await setRule(page, rule(name, value));
            try {
              const now = await settledShots(page, clean);
              const changed = await page.evaluate(styles, true);
              if (PASSED_ON.has(name)) {
                assert.ok(changed.length > 0 && changed.every((line) => line.includes(` ${name}: `)), `only ${name} is passed on: ${changed.slice(0, 5).join('; ')}`);
                return;
              }
              const diffs = now.map((png, i) => differing(clean[i], png));
              const slug = `${engine}--${name}--${way.split(' ').pop()}`.replace(/[^\w-]+/g, '_');
              diffs.forEach((d, i) => d && keepBoth(`${slug}--${WIDGETS[i].id}`, clean[i], now[i]));
              assert.deepEqual(
                { pixels: Object.fromEntries(WIDGETS.map((w, i) => [w.id, diffs[i]])), styles: changed.slice(0, 8) },
                { pixels: Object.fromEntries(WIDGETS.map((w) => [w.id, 0])), styles: [] },
                `${name}: ${value} ${way} reached a widget in ${engine}`,
              );
            } finally {
              await setRule(page, '');
            }
          });
        }
      }
    });

    it(`all inherited properties at once, three ways (${engine})`, async () => {
      for (const [way, rule] of Object.entries(WAYS)) {
        // Vertical text and right-to-left together on a host's parent put the host's box at the
        // parent's bottom edge; WebKitGTK places it above the page then (the card at y = -448),
        // out of every shot. Where the page puts the box is the page's; each property alone is
        // tested above, and here direction is left out where the parent gets the set too.
        const all = inherited.filter((p) => !PASSED_ON.has(p.name) && !(way !== 'on the host' && p.name === 'direction'));
        await setRule(page, all.map(({ name, value }) => rule(name, value)).join('\n'));
        try {
          const now = await settledShots(page, clean);
          const diffs = now.map((png, i) => differing(clean[i], png));
          diffs.forEach((d, i) => d && keepBoth(`${engine}--all--${way.split(' ').pop()}--${WIDGETS[i].id}`, clean[i], now[i]));
          assert.deepEqual(diffs, WIDGETS.map(() => 0), `all inherited properties ${way} changed ${diffs.join(', ')} pixels in ${engine}`);
        } finally {
          await setRule(page, '');
        }
      }
    });

    // Not inherited, and no shadow root can undo it: zoom scales the box and all it holds, as a
    // transform would. The evidence, in drawn pixels (engines disagree on what
    // getBoundingClientRect reports under zoom): under zoom 1.5 each widget is drawn 1.5 times
    // the size it has at zoom 1 in a column as wide as the zoomed host's own layout width: exactly
    // as wide, and as tall within 5 % (WebKitGTK sets text again at the zoomed size, and its
    // rounding makes the 4-story list up to 3.2 % off 1.5 times; Chromium and Firefox are exact).
    it(`zoom on the host or an ancestor scales a widget as a whole (${engine})`, async () => {
      const sizes = async () => {
        await settle(page);
        const out = [];
        for (const w of WIDGETS) out.push(PNG.sync.read(await (await page.$(`#${w.id} > *`)).screenshot({ type: 'png' })));
        return out.map((png) => [png.width, png.height]);
      };
      // Each widget in a column at the stage's top left (they overlap: only their sizes count).
      const column = (px) => `#stage > div { width: ${px}px !important; left: 0 !important; top: 0 !important; }`;
      try {
        for (const zoom of ['#stage > div > * { zoom: 1.5; }', '#stage > div { zoom: 1.5; }']) {
          await setRule(page, `${column(360)} ${zoom}`);
          const zoomed = await sizes();
          await setRule(page, column(Math.round(zoomed[0][0] / 1.5)));
          const plain = await sizes();
          zoomed.forEach(([width, height], w) =>
            assert.ok(
              Math.abs(width - 1.5 * plain[w][0]) <= 2 && Math.abs(height - 1.5 * plain[w][1]) <= 3 + 0.05 * height,
              `${WIDGETS[w].id} is drawn ${width}×${height} under ${zoom}, not 1.5 × ${plain[w].join('×')}`,
            ),
          );
        }
      } finally {
        await setRule(page, '');
      }
    });
  });
}
