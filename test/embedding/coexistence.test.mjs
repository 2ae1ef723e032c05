// Safe on any page: the script included twice, the npm build and the CDN bundle together, and
// pages under a strict Content-Security-Policy (no unsafe-inline, no unsafe-eval).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';
import { waitForWidgets } from './screenshots.mjs';

const SEED_TIME = "MMM.dd - yyyy hh:mm a 'CET'";
const seedJson = await import('../fixtures/seed-article.json', { with: { type: 'json' } }).then((m) => m.default);

const body = `
  <news-article-card id="card" src="/test/fixtures/seed-article.json" lead-in="Written by"
    time-zone="Europe/Copenhagen" date-format="${SEED_TIME}"></news-article-card>
  <news-byline id="byline" lead-in="Written by" time-zone="Europe/Copenhagen" date-format="${SEED_TIME}">
    <script type="application/json">${JSON.stringify({ ...seedJson, image: undefined })}</script>
  </news-byline>
  <news-trending-list id="list" src="/test/fixtures/trending-feed.json" max="3"></news-trending-list>
  <news-photo-credit id="credit" src="/test/fixtures/seed-article.json"></news-photo-credit>`;

const page = (head, content = body) => `<!doctype html><html lang="en"><head><meta charset="utf-8" />${head}</head><body>${content}</body></html>`;

// A trending list reading RSS given inline: XML needs a parse, which Trusted Types guard too.
const { readFileSync } = await import('node:fs');
const rssBody = `<news-trending-list id="list" max="3">
    <script type="application/rss+xml">${readFileSync('test/fixtures/trending-feed.rss', 'utf8')}</script>
    <ol><li><a href="https://news.example/world/nato">Fallback story</a></li></ol>
  </news-trending-list>`;

const importMap = `<script type="importmap">${JSON.stringify({
  imports: {
    lit: '/node_modules/lit/index.js',
    'lit/': '/node_modules/lit/',
    '@lit/reactive-element': '/node_modules/@lit/reactive-element/reactive-element.js',
    '@lit/reactive-element/': '/node_modules/@lit/reactive-element/',
    'lit-html': '/node_modules/lit-html/lit-html.js',
    'lit-html/': '/node_modules/lit-html/',
    'lit-element/lit-element.js': '/node_modules/lit-element/lit-element.js',
    'date-fns': '/node_modules/date-fns/index.js',
    // Per-function entry points, as the package's exports map resolves them (`./x` → `./x.js`).
    ...Object.fromEntries(
      ['isValid', 'parseISO', 'intlFormat', 'intlFormatDistance', 'differenceInMinutes', 'format'].map((f) => [`date-fns/${f}`, `/node_modules/date-fns/${f}.js`]),
    ),
    '@date-fns/tz': '/node_modules/@date-fns/tz/index.js',
  },
})}</script>`;

const PAGES = {
  '/twice-module.html': page(
    `<script type="module" src="/dist/cdn/news-widgets.js?copy=1"></script><script type="module" src="/dist/cdn/news-widgets.js?copy=2"></script>`,
  ),
  '/twice-iife.html': page(`<script src="/dist/cdn/news-widgets.iife.js"></script><script src="/dist/cdn/news-widgets.iife.js"></script>`),
  '/module-and-iife.html': page(`<script src="/dist/cdn/news-widgets.iife.js"></script><script type="module" src="/dist/cdn/news-widgets.js"></script>`),
  '/npm-and-cdn.html': page(`${importMap}<script type="module" src="/test/embedding/npm-entry.js"></script><script type="module" src="/dist/cdn/news-widgets.js"></script>`),
  '/csp-module.html': page(`<script type="module" src="/dist/cdn/news-widgets.js"></script>`),
  '/csp-iife.html': page(`<script src="/dist/cdn/news-widgets.iife.js"></script>`),
  '/tt-module.html': page(`<script type="module" src="/dist/cdn/news-widgets.js"></script>`),
  '/tt-iife.html': page(`<script src="/dist/cdn/news-widgets.iife.js"></script>`),
  '/ttx-rss-module.html': page(`<script type="module" src="/dist/cdn/news-widgets.js"></script>`, rssBody),
  '/ttx-rss-iife.html': page(`<script src="/dist/cdn/news-widgets.iife.js"></script>`, rssBody),
  '/tt-rss-refused.html': page(`<script type="module" src="/dist/cdn/news-widgets.js"></script>`, rssBody),
};

const CSP = "default-src 'self'";
// Trusted Types enforced, with the one policy name the bundle uses (Lit's); see docs/embedding.md.
const TRUSTED_TYPES_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
// Reading RSS or Atom also needs the library's own policy, `news-widgets` (docs/embedding.md).
const TRUSTED_TYPES_XML_CSP = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html news-widgets";

async function open(browser, url) {
  const tab = await browser.newPage();
  const problems = [];
  const warnings = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && problems.push(`HTTP ${r.status()} ${r.url()}`));
  tab.on('console', (message) => {
    // A failed request is reported above, by URL; the browser's own line for it adds nothing.
    if (message.type() === 'error' && !/^Failed to load resource/.test(message.text())) problems.push(`console error: ${message.text()}`);
    if (message.type() === 'warn' || message.type() === 'warning') warnings.push(message.text());
  });
  // Installed by the browser, not the page, so the strict CSP does not block the listener itself.
  await tab.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await tab.goto(url, { waitUntil: 'load' });
  await waitForWidgets(tab);
  const texts = await tab.evaluate(() => {
    const text = (node) =>
      node.nodeType === 3 ? node.textContent : [...(node.shadowRoot ?? node).childNodes].map(text).join('');
    return Object.fromEntries([...document.querySelectorAll('[id]')].map((el) => [el.id, text(el).replace(/\s+/g, ' ').trim()]));
  });
  const states = await tab.evaluate(() => [...document.querySelectorAll('[id]')].map((el) => `${el.id}:${el.state}`));
  const errors = await tab.evaluate(() => Object.fromEntries([...document.querySelectorAll('[id]')].map((el) => [el.id, el.errors])));
  const violations = await tab.evaluate(() => window.__violations);
  await tab.close();
  return { problems, warnings, texts, states, errors, violations, headers: response.headers() };
}

describe('coexistence and CSP', () => {
  let server;
  let browser;

  before(async () => {
    server = await serveStatic('.', {
      pages: PAGES,
      headers: (path) =>
        path.startsWith('/ttx-')
          ? { 'Content-Security-Policy': TRUSTED_TYPES_XML_CSP }
          : path.startsWith('/tt-')
          ? { 'Content-Security-Policy': TRUSTED_TYPES_CSP }
          : path.startsWith('/csp-') || path.startsWith('/dist/')
            ? { 'Content-Security-Policy': CSP }
            : {},
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const expectRendered = (result) => {
    assert.deepEqual(result.problems, []);
    assert.deepEqual(result.states, ['card:ready', 'byline:ready', 'list:ready', 'credit:ready']);
    assert.match(result.texts.card, /NATO Accuses China of Aiding Russia's War Efforts/);
    assert.match(result.texts.byline, /Written by Kathrine Frich · Jul\.11 - 2024 10:15 AM CET/);
    assert.match(result.texts.list, /^Trending Now/);
    assert.match(result.texts.credit, /Photo: Shutterstock$/);
  };

  it('renders when the module bundle is included twice (two module instances)', async () => {
    const result = await open(browser, `${server.url}/twice-module.html`);
    expectRendered(result);
    // The second copy finds every tag taken, says so once per tag, and changes nothing.
    assert.equal(result.warnings.filter((w) => /already defined by news-widgets 0\.1\.0; this copy \(0\.1\.0\)/.test(w)).length, 4);
  });

  it('renders when the classic script is included twice', async () => {
    const result = await open(browser, `${server.url}/twice-iife.html`);
    expectRendered(result);
    assert.equal(result.warnings.filter((w) => /already defined by news-widgets/.test(w)).length, 4);
  });

  it('renders when the classic script and the module bundle meet', async () => {
    expectRendered(await open(browser, `${server.url}/module-and-iife.html`));
  });

  it('renders when an app’s npm build and the CDN bundle meet on one page', async () => {
    const result = await open(browser, `${server.url}/npm-and-cdn.html`);
    expectRendered(result);
    assert.ok(result.warnings.some((w) => /<news-article-card> is already defined by news-widgets/.test(w)));
  });

  for (const kind of ['module', 'iife']) {
    it(`renders under Content-Security-Policy: ${CSP} (${kind}), with no violation`, async () => {
      const result = await open(browser, `${server.url}/csp-${kind}.html`);
      assert.equal(result.headers['content-security-policy'], CSP);
      expectRendered(result);
      assert.deepEqual(result.violations, []);
    });
  }

  for (const kind of ['module', 'iife']) {
    it(`renders under Trusted Types (${TRUSTED_TYPES_CSP}) (${kind}), with no violation`, async () => {
      const result = await open(browser, `${server.url}/tt-${kind}.html`);
      assert.equal(result.headers['content-security-policy'], TRUSTED_TYPES_CSP);
      expectRendered(result);
      assert.deepEqual(result.violations, []);
    });
  }

  for (const kind of ['module', 'iife']) {
    it(`reads RSS under Trusted Types that allow its policy (${TRUSTED_TYPES_XML_CSP}) (${kind}), with no violation`, async () => {
      const result = await open(browser, `${server.url}/ttx-rss-${kind}.html`);
      assert.equal(result.headers['content-security-policy'], TRUSTED_TYPES_XML_CSP);
      assert.deepEqual(result.problems, []);
      assert.deepEqual(result.states, ['list:ready']);
      assert.match(result.texts.list, /^Trending Now 1 NATO Accuses China of Aiding Russia's War Efforts/);
      assert.deepEqual(result.violations, []);
    });
  }

  it('keeps the page whole when Trusted Types do not allow the XML policy: the list falls back and says why', async () => {
    const result = await open(browser, `${server.url}/tt-rss-refused.html`);
    assert.deepEqual(result.states, ['list:error']);
    assert.deepEqual(result.errors.list, [{ path: '$', message: 'could not be read: this page’s Trusted Types policy does not allow news-widgets to parse XML' }]);
    // The browser reports the refused policy (and the refused parse); no page error, nothing thrown.
    assert.deepEqual(result.problems.filter((p) => !/Trusted ?Type|TrustedHTML|policy/i.test(p)), []);
    assert.ok(result.violations.some((v) => v.startsWith('trusted-types')), result.violations.join('\n'));
  });
});
