// WebKitGTK for checks outside @web/test-runner (the isolation suite): a W3C WebDriver session on
// WebKitWebDriver (scripts/engines/webkitgtk.mjs starts it, with Xvfb), spoken to with plain
// fetch, and a page object with the few puppeteer Page methods those checks use: goto,
// setViewport, evaluate, waitForFunction, $(selector).screenshot() and close.
// WebKitWebDriver allows one session, i.e. one window: newPage() hands out that window, one
// page at a time.
import { startWebKitGTK, stopWebKitGTK } from './webkitgtk.mjs';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class WebDriverError extends Error {}

async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (!response.ok || (value && value.error)) {
    throw new WebDriverError(`WebDriver ${method} ${path}: ${value?.error ?? response.status}: ${value?.message ?? ''}`);
  }
  return value;
}

/** Runs `fn(...args)` (an async function's source is fine) in the page and resolves to its result. */
const ASYNC_WRAPPER = `
  const done = arguments[arguments.length - 1];
  const [source, args] = [arguments[0], arguments[1]];
  Promise.resolve()
    .then(() => (0, eval)('(' + source + ')')(...args))
    .then((value) => done({ ok: true, value: value === undefined ? null : value }), (error) => done({ ok: false, error: String(error && error.stack || error) }));
`;

class WebDriverPage {
  #session;

  constructor(session) {
    this.#session = session;
  }

  #cmd(method, path, body) {
    return this.#session.cmd(method, path, body);
  }

  /** Sets the window so the page's viewport (window.innerWidth/innerHeight) is width × height. */
  async setViewport({ width, height }) {
    let rect = { width, height };
    for (let round = 0; round < 3; round++) {
      await this.#cmd('POST', '/window/rect', rect);
      const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] === width && inner[1] === height) return;
      rect = { width: rect.width + width - inner[0], height: rect.height + height - inner[1] };
    }
    const inner = await this.evaluate(() => [window.innerWidth, window.innerHeight]);
    throw new WebDriverError(`could not size the viewport to ${width}×${height} (it is ${inner.join('×')})`);
  }

  async goto(url) {
    await this.#cmd('POST', '/url', { url });
  }

  async evaluate(fn, ...args) {
    const result = await this.#cmd('POST', '/execute/async', { script: ASYNC_WRAPPER, args: [String(fn), args] });
    if (!result.ok) throw new WebDriverError(`evaluation failed in WebKit: ${result.error}`);
    return result.value;
  }

  async waitForFunction(fn, { timeout = 30000, polling = 100 } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      if (await this.evaluate(fn)) return;
      if (Date.now() > end) throw new WebDriverError(`waiting for ${String(fn).slice(0, 80)}… timed out after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, polling));
    }
  }

  /** The first element matching `selector`, with puppeteer's `screenshot()` (a PNG Buffer). */
  async $(selector) {
    const found = await this.#cmd('POST', '/element', { using: 'css selector', value: selector });
    const id = found[ELEMENT];
    return {
      screenshot: async () => {
        // WebKitWebDriver takes a screenshot after the page's next paint. Under Xvfb without
        // compositing, a page that has stopped changing in a window 1100 × 1300 or larger is not
        // painted again, and the command never answers. A 1 × 1 px fixed box in the viewport's
        // bottom-right corner, recoloured every animation frame, keeps paints coming; it lies
        // outside every element shot (the isolation widgets end at x = 1000 of 1100).
        await this.evaluate(() => {
          const dot = document.createElement('div');
          dot.style.cssText = 'position: fixed; right: 0; bottom: 0; width: 1px; height: 1px; pointer-events: none';
          document.documentElement.append(dot);
          let frame = 0;
          const paint = () => {
            dot.style.background = frame++ % 2 ? '#fff' : '#fefefe';
            window.__webdriverRepaint = requestAnimationFrame(paint);
          };
          paint();
          window.__webdriverRepaintDot = dot;
        });
        try {
          return Buffer.from(await this.#cmd('GET', `/element/${id}/screenshot`), 'base64');
        } finally {
          await this.evaluate(() => {
            cancelAnimationFrame(window.__webdriverRepaint);
            window.__webdriverRepaintDot.remove();
          });
        }
      },
    };
  }

  async close() {
    await this.#cmd('POST', '/url', { url: 'about:blank' });
    this.#session.release(this);
  }
}

/**
 * Starts Xvfb (of `screen` size, e.g. '1400x1800x24'), WebKitWebDriver and a MiniBrowser session.
 * Resolves to a browser with newPage() (the session's one window) and close().
 */
export async function launchWebKit({ screen } = {}) {
  const options = await startWebKitGTK({ screen });
  const base = `http://${options.hostname}:${options.port}`;
  const { 'wdio:enforceWebDriverClassic': _classic, ...alwaysMatch } = options.capabilities;
  const created = await command(base, 'POST', '/session', { capabilities: { alwaysMatch } });
  const sessionBase = `${base}/session/${created.sessionId}`;
  let open = null;
  const session = {
    cmd: (method, path, body) => command(sessionBase, method, path, body),
    release: (page) => {
      if (open === page) open = null;
    },
  };
  await session.cmd('POST', '/timeouts', { script: 60000, pageLoad: 60000 });
  return {
    version: () => created.capabilities?.browserVersion ?? 'unknown',
    async newPage() {
      if (open) throw new WebDriverError('WebKitWebDriver has one window: close the open page first');
      open = new WebDriverPage(session);
      return open;
    },
    async close() {
      try {
        await command(base, 'DELETE', `/session/${created.sessionId}`);
      } finally {
        stopWebKitGTK();
      }
    },
  };
}
