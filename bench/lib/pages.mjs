// The bench pages and the server that serves them: the repository root (dist/, bench/,
// test/fixtures/) over HTTP on 127.0.0.1, cross-origin isolated so performance.now() has 5 µs
// resolution instead of 100 µs.
import { serveStatic } from '../../scripts/static-server.mjs';

export const ISOLATION = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
  'Cache-Control': 'no-store',
};

/**
 * The render variants: what each page loads before the harness. A variant with `floorOf` is a
 * floor: it claims to render exactly what that variant renders, and the bench checks the claim
 * (bench/lib/equivalence.mjs) before it times anything.
 */
export const VARIANTS = {
  ours: { label: 'news-widgets', head: '<script type="module" src="/bench/.build/cdn/news-widgets.js"></script>', module: '/bench/pages/ours.js' },
  floor: { label: 'floor (hand-written)', head: '', module: '/bench/floor/index.js', floorOf: 'ours' },
  shoelace: { label: 'Shoelace', head: '<link rel="stylesheet" href="/bench/.build/shoelace-light.css">', module: '/bench/.build/shoelace.js' },
  react: { label: 'React 19', head: '', module: '/bench/.build/react.js' },
};

export function variantPage(key) {
  const v = VARIANTS[key];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>bench: ${v.label}</title>
<style>html, body { margin: 0; } body { font: 16px/1.5 Georgia, serif; background: #fff; } #stage { width: 640px; padding: 8px; }</style>
${v.head}
<script type="module">
import * as variant from '${v.module}';
import { api } from '/bench/pages/harness.js';
await variant.ready?.();
window.bench = api(variant);
</script>
</head>
<body><div id="stage"></div></body>
</html>
`;
}

/**
 * Serves the repository with the variant pages and any extra generated pages; `addPages(pages)`
 * serves more (generated later in the run).
 */
export async function startServer(extraPages = {}) {
  const pages = { ...extraPages };
  for (const key of Object.keys(VARIANTS)) pages[`/bench/${key}.html`] = variantPage(key);
  const server = await serveStatic('.', { headers: ISOLATION, pages, dotfiles: true });
  return { ...server, addPages: (more) => Object.assign(pages, more) };
}

/**
 * Opens `path` in a fresh tab, waits for `window.bench`, runs `fn(bench, ...args)` in the page and
 * closes the tab. `setup(page, cdp)` may prepare the tab first; `fn` may be a function of the page.
 */
export async function inPage(browser, url, fn, { args = [], setup, ready = 'window.bench', timeout = 120_000 } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await page.setViewport({ width: 1280, height: 800 });
    page.setDefaultTimeout(timeout);
    const cdp = await page.createCDPSession();
    if (setup) await setup(page, cdp);
    await page.goto(url, { waitUntil: 'load' });
    if (ready) await page.waitForFunction(ready);
    const result = typeof fn === 'string' ? await page.evaluate(fn) : await fn(page, cdp, ...args);
    if (errors.length) throw new Error(`page errors on ${url}: ${errors.join(' | ')}`);
    return result;
  } finally {
    await page.close();
  }
}
