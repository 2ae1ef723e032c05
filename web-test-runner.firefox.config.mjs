// The whole browser suite in Firefox ESR from Debian (`apt-get install firefox-esr`), headless,
// driven by puppeteer-core over WebDriver BiDi. Nothing is downloaded.
//   npx wtr --config web-test-runner.firefox.config.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import base from './web-test-runner.config.mjs';

const executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
// A throwaway profile for this run, removed when wtr exits.
const profile = mkdtempSync(join(tmpdir(), 'news-widgets-firefox-'));
process.on('exit', () => rmSync(profile, { recursive: true, force: true }));

export default {
  ...base,
  browsers: [
    // @web/test-runner-puppeteer's puppeteerLauncher is this same ChromeLauncher with the full
    // `puppeteer` package (whose install downloads browsers); puppeteer-core does the same BiDi
    // launch of an installed Firefox.
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath,
        headless: true,
        userDataDir: profile,
        extraPrefsFirefox: {
          // A closed network: no update, telemetry or remote-settings traffic.
          'app.update.enabled': false,
          'network.captive-portal-service.enabled': false,
          'network.connectivity-service.enabled': false,
          'datareporting.policy.dataSubmissionEnabled': false,
          'toolkit.telemetry.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
          // Test files run side by side in windows: none may be throttled as in the background.
          'dom.min_background_timeout_value': 4,
          'dom.timeout.enable_budget_timer_throttling': false,
          'widget.windows.window_occlusion_tracking.enabled': false,
        },
      },
      // Each test file in its own browser context and its own window, as in Chromium: a new tab in
      // Firefox's one window would be a hidden background tab (document.visibilityState 'hidden').
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
    }),
  ],
};
