// Test-only endpoints for the hardening tests: servers that fail in the ways real ones do.
// Mounted by web-test-runner.config.mjs (`middleware: [testApi(), faultApi()]`); serves /faults/….
//
//   /faults/loop?key=K              302 to itself, forever (the browser gives up after 20 hops).
//   /faults/hang?key=K&ms=N         answers nothing for N ms (default 60 s) or until the client leaves.
//   /faults/drip?key=K&every=MS&bytes=N
//                                   200 application/json, then a valid JSON body one byte every MS ms
//                                   (default 100 ms) — a trickle that never quite finishes in time.
//   /faults/big?key=K&bytes=N&chunked=1&stall=S
//                                   a valid JSON body of N bytes (default 5 MiB); with Content-Length,
//                                   or streamed without one (chunked=1) so only the reader can count.
//                                   stall=S (streamed only): after S bytes, nothing more for 10 s or
//                                   until the client leaves, so "the client left early" does not depend
//                                   on how far ahead the browser's network process reads.
//   /faults/cut?key=K               200 application/json, half a body, then the connection is destroyed.
//   /faults/redirect?to=URL         302 to any URL (another origin, javascript:, data:, …).
//   /faults/body?status=&type=&body= answers exactly that (type= empty: no Content-Type at all).
//   /faults/echo?shape=article|feed|image
//                                   a valid document whose text is the Cookie and Authorization headers
//                                   the request carried ("cookie: none; authorization: none" without).
//   /faults/count?key=K             {count, aborted, finished}: requests seen for K, those the client left
//                                   early, and those whose whole answer was sent.
// Every answer carries Cache-Control: no-store and no CORS headers.

const counts = new Map();

function entryFor(key) {
  let entry = counts.get(key);
  if (!entry) counts.set(key, (entry = { count: 0, aborted: 0, finished: 0 }));
  return entry;
}

const one = (value) => (Array.isArray(value) ? value[value.length - 1] : value);

/** A valid JSON document of exactly `size` bytes (a feed with no items and a long pad). */
function jsonOfSize(size) {
  const head = '{"items":[],"pad":"';
  const tail = '"}';
  return Buffer.from(head + 'x'.repeat(Math.max(0, size - head.length - tail.length)) + tail);
}

export function faultApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/faults/')) return next();
    const q = Object.fromEntries(Object.entries(ctx.query).map(([k, v]) => [k, one(v)]));
    const name = ctx.path.slice('/faults/'.length);
    ctx.set('Cache-Control', 'no-store');

    if (name === 'count') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(counts.get(q.key ?? '') ?? { count: 0, aborted: 0, finished: 0 });
      return;
    }

    const entry = entryFor(q.key ?? '');
    entry.count++;
    ctx.res.on('close', () => {
      if (!ctx.res.writableFinished) entry.aborted++;
    });
    ctx.res.on('finish', () => entry.finished++);

    switch (name) {
      case 'loop': {
        const hop = Number(q.hop ?? 0) + 1;
        ctx.redirect(`/faults/loop?key=${encodeURIComponent(q.key ?? '')}&hop=${hop}`);
        return;
      }
      case 'redirect': {
        ctx.status = 302;
        ctx.set('Location', String(q.to ?? '/'));
        return;
      }
      case 'hang': {
        const ms = Number(q.ms ?? 60_000);
        await new Promise((resolve) => {
          const timer = setTimeout(resolve, ms);
          ctx.req.on('close', () => {
            clearTimeout(timer);
            resolve();
          });
          ctx.res.on('close', () => {
            clearTimeout(timer);
            resolve();
          });
        });
        if (ctx.res.destroyed || ctx.res.writableEnded) {
          ctx.respond = false;
          return;
        }
        ctx.type = 'application/json';
        ctx.body = '{"items":[]}';
        return;
      }
      case 'drip': {
        const every = Number(q.every ?? 100);
        const body = jsonOfSize(Number(q.bytes ?? 2000));
        ctx.respond = false;
        ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        let i = 0;
        await new Promise((resolve) => {
          const timer = setInterval(() => {
            if (ctx.res.destroyed) {
              clearInterval(timer);
              resolve();
              return;
            }
            ctx.res.write(body.subarray(i, i + 1));
            i++;
            if (i >= body.length) {
              clearInterval(timer);
              ctx.res.end();
              resolve();
            }
          }, every);
          ctx.res.on('close', () => {
            clearInterval(timer);
            resolve();
          });
        });
        return;
      }
      case 'big': {
        const body = jsonOfSize(Number(q.bytes ?? 5 * 1024 * 1024));
        ctx.type = 'application/json';
        if (!q.chunked) {
          ctx.body = body;
          return;
        }
        ctx.respond = false;
        ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
        const step = 64 * 1024;
        const closed = new Promise((resolve) => ctx.res.once('close', resolve));
        const stall = q.stall === undefined ? Infinity : Number(q.stall);
        for (let offset = 0; offset < body.length && !ctx.res.destroyed; offset += step) {
          if (offset >= stall && offset - step < stall) {
            let timer;
            await Promise.race([new Promise((resolve) => (timer = setTimeout(resolve, 10_000))), closed]);
            clearTimeout(timer);
            if (ctx.res.destroyed) break;
          }
          if (!ctx.res.write(body.subarray(offset, offset + step))) {
            let onDrain;
            await Promise.race([new Promise((resolve) => ctx.res.once('drain', (onDrain = resolve))), closed]);
            ctx.res.off('drain', onDrain);
          }
        }
        if (!ctx.res.destroyed) ctx.res.end();
        return;
      }
      case 'echo': {
        const seen = `cookie: ${ctx.get('cookie') || 'none'}; authorization: ${ctx.get('authorization') || 'none'}`;
        const article = { url: 'https://news.example/echo', headline: seen, author: [{ name: seen }], datePublished: '2024-07-11T10:15:00+02:00' };
        const image = { url: 'https://news.example/echo.png', caption: seen, creditText: 'Echo' };
        const doc = q.shape === 'feed' ? [article] : q.shape === 'image' ? image : article;
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(doc);
        return;
      }
      case 'cut': {
        ctx.respond = false;
        ctx.res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '400', 'Cache-Control': 'no-store' });
        ctx.res.write('{"items":[{"url":"https://news.example/a","headline":"Half');
        setTimeout(() => ctx.res.destroy(), 50);
        return;
      }
      case 'body': {
        ctx.status = Number(q.status ?? 200);
        const body = Buffer.from(String(q.body ?? ''));
        if (q.type === '') {
          // No Content-Type header at all: Koa would add one for a string or buffer body.
          ctx.respond = false;
          ctx.res.writeHead(ctx.status, { 'Content-Length': String(body.length), 'Cache-Control': 'no-store' });
          ctx.res.end(body);
          return;
        }
        ctx.type = q.type ?? 'application/json';
        ctx.body = body;
        return;
      }
      default:
        ctx.status = 404;
        ctx.body = 'no such fault';
    }
  };
}
