// Test-only HTTP endpoints served by @web/test-runner's dev server (127.0.0.1), for `src` tests:
//   /api/feed?...    answers JSON with controllable status, delay, headers and validators.
// Query parameters: file=<fixture name> | body=<raw text>; status=<code>; delay=<ms>;
//   type=<content-type>; etag=<value> (answers 304 to a matching If-None-Match; `auto` derives it
//   from the body); maxage=<s>; lastmod=1 (a fixed Last-Modified, 304 to a matching
//   If-Modified-Since); take=<n> (first n items of the file's `items`); reverse=1 (items reversed);
//   big=<bytes> (a valid JSON body of that many bytes); chunked=1 (streamed, no Content-Length);
//   stall=<ms> (sends the first bytes of the body, then waits before the rest).
// Requests are counted per `key` (GET /api/count?key=… returns {count, conditional, aborted, times}
//   where `times` are the arrival times in ms since the key's first request and `aborted` counts
//   requests the client gave up before the answer was complete).
// GET /api/redirect?to=<path> answers 302 to that same-origin path.
// GET /api/set?key=K&<feed parameters> makes later /api/feed requests with that key answer as if
//   those parameters were in their query (it replaces earlier overrides; no parameters clears them).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';

const counts = new Map();
const overrides = new Map();
const LAST_MODIFIED = 'Thu, 11 Jul 2024 08:15:00 GMT';

const one = (value) => (Array.isArray(value) ? value[value.length - 1] : value);

async function bodyFor(q) {
  if (q.big) {
    const size = Number(q.big);
    const head = '{"items":[],"pad":"';
    const tail = '"}';
    return Buffer.from(head + 'x'.repeat(Math.max(0, size - head.length - tail.length)) + tail);
  }
  if (!q.file) return Buffer.from(q.body ?? '');
  const raw = await readFile(join('test/fixtures', String(q.file).replace(/[^\w.-]/g, '')));
  if (!q.take && !q.reverse) return raw;
  const json = JSON.parse(raw.toString('utf8'));
  let items = Array.isArray(json.items) ? json.items : [];
  if (q.take) items = items.slice(0, Number(q.take));
  if (q.reverse) items = [...items].reverse();
  return Buffer.from(JSON.stringify({ ...json, items }));
}

export function testApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/')) return next();
    const query = Object.fromEntries(Object.entries(ctx.query).map(([k, v]) => [k, one(v)]));
    if (ctx.path === '/api/count') {
      const entry = counts.get(query.key) ?? { count: 0, conditional: 0, aborted: 0, times: [] };
      const first = entry.times[0] ?? 0;
      ctx.type = 'application/json';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = JSON.stringify({ ...entry, times: entry.times.map((t) => t - first) });
      return;
    }
    if (ctx.path === '/api/redirect') {
      // Same-origin paths only.
      ctx.set('Cache-Control', 'no-store');
      ctx.redirect(String(query.to ?? '/').replace(/^(?!\/)|^\/\//, '/'));
      return;
    }
    if (ctx.path === '/api/set') {
      const { key, ...rest } = query;
      if (Object.keys(rest).length) overrides.set(key ?? '', rest);
      else overrides.delete(key ?? '');
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 204;
      return;
    }
    const key = query.key ?? '';
    const q = { ...query, ...(overrides.get(key) ?? {}) };
    const entry = counts.get(key) ?? { count: 0, conditional: 0, aborted: 0, times: [] };
    entry.count++;
    entry.times.push(Date.now());
    if (ctx.get('if-none-match') || ctx.get('if-modified-since')) entry.conditional++;
    counts.set(key, entry);
    ctx.res.on('close', () => {
      if (!ctx.res.writableFinished) entry.aborted++;
    });
    if (q.delay) await new Promise((r) => setTimeout(r, Number(q.delay)));
    const body = await bodyFor(q);
    const etag = q.etag === 'auto' ? createHash('sha1').update(body).digest('hex').slice(0, 16) : q.etag;
    if (etag) ctx.set('ETag', `"${etag}"`);
    if (q.lastmod) ctx.set('Last-Modified', LAST_MODIFIED);
    ctx.set('Cache-Control', q.maxage ? `max-age=${q.maxage}` : 'no-cache');
    const status = Number(q.status ?? 200);
    if (
      status === 200 &&
      ((etag && ctx.get('if-none-match') === `"${etag}"`) || (q.lastmod && !ctx.get('if-none-match') && ctx.get('if-modified-since') === LAST_MODIFIED))
    ) {
      ctx.status = 304;
      return;
    }
    ctx.status = status;
    ctx.type = q.type ?? 'application/json';
    if (!q.chunked && !q.stall) {
      ctx.body = body;
      return;
    }
    // Streamed: no Content-Length, so only the reader's own count can enforce the size cap.
    const stream = new PassThrough();
    ctx.body = stream;
    ctx.remove('Content-Length');
    (async () => {
      const cut = q.stall ? Math.min(8, body.length) : body.length;
      const step = 64 * 1024;
      for (let i = 0; i < cut; i += step) stream.write(body.subarray(i, Math.min(cut, i + step)));
      if (q.stall) await new Promise((r) => setTimeout(r, Number(q.stall)));
      if (!stream.destroyed) stream.end(body.subarray(cut));
    })();
  };
}
