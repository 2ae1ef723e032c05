// The story check in `npm test`: opens every story of the built Storybook (storybook-static/)
// in headless Chromium and in headless Firefox ESR, and fails on any page error, console error,
// failed request or axe-core violation, in either engine.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchBrowser } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

const ENGINES = ['chromium', 'firefox'];
const server = await serveStatic('storybook-static');
const failures = [];
const passed = Object.fromEntries(ENGINES.map((engine) => [engine, 0]));

async function checkStories(engine) {
  const browser = await launchBrowser(engine);
  try {
    // A window of its own, not a tab: Firefox's background tabs are hidden.
    const page = await browser.newPage({ type: 'window' });
    await page.setViewport({ width: 1200, height: 900 });
    let problems = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const where = message.location()?.url ?? '';
      if (message.type() === 'error' && !where.endsWith('/favicon.ico')) problems.push(`console error: ${message.text()} ${where}`);
    });
    page.on('response', (response) => {
      // Browsers ask for /favicon.ico on their own; Storybook's build has none.
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    page.on('requestfailed', (request) => {
      // A never-answering request aborted on purpose is not a failure.
      if (!request.url().endsWith('/never-answers.json')) problems.push(`request failed: ${request.url()}`);
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
      if (problems.length) failures.push({ id: `${story.id} (${engine})`, problems });
      else passed[engine]++;
    }
  } finally {
    await browser.close();
  }
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
  `stories: ${stories.length} stories × ${ENGINES.length} engines (${ENGINES.join(', ')}), each checked for page errors, console errors, failed requests and axe violations: ${failures.length} failed`,
);
process.exit(failures.length || !stories.length ? 1 : 0);
