// Pixel helpers for the isolation suite: element screenshots and an exact pixel comparison.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const OUT_DIR = 'test-results/isolation';

/** Waits until every news-widgets element on the page is ready and its images are decoded. */
export async function waitForWidgets(page) {
  await page.waitForFunction(
    () => {
      const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
      const widgets = all(document).filter((el) => el.localName.startsWith('news-'));
      return widgets.length > 0 && widgets.every((el) => el.state === 'ready' || el.state === 'error');
    },
    { timeout: 15000, polling: 50 },
  );
  await page.evaluate(async () => {
    const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
    for (let round = 0; round < 3; round++) await Promise.all(all(document).map((el) => el.updateComplete).filter(Boolean));
    await Promise.all(all(document).filter((el) => el.localName === 'img').map((img) => img.decode().catch(() => {})));
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

export async function shoot(page, selector) {
  const handle = await page.$(selector);
  return handle.screenshot({ type: 'png' });
}

/** Number of pixels that differ (Infinity when the sizes differ). */
export function diffPixels(a, b) {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) return Infinity;
  let count = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (x.data[i] !== y.data[i] || x.data[i + 1] !== y.data[i + 1] || x.data[i + 2] !== y.data[i + 2] || x.data[i + 3] !== y.data[i + 3]) count++;
  }
  return count;
}

export function size(png) {
  const { width, height } = PNG.sync.read(png);
  return `${width}×${height}`;
}

/** Keeps both images of a failed comparison for a person to look at. */
export function keep(name, expected, actual) {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, `${name}.expected.png`), expected);
  writeFileSync(join(OUT_DIR, `${name}.actual.png`), actual);
}
