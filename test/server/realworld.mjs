// Serves the real-world corpus (../shared/realworld beside the repository, or REALWORLD_DIR) to
// the browser tests, read in place: it is never copied into the repository.
//   GET /realworld/            {"dir": "...", "present": true|false}
//   GET /realworld/<file>      the file as stored (cases.json, articles/…, feeds/…, rss/…), served as
//                              application/json, application/rss+xml or application/atom+xml
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

export const REALWORLD_DIR = resolve(process.env.REALWORLD_DIR ?? '../shared/realworld');

export function realworldCorpus() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/realworld/')) return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path === '/realworld/') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ dir: REALWORLD_DIR, present: existsSync(resolve(REALWORLD_DIR, 'cases.json')) });
      return;
    }
    const file = resolve(REALWORLD_DIR, decodeURIComponent(ctx.path.slice('/realworld/'.length)));
    if (!file.startsWith(REALWORLD_DIR + sep)) {
      ctx.status = 403;
      return;
    }
    try {
      ctx.body = await readFile(file);
      // As publishers serve them, so an element can be pointed at a file with `src`.
      ctx.type = file.endsWith('.rss') ? 'application/rss+xml' : file.endsWith('.atom') ? 'application/atom+xml' : file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
    } catch {
      ctx.status = 404;
    }
  };
}
