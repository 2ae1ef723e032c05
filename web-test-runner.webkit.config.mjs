// The whole browser suite in WebKit: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver
// (W3C WebDriver, through @web/test-runner-webdriver / webdriverio) inside a private Xvfb display.
// apt-get install webkit2gtk-driver xvfb. Nothing is downloaded.
//   npx wtr --config web-test-runner.webkit.config.mjs
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { startWebKitGTK } from './scripts/engines/webkitgtk.mjs';
import base, { markStartFailures, startTimeouts } from './web-test-runner.config.mjs';

const options = await startWebKitGTK();

export default {
  ...base,
  // WebKitWebDriver allows one session (one MiniBrowser window). With concurrency 1 the launcher
  // loads each test file as the window's page, in turn; above 1 it would run files side by side in
  // iframes of that page, which differ from a top-level page (focus, visibility, viewport).
  concurrency: 1,
  // WebKitWebDriver starts MiniBrowser in Xvfb on the first file, then loads each file's page in
  // that one window; on a busy machine both are slow (the default 20 s testsStartTimeout failed a
  // fresh-clone run), and files wait in turn, so each gets ample time of its own.
  ...startTimeouts({ browserStartTimeout: 180000, testsStartTimeout: 180000 }),
  browsers: [markStartFailures(webdriverLauncher(options))],
};
