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
 * Serves `root` on 127.0.0.1 only, on `port` (a free one by default). `pages` maps paths to
 * generated HTML, `aliases` paths to other paths, `redirects` paths to where they send the browser;
 * `headers` are added to every answer (a function gets the path). Nothing whose path has a part
 * starting with a dot (.git, .env, …) is served, unless `dotfiles` (the bench's own .build folder).
 * Resolves to {url, close}.
 */
export function serveStatic(root, { headers = {}, pages = {}, aliases = {}, redirects = {}, port = 0, dotfiles = false } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let asked;
    try {
      asked = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (redirects[asked]) {
      res.writeHead(302, { Location: redirects[asked] }).end();
      return;
    }
    if (!dotfiles && asked.split(/[\\/]/).some((part) => part.startsWith('.') && part !== '.')) {
      res.writeHead(404).end('not found');
      return;
    }
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
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address();
      // Closing ends kept-alive connections too (a browser left open must not hold the server).
      done({ url: `http://127.0.0.1:${bound}`, close: () => new Promise((r) => (server.close(r), server.closeAllConnections())) });
    });
  });
}
