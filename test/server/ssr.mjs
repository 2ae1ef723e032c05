// Test-only endpoints for the server-rendering tests (test/ssr/): the built renderer
// (dist/ssr, what `news-widgets render` runs) in a worker thread — its DOM shim stays out of the
// test server — pages made of its fragments, and the built CDN bundle behind a gate the test opens
// file by file, so each step of a pick-up can be looked at before the next file arrives.
//   POST /ssr/render          {widget, data | file, options} → renderWidget's {html, ok, errors, warnings};
//                             `file` is a fixture name; options.xml: parse RSS/Atom with @xmldom/xmldom
//   POST /ssr/page            an HTML document (the body) → {url} where it is served, once stored
//   GET  /ssr/page/<id>       that document
//   GET  /ssr/gate/<key>/<f>  dist/cdn/<f> (or messages/<f>), answered once the test opens <f> for <key> (or `*`);
//                             requests are listed (and the list returned) by GET /ssr/gate/<key>/
//   POST /ssr/open?key=K&file=F   opens F (a file name, or * for every file) for K
// Every answer carries Cache-Control: no-store.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER = `
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
const { renderWidget } = await import(process.cwd() + '/dist/ssr/index.js');
const { DOMParser } = await import('@xmldom/xmldom');
parentPort.on('message', async ({ id, widget, data, file, options = {} }) => {
  try {
    const input = file ? readFileSync('test/fixtures/' + file.replace(/[^\\w.-]/g, ''), 'utf8') : data;
    const value = file && file.endsWith('.json') ? JSON.parse(input) : input;
    const { xml, ...rest } = options;
    parentPort.postMessage({ id, result: await renderWidget(widget, value, xml ? { ...rest, xmlParser: new DOMParser() } : rest) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error) });
  }
});
`;

let worker;
let next = 0;
const waiting = new Map();

function render(request) {
  if (!worker) {
    worker = new Worker(WORKER, { eval: true, type: 'module' });
    worker.unref();
    worker.on('message', ({ id, result, error }) => {
      const settle = waiting.get(id);
      waiting.delete(id);
      if (error) settle?.reject(new Error(error));
      else settle?.resolve(result);
    });
  }
  const id = ++next;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, ...request });
  });
}

const pages = new Map();
/** key → {open: Set of file names, requested: file names in order, release: waiting answers} */
const gates = new Map();

function gate(key) {
  let entry = gates.get(key);
  if (!entry) gates.set(key, (entry = { open: new Set(), requested: [], release: new Set() }));
  return entry;
}

async function body(ctx) {
  const chunks = [];
  for await (const chunk of ctx.req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

export function ssrApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/ssr/')) return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path === '/ssr/render' && ctx.method === 'POST') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(await render(JSON.parse(await body(ctx))));
      return;
    }
    if (ctx.path === '/ssr/page' && ctx.method === 'POST') {
      const id = String(pages.size + 1);
      pages.set(id, await body(ctx));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ url: `/ssr/page/${id}` });
      return;
    }
    const page = /^\/ssr\/page\/(\d+)$/.exec(ctx.path);
    if (page) {
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = pages.get(page[1]) ?? '';
      return;
    }
    if (ctx.path === '/ssr/open' && ctx.method === 'POST') {
      const entry = gate(String(ctx.query.key));
      entry.open.add(String(ctx.query.file));
      for (const release of entry.release) release();
      ctx.body = 'ok';
      return;
    }
    // A file of dist/cdn/, or a language's words in dist/cdn/messages/.
    const gated = /^\/ssr\/gate\/([\w-]+)\/((?:messages\/)?[\w.-]*)$/.exec(ctx.path);
    if (gated) {
      const [, key, file] = gated;
      const entry = gate(key);
      if (!file) {
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(entry.requested);
        return;
      }
      entry.requested.push(file);
      const isOpen = () => entry.open.has('*') || entry.open.has(file);
      const socket = ctx.req.socket;
      while (!isOpen()) {
        await new Promise((resolve) => {
          const done = () => {
            entry.release.delete(done);
            socket.off('close', done);
            resolve();
          };
          entry.release.add(done);
          // A browser that left (the test ended) stops waiting.
          socket.once('close', done);
        });
        if (socket.destroyed) {
          ctx.status = 204;
          return;
        }
      }
      try {
        // Each part of the path as a plain file name: nothing outside dist/cdn.
        ctx.body = await readFile(join('dist/cdn', ...file.split('/').map((part) => part.replace(/[^\w.-]/g, '').replace(/^\.+/, ''))));
        ctx.type = 'text/javascript; charset=utf-8';
      } catch {
        ctx.status = 404;
      }
      return;
    }
    return next();
  };
}
