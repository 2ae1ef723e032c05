// `npm start` (scripts/start.mjs, here with --no-build: `npm test` has just built): Storybook and
// the example pages listen on 127.0.0.1 only, the example server sends nothing from dot folders
// (.git), and SIGTERM stops both servers and every process they started.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { after, before, describe, it } from 'node:test';

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Whether something accepts a TCP connection at host:port. */
const accepts = (host, port) =>
  new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** Polls `condition` every 200 ms until it holds, failing with `what` after `timeout` ms. */
async function until(condition, what, timeout = 120_000) {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The machine's own non-loopback addresses (where a server on all interfaces would answer). */
const outward = Object.values(networkInterfaces())
  .flat()
  .filter((a) => a && !a.internal)
  .map((a) => a.address);

describe('npm start', () => {
  let child;
  let ports;
  let exited;

  before(async () => {
    ports = { examples: await freePort(), storybook: await freePort() };
    child = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
      env: { ...process.env, PORT: String(ports.examples), STORYBOOK_PORT: String(ports.storybook) },
      stdio: 'ignore',
    });
    exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    await until(() => accepts('127.0.0.1', ports.examples), 'the example server');
    await until(async () => (await fetch(`http://127.0.0.1:${ports.storybook}/`).catch(() => undefined))?.ok, 'Storybook');
  });

  after(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('serves the example pages and Storybook on 127.0.0.1', async () => {
    const home = await fetch(`http://127.0.0.1:${ports.examples}/`, { redirect: 'manual' });
    assert.equal(home.status, 302);
    assert.equal(home.headers.get('location'), '/docs/examples/index.html');
    for (const page of ['/docs/examples/index.html', '/docs/examples/server-rendered.html', '/articles/nato-summit.json', '/dist/cdn/news-widgets.js']) {
      assert.equal((await fetch(`http://127.0.0.1:${ports.examples}${page}`)).status, 200, page);
    }
    assert.match(await (await fetch(`http://127.0.0.1:${ports.storybook}/`)).text(), /storybook/i);
  });

  it('answers on no other address, IPv6 loopback included', async () => {
    for (const host of [...outward, '::1']) {
      for (const [name, port] of Object.entries(ports)) assert.equal(await accepts(host, port), false, `${name} answers on ${host}:${port}`);
    }
  });

  it('sends nothing from dot folders such as .git', async () => {
    for (const path of ['/.git/HEAD', '/.git/config', '/.ci/run', '/docs/../.git/HEAD', '/%2egit/HEAD']) {
      assert.equal((await fetch(`http://127.0.0.1:${ports.examples}${path}`)).status, 404, path);
    }
  });

  it('stops both servers on SIGTERM', async () => {
    child.kill('SIGTERM');
    const { code } = await exited;
    assert.equal(code, 0);
    await until(async () => !(await accepts('127.0.0.1', ports.storybook)) && !(await accepts('127.0.0.1', ports.examples)), 'both ports to close', 20_000);
  });
});
