// Browser tests in headless Chromium from Debian (puppeteer-core; nothing is downloaded).
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, freshProfile } from './scripts/browser.mjs';
import { faultApi } from './test/server/faults.mjs';
import { frameworkBundles } from './test/server/frameworks.mjs';
import { testApi } from './test/server/middleware.mjs';
import { realworldCorpus } from './test/server/realworld.mjs';
import { ssrApi } from './test/server/ssr.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

// A free port on 127.0.0.1, so a second run (or Storybook, or a dev server) never collides.
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});

/**
 * `executeServerCommand('focus-window')`: makes the calling test file's window the focused one.
 * Firefox focuses one window at a time, and only there do :focus and :focus-visible match; test
 * files run side by side in windows. Chromium's headless pages all count as focused, and WebKit
 * has its one window, but bringing the page to the front is harmless there too.
 */
function focusWindowCommand() {
  return {
    name: 'focus-window',
    async executeCommand({ command, session }) {
      if (command !== 'focus-window') return undefined;
      const page = session.browser.getPage?.(session.id);
      if (page) await page.bringToFront();
      return true;
    },
  };
}

/**
 * The test server on 127.0.0.1 only. @web/dev-server listens on every interface when its hostname
 * is localhost or 127.0.0.1 (it passes no host then); this listens again on the loopback address
 * before any browser starts.
 */
function loopbackOnly() {
  return {
    name: 'loopback-only',
    async serverStart({ server, config }) {
      if (!server || server.address()?.address === '127.0.0.1') return;
      await new Promise((resolve) => server.close(resolve));
      await new Promise((resolve, reject) => server.once('error', reject).listen({ port: config.port, host: '127.0.0.1' }, resolve));
    },
  };
}

/**
 * The library's one import() of a computed path (src/internal/messages.ts: `messages/<code>.js`,
 * a language's words) names the module as built; in src/ it is a .ts file, which the esbuild
 * plugin serves for the static imports it can rewrite, not for a path made at run time. A
 * language without a module stays a 404, as on the CDN.
 */
function wordsFromSource() {
  return (ctx, next) => {
    const source = /^\/src\/internal\/messages\/[a-z]{2}\.js$/.test(ctx.path) && ctx.path.replace(/\.js$/, '.ts');
    if (source && existsSync(`.${source}`)) ctx.path = source;
    return next();
  };
}

/**
 * Start-up time on a busy machine. @web/test-runner's defaults (browserStartTimeout 30 s to launch
 * the browser and load the test page, testsStartTimeout 20 s from then until the page's tests
 * report that they started) fail a file whose browser is merely slow to start while every core is
 * busy. Both clocks start when a file's page is opened, not while it waits in the queue.
 * Firefox and WebKit override these with more time in their configs.
 */
export const START_TIMEOUTS = { browserStartTimeout: 60000, testsStartTimeout: 60000 };

/**
 * scripts/test-browsers.mjs runs wtr once per engine and reruns only the files whose browser or
 * page never started. So that it can tell such a file from one that failed, it reads what this
 * reporter writes: for each test file its errors and its test counts (NEWS_WIDGETS_WTR_RESULTS is
 * the path to write, set by the script; without it nothing is written).
 */
function resultsFileReporter() {
  const path = process.env.NEWS_WIDGETS_WTR_RESULTS;
  const count = (suite, counts) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) counts.skipped += 1;
      else if (test.passed) counts.passed += 1;
      else counts.failed += 1;
    }
    for (const child of suite?.suites ?? []) count(child, counts);
    return counts;
  };
  const write = (sessions) => {
    if (!path) return;
    const files = sessions.map((session) => ({
      testFile: relative(process.cwd(), session.testFile),
      browser: session.browser?.name,
      status: session.status,
      passed: session.passed === true,
      hasTestResults: Boolean(session.testResults),
      tests: count(session.testResults, { passed: 0, failed: 0, skipped: 0 }),
      errors: (session.errors ?? []).map((error) => String(error?.message ?? error)),
    }));
    writeFileSync(path, JSON.stringify({ files }, null, 2));
  };
  return {
    onTestRunFinished: ({ sessions }) => write(sessions),
    stop: ({ sessions }) => write(sessions),
  };
}

/** The prefix on an error thrown while launching the browser or opening a file's test page. */
export const BROWSER_START_FAILED = 'Browser did not start';

/**
 * Marks an error thrown while the browser launches or opens a test file's page (before any test
 * code runs) so that scripts/test-browsers.mjs can tell it apart from a test's own failure.
 *
 * Only for the runner's own test (test/embedding/test-runner.test.mjs): with
 * NEWS_WIDGETS_SIMULATE_START_FAILURE=n, attempts 1..n of scripts/test-browsers.mjs
 * (NEWS_WIDGETS_WTR_ATTEMPT) open about:blank instead of the test page, so the tests never start
 * and wtr reports "Browser tests did not start after 3000ms", as a slow browser does for real.
 */
export function markStartFailures(launcher) {
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    try {
      return await startSession(id, simulatingStartFailure ? 'about:blank' : url);
    } catch (error) {
      if (error instanceof Error && !error.message.startsWith(BROWSER_START_FAILED)) {
        error.message = `${BROWSER_START_FAILED}: ${error.message}`;
      }
      throw error;
    }
  };
  return launcher;
}

const simulatingStartFailure =
  Number(process.env.NEWS_WIDGETS_WTR_ATTEMPT || 1) <= Number(process.env.NEWS_WIDGETS_SIMULATE_START_FAILURE || 0);

/** The start timeouts to use: an engine's own, or a short one while a start failure is simulated. */
export const startTimeouts = (timeouts) => (simulatingStartFailure ? { ...timeouts, testsStartTimeout: 3000 } : timeouts);

export default {
  files: ['test/**/*.test.ts'],
  port,
  nodeResolve: true,
  middleware: [wordsFromSource(), testApi(), faultApi(), realworldCorpus(), ssrApi()],
  concurrency: 2,
  ...startTimeouts(START_TIMEOUTS),
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), resultsFileReporter()],
  // Standard decorators and modern syntax must be lowered to what Chromium parses (not 'auto').
  plugins: [frameworkBundles(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), focusWindowCommand(), loopbackOnly()],
  browsers: [
    markStartFailures(chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, `--user-data-dir=${freshProfile()}`],
      },
      // Each test file in its own browser context (its own window): a second page in a shared
      // window is a hidden background tab, where focus, lazy images, requestAnimationFrame and
      // IntersectionObserver never run.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    })),
  ],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
