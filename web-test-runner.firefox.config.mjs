// The whole browser suite in Firefox ESR from Debian (`apt-get install firefox-esr`), headless,
// driven by puppeteer-core over WebDriver BiDi. Nothing is downloaded.
//   npx wtr --config web-test-runner.firefox.config.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { FIREFOX_PATH, FIREFOX_PREFS } from './scripts/browser.mjs';
import base, { markStartFailures, startTimeouts } from './web-test-runner.config.mjs';

// A throwaway profile for this run, removed when wtr exits.
const profile = mkdtempSync(join(tmpdir(), 'news-widgets-firefox-'));
process.on('exit', () => rmSync(profile, { recursive: true, force: true }));

export default {
  ...base,
  // Firefox over WebDriver BiDi takes longest of the three to launch and to open a window while
  // every core is busy (see START_TIMEOUTS in the base config).
  ...startTimeouts({ browserStartTimeout: 120000, testsStartTimeout: 120000 }),
  browsers: [
    // @web/test-runner-puppeteer's puppeteerLauncher is this same ChromeLauncher with the full
    // `puppeteer` package (whose install downloads browsers); puppeteer-core does the same BiDi
    // launch of an installed Firefox.
    markStartFailures(chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
        userDataDir: profile,
        extraPrefsFirefox: FIREFOX_PREFS,
      },
      // Each test file in its own browser context and its own window, as in Chromium: a new tab in
      // Firefox's one window would be a hidden background tab (document.visibilityState 'hidden').
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
    })),
  ],
};
