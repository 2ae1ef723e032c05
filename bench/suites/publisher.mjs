// 4. The publisher page in a fresh tab (no cache): time from navigation start until every widget
// has rendered and the page is laid out, and the layout shifts seen until the images in view
// have loaded and two frames have passed.
import { inPage } from '../lib/pages.mjs';

export function publisherRun(browser, url, { server = false } = {}) {
  return inPage(
    browser,
    url,
    (page) =>
      page.evaluate(async () => {
        const roots = [];
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            if (el.shadowRoot) {
              roots.push(el.shadowRoot);
              walk(el.shadowRoot);
            }
          }
        };
        walk(document);
        const images = [document, ...roots]
          .flatMap((r) => [...r.querySelectorAll('img')])
          .filter((img) => img.getBoundingClientRect().top < innerHeight);
        await Promise.all(
          images.map(
            (img) =>
              img.complete ||
              new Promise((resolve) => {
                img.addEventListener('load', resolve, { once: true });
                img.addEventListener('error', resolve, { once: true });
                setTimeout(resolve, 3000);
              }),
          ),
        );
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100))));
        const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        return {
          ms: window.__rendered,
          pickedUp: window.__pickedUp,
          cls: window.__shifts.reduce((sum, s) => sum + s.value, 0),
          shifts: window.__shifts,
          fcp,
          states: window.__states,
          shadowRoots: roots.length,
        };
      }),
    // A server-rendered page is measured until the bundle has taken it over: a shift then counts too.
    { ready: server ? 'window.__pickedUp !== undefined' : 'window.__rendered !== undefined' },
  );
}

/**
 * The floor page: the inline page as rendered, serialized with declarative shadow DOM (each
 * shadow root's stylesheets written into it as a <style>), data scripts and module scripts left out.
 */
export function serializeRendered(browser, url) {
  return inPage(
    browser,
    url,
    (page) =>
      page.evaluate(() => {
        const roots = [];
        const walk = (node) => {
          for (const el of node.querySelectorAll('*')) {
            if (el.shadowRoot) {
              roots.push(el.shadowRoot);
              walk(el.shadowRoot);
            }
          }
        };
        walk(document);
        for (const root of roots) {
          const style = document.createElement('style');
          style.textContent = root.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
          root.prepend(style);
        }
        for (const script of document.body.querySelectorAll('script')) script.remove();
        return document.body.getHTML({ shadowRoots: roots });
      }),
    { ready: 'window.__rendered !== undefined' },
  );
}
