// A minimal static file server on 127.0.0.1 for checks that need built files over HTTP.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.rss': 'application/rss+xml',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves `root` on a free port. `pages` maps paths to generated HTML, `aliases` paths to other
 * paths; `headers` are added to every answer (a function gets the path). Resolves to {url, close}.
 */
export function serveStatic(root, { headers = {}, pages = {}, aliases = {} } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const asked = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    const path = aliases[asked] ?? asked;
    const extra = typeof headers === 'function' ? headers(path) : headers;
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html'], ...extra });
      res.end(pages[path]);
      return;
    }
    let file = join(base, path);
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      statSync(file);
    } catch {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      done({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
