// 2, 3 and 5 for one variant in fresh tabs: first render of 1,000 cards with the JS heap around
// it (5), then a 100-item trending list, a one-headline update of it (3) and a one-card update.
import { inPage } from '../lib/pages.mjs';

/** Prototypes whose live instances are counted after removal, per variant. */
const INSTANCES = {
  ours: ['news-article-card', 'news-byline', 'news-photo-credit'],
  shoelace: ['sl-card', 'sl-relative-time', 'sl-format-date'],
  floor: [],
  react: [],
};

async function heap(cdp) {
  // One full collection (V8 and Blink's heap together); a second one moves the figures by less
  // than the DOM heap's run-to-run spread and costs a quarter of a second with 1,000 cards.
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize, embedderHeapUsedSize } = await cdp.send('Runtime.getHeapUsage');
  return { js: usedSize, dom: embedderHeapUsedSize ?? 0 };
}

/**
 * Live objects whose prototype chain holds `expression`'s value (queryObjects), released after:
 * their number, or with `names`, a tally of their local names.
 */
async function countInstances(cdp, expression, names = false) {
  const group = 'bench-count';
  try {
    const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: group });
    if (!result.objectId) return undefined;
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId, objectGroup: group });
    const { result: length } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: names
        ? // Prototype objects are in the list too; reading localName on them throws: skip them.
          'function () { const t = {}; for (const e of this) { try { const n = e.localName; t[n] = (t[n] || 0) + 1; } catch {} } return t; }'
        : 'function () { return this.length; }',
      returnByValue: true,
    });
    return length.value;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: group });
  }
}

async function counts(cdp, key) {
  const byName = await countInstances(cdp, 'HTMLElement.prototype', true);
  const out = {
    elements: Object.values(byName).reduce((a, b) => a + b, 0),
    shadowRoots: await countInstances(cdp, 'ShadowRoot.prototype'),
    byName,
  };
  for (const tag of INSTANCES[key]) out[tag] = await countInstances(cdp, `customElements.get(${JSON.stringify(tag)}).prototype`);
  return out;
}

/** 1,000 cards: time to rendered, heap with them, heap and live objects after removing them. */
export function cardsRun(browser, origin, key, n) {
  return inPage(browser, `${origin}/bench/${key}.html`, async (page, cdp) => {
    // Seven cards first (one of each kind: two authors, a label), so the baseline holds compiled
    // code and per-template caches rather than counting them as memory of the 1,000 cards.
    await page.evaluate(() => bench.renderOnly('cards', 7).then(() => bench.clear()));
    const before = await heap(cdp);
    const beforeCounts = await counts(cdp, key);
    const render = await page.evaluate((count) => bench.cards(count), n);
    const rendered = await heap(cdp);
    const left = await page.evaluate(() => bench.clear());
    const after = await heap(cdp);
    const afterCounts = await counts(cdp, key);
    return {
      ms: render.ms,
      scriptMs: render.scriptMs,
      complete: render.counts,
      memory: {
        js: rendered.js - before.js,
        dom: rendered.dom - before.dom,
        retainedJs: after.js - before.js,
        retainedDom: after.dom - before.dom,
        leftInStage: left,
        liveBefore: beforeCounts,
        liveAfter: afterCounts,
        extraElements: Object.fromEntries(
          Object.entries(afterCounts.byName)
            .map(([name, c]) => [name, c - (beforeCounts.byName[name] ?? 0)])
            .filter(([, c]) => c !== 0),
        ),
      },
    };
  });
}

/** A 100-item list: first render; then a new feed with one headline changed; then a one-card update. */
export function listRun(browser, origin, key, n) {
  return inPage(browser, `${origin}/bench/${key}.html`, async (page) => {
    const list = await page.evaluate((count) => bench.list(count), n);
    await page.evaluate(() => bench.clear());
    const update = await page.evaluate((count) => bench.updateList && bench.updateList(count, Math.floor(count / 2)), n);
    await page.evaluate(() => bench.clear());
    const card = await page.evaluate(() => bench.updateCard && bench.updateCard());
    return { list, update, card };
  });
}
