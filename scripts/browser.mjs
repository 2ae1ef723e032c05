// One place for launching the test browsers outside @web/test-runner (isolation suite, story check,
// benchmarks): Debian's Chromium and Firefox ESR, headless, with the flags and prefs this
// closed-network machine needs, and WebKitGTK through WebKitWebDriver (scripts/engines/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
  // Test files run in parallel pages: none may be throttled or treated as hidden.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Firefox prefs for a closed network and for pages that must not be throttled in the background. */
export const FIREFOX_PREFS = {
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
};

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** A fresh, throwaway profile directory for one browser run. */
export function freshProfile(engine = 'chromium') {
  return mkdtempSync(join(tmpdir(), `news-widgets-${engine}-`));
}

export async function launchChromium() {
  const profile = freshProfile();
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    rmSync(profile, { recursive: true, force: true });
  };
  return browser;
}

/** Firefox ESR, headless, over WebDriver BiDi (puppeteer-core; nothing is downloaded). */
export async function launchFirefox() {
  const profile = freshProfile('firefox');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: FIREFOX_PREFS,
  });
  const close = browser.close.bind(browser);
  browser.close = async () => {
    await close();
    rmSync(profile, { recursive: true, force: true });
  };
  return browser;
}

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/**
 * The browser for `engine`. Chromium and Firefox are puppeteer Browsers; WebKit is
 * scripts/engines/webdriver-page.mjs's small stand-in (newPage() with goto, setViewport,
 * evaluate, waitForFunction, $().screenshot(), close).
 */
export async function launchBrowser(engine, options = {}) {
  if (engine === 'chromium') return launchChromium();
  if (engine === 'firefox') return launchFirefox();
  if (engine === 'webkit') {
    const { launchWebKit } = await import('./engines/webdriver-page.mjs');
    return launchWebKit(options.webkit);
  }
  throw new Error(`unknown engine ${engine} (one of ${ENGINES.join(', ')})`);
}
