// Browser tests in headless Chromium from Debian (puppeteer-core; nothing is downloaded).
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, freshProfile } from './scripts/browser.mjs';
import { faultApi } from './test/server/faults.mjs';
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

export default {
  files: ['test/**/*.test.ts'],
  port,
  nodeResolve: true,
  middleware: [testApi(), faultApi(), realworldCorpus(), ssrApi()],
  concurrency: 2,
  testsFinishTimeout: 300000,
  // Standard decorators and modern syntax must be lowered to what Chromium parses (not 'auto').
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), focusWindowCommand(), loopbackOnly()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [...CHROMIUM_ARGS, `--user-data-dir=${freshProfile()}`],
      },
      // Each test file in its own browser context (its own window): a second page in a shared
      // window is a hidden background tab, where focus, lazy images, requestAnimationFrame and
      // IntersectionObserver never run.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8"></head>
      <body><script type="module" src="${testFramework}"></script></body>
    </html>`,
};
