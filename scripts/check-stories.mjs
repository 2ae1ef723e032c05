// The story check in `npm test`: opens every story of the built Storybook (storybook-static/)
// in headless Chromium and in headless Firefox ESR, and fails on any page error, console error or
// warning, failed request, second copy of Lit or axe-core violation, in either engine. Nothing is
// allowed: the one request the browsers make on their own, for /favicon.ico, is answered (with
// Storybook's favicon.svg) instead of being let off. Then the story's "Show code" snippet is pasted
// into a page of its own (the module script pointed at the build's dist/cdn/): each widget in it
// must come to the state it has in the story, never wait in its skeleton for data.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
// `node scripts/check-stories.mjs [dir]`: the built Storybook, storybook-static/ by default.
const ROOT = process.argv[2] ?? 'storybook-static';
const index = JSON.parse(readFileSync(`${ROOT}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const ENGINES = ['chromium', 'firefox'];
// Console messages that fail a story: errors, failed assertions and warnings (Chromium says
// `warn`, WebDriver BiDi may say `warning`).
const CONSOLE_FAILS = ['error', 'assert', 'warn', 'warning'];
// Browsers ask for /favicon.ico by themselves; Storybook's build has only favicon.svg.
// `/pasted.html` is each story's snippet in turn.
const pages = { '/pasted.html': '' };
const server = await serveStatic(ROOT, { pages, aliases: { '/favicon.ico': '/favicon.svg' } });
// The snippets' module script (docs/embedding.md), served here from the build.
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/news-widgets@[^/"]+\/dist\/cdn\//;
// The stand-in for a request that never answers (stories/support/never-answers.ts) exists only in Storybook.
const NEVER_ANSWERS = '/never-answers.json';
const failures = [];
const passed = Object.fromEntries(ENGINES.map((engine) => [engine, 0]));

async function checkStories(engine) {
  const browser = await launchBrowser(engine);
  try {
    // A window of its own, not a tab: Firefox's background tabs are hidden.
    const page = await browser.newPage({ type: 'window' });
    await page.setViewport({ width: 1200, height: 900 });
    let problems = [];
    let pasting = false;
    page.on('pageerror', (error) => problems.push(`${pasting ? 'pasted snippet: ' : ''}page error: ${error.message}`));
    page.on('console', (message) => {
      if (pasting) return;
      const type = message.type();
      if (!CONSOLE_FAILS.includes(type)) return;
      const where = message.location()?.url ?? '';
      problems.push(`console ${type === 'warning' ? 'warn' : type}: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('response', (response) => {
      if (!pasting && response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      // A never-answering request aborted on purpose is not a failure.
      if (!pasting && !request.url().endsWith(NEVER_ANSWERS)) problems.push(`request failed: ${request.url()}`);
    });

    for (const story of stories) {
      problems = [];
      await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('#storybook-root')?.childElementCount > 0, { timeout: 10000 });
      // Let every widget settle (data parsed, nested elements rendered, images decoded).
      await page.evaluate(async () => {
        const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
        for (let round = 0; round < 3; round++) {
          await Promise.all(all(document).map((el) => el.updateComplete).filter(Boolean));
          await new Promise((r) => setTimeout(r, 50));
        }
        await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
      });
      // Each Lit package registers its version on load: a second entry is a second copy (Lit's
      // development build warns about it; this production build would not).
      const lit = await page.evaluate(() => ({
        'lit-html': window.litHtmlVersions ?? [],
        'lit-element': window.litElementVersions ?? [],
        '@lit/reactive-element': window.reactiveElementVersions ?? [],
      }));
      for (const [pkg, versions] of Object.entries(lit)) {
        if (versions.length > 1) problems.push(`${pkg} loaded ${versions.length} times (${versions.join(', ')})`);
      }
      if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // The a11y addon runs axe on the story too; one run at a time, so wait for a free turn.
        for (let attempt = 0; ; attempt++) {
          try {
            const result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
            return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
          } catch (error) {
            if (attempt > 100 || !/already running/i.test(String(error))) throw error;
            await new Promise((r) => setTimeout(r, 100));
          }
        }
      });
      problems.push(...violations.map((v) => `axe: ${v}`));
      problems.push(...(await checkSnippet(page, story, (on) => (pasting = on))));
      if (problems.length) failures.push({ id: `${story.id} (${engine})`, problems });
      else passed[engine]++;
    }
  } finally {
    await browser.close();
  }
}

/** The widgets on the page (not those inside other widgets) and the state each is in. */
function widgetStates(root) {
  return [...document.querySelectorAll(`${root} *`)]
    .filter((el) => el.localName.startsWith('news-') && 'state' in el)
    .map((el) => ({ tag: el.localName, state: el.state, neverAnswers: (el.getAttribute('src') ?? '').endsWith('/never-answers.json') }));
}

/**
 * The story's "Show code" snippet (Storybook sends it when the story renders; a re-render asks
 * for it again), pasted into a page: its widgets must reach the states they have in the story.
 */
async function checkSnippet(page, story, setPasting) {
  const inStory = await page.evaluate(widgetStates, '#storybook-root');
  if (!inStory.length) return [];
  // From here on the check itself re-renders the story and leaves it: a request that this cuts
  // off (an image still loading when its element is replaced) is not the story's failure.
  setPasting(true);
  try {
    return await pasteSnippet(page, story, inStory);
  } finally {
    // Whatever the pasted page still loads is cut off here, not blamed on the next story.
    await page.goto('about:blank');
    setPasting(false);
  }
}

async function pasteSnippet(page, story, inStory) {
  const snippet = await page.evaluate(
    () =>
      new Promise((resolve) => {
        const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
        const done = (event) => {
          channel.off('storybook/docs/snippet-rendered', done);
          resolve(event.source);
        };
        channel.on('storybook/docs/snippet-rendered', done);
        channel.emit('forceReRender');
        setTimeout(() => resolve(undefined), 10000);
      }),
  );
  if (!snippet) return ['snippet: "Show code" sent nothing'];
  if (!CDN.test(snippet)) return ['snippet: no module script (docs/embedding.md)'];
  pages['/pasted.html'] = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${story.id}</title></head><body>${snippet.replace(new RegExp(CDN.source, 'g'), '/dist/cdn/')}</body></html>`;
  await page.goto(`${server.url}/pasted.html`, { waitUntil: 'load' });
  await page
    .waitForFunction(
      (want) => {
        const now = [...document.body.querySelectorAll('*')].filter((el) => el.localName.startsWith('news-') && 'state' in el);
        return now.length === want && now.every((el) => el.state !== 'loading' || (el.getAttribute('src') ?? '').endsWith('/never-answers.json'));
      },
      { timeout: 10000 },
      inStory.length,
    )
    .catch(() => {});
  const pasted = await page.evaluate(widgetStates, 'body');
  const problems = [];
  if (pasted.length !== inStory.length) problems.push(`snippet: ${pasted.length} widgets pasted, ${inStory.length} in the story`);
  inStory.forEach((want, i) => {
    const got = pasted[i];
    if (!got || want.neverAnswers) return;
    if (got.tag !== want.tag || got.state !== want.state) problems.push(`snippet: <${want.tag}> is ${want.state} in the story, <${got.tag}> ${got.state} when pasted`);
  });
  return problems;
}

try {
  for (const engine of ENGINES) await checkStories(engine);
} finally {
  await server.close();
}

for (const failure of failures) {
  console.error(`✗ ${failure.id}`);
  for (const problem of failure.problems) console.error(`    ${problem}`);
}
for (const engine of ENGINES) {
  const failed = failures.filter((f) => f.id.endsWith(`(${engine})`)).length;
  console.log(`stories in ${engine}: ${passed[engine]} passed, ${failed} failed`);
}
console.log(
  `stories: ${stories.length} stories × ${ENGINES.length} engines (${ENGINES.join(', ')}), each checked for page errors, console errors and warnings, failed requests, a second copy of Lit and axe violations, and its "Show code" snippet pasted into a page: ${failures.length} failed`,
);
process.exit(failures.length || !stories.length ? 1 : 0);
