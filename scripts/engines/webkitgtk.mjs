// WebKit for the browser tests: Debian's WebKitGTK (package `webkit2gtk-driver`: WebKitWebDriver,
// which starts WebKitGTK's MiniBrowser in automation mode). MiniBrowser has no headless mode, so
// it draws into a private Xvfb display (package `xvfb`); nothing shows and nothing is downloaded.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer, connect } from 'node:net';

export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';

/** MiniBrowser from the installed WebKitGTK (4.1 on Debian 12; 6.0 on later releases). */
export function miniBrowserPath() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const lib = '/usr/lib/x86_64-linux-gnu';
  const dirs = existsSync(lib) ? readdirSync(lib).filter((d) => /^webkit(2)?gtk-[\d.]+$/.test(d)) : [];
  for (const dir of dirs.sort().reverse()) {
    const candidate = `${lib}/${dir}/MiniBrowser`;
    if (existsSync(candidate)) return candidate;
  }
  throw new Error('WebKitGTK MiniBrowser not found: apt-get install webkit2gtk-driver');
}

/** WebKitGTK's version as MiniBrowser reports it, e.g. "2.50.6". */
export function webkitVersion() {
  try {
    return execFileSync(miniBrowserPath(), ['--version'], { encoding: 'utf8' }).trim().split(/\s+/).pop();
  } catch {
    return 'unknown';
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const waitForPort = async (port, ms = 15000) => {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listens on 127.0.0.1:${port} after ${ms} ms`);
};

const children = [];
const stopAll = () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => (stopAll(), process.exit(130)));

/** Stops the WebKitWebDriver and Xvfb this process started (also done when it exits). */
export const stopWebKitGTK = stopAll;

/** A display for MiniBrowser: the caller's own DISPLAY if WEBKIT_USE_DISPLAY=1, else a new Xvfb. */
async function startDisplay(screen) {
  if (process.env.WEBKIT_USE_DISPLAY === '1' && process.env.DISPLAY) return process.env.DISPLAY;
  // Xvfb picks a free display number itself and writes it to the given file descriptor.
  const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', screen, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  children.push(xvfb);
  const display = await new Promise((resolve, reject) => {
    let out = '';
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(`:${out.trim()}`);
    });
    xvfb.on('error', (e) => reject(new Error(`Xvfb: ${e.message} (apt-get install xvfb)`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
  });
  return display;
}

/**
 * Starts Xvfb (a `screen` of WxHxDepth) and WebKitWebDriver on a free port; resolves to the
 * webdriverio options for @web/test-runner-webdriver's webdriverLauncher.
 */
export async function startWebKitGTK({ screen = '1280x1024x24' } = {}) {
  const display = await startDisplay(screen);
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11', WEBKIT_DISABLE_COMPOSITING_MODE: '1' },
    stdio: ['ignore', 'ignore', process.env.WEBKIT_DRIVER_LOG ? 'inherit' : 'ignore'],
  });
  children.push(driver);
  driver.on('error', (e) => console.error(`WebKitWebDriver: ${e.message} (apt-get install webkit2gtk-driver)`));
  await waitForPort(port);
  return {
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for WebDriver BiDi (`webSocketUrl: true`) by default; WebKitWebDriver
      // 2.50 then answers "Failed to match capabilities". Classic WebDriver is all the launcher uses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': {
        binary: miniBrowserPath(),
        args: ['--automation'],
      },
    },
  };
}
