// `npm start`: the main job for a newcomer. Builds the library, then serves side by side, on
// 127.0.0.1 only:
//   - Storybook (every component and state, on the seed article) at http://127.0.0.1:6006
//   - the example publisher pages (script tag only, and server-rendered) at http://127.0.0.1:8010
// Ctrl-C or SIGTERM stops both. `--no-build` skips the build (dist/ and build/ must exist).
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EXAMPLE_DATA } from '../docs/examples/data-routes.mjs';
import { serveStatic } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const storybookPort = Number(process.env.STORYBOOK_PORT ?? 6006);
const port = Number(process.env.PORT ?? 8010);

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The example pages: the repository's files as a publisher's server would send them (nothing
// under a dot folder such as .git), the publisher endpoints answered from the fixtures.
const examples = await serveStatic(root, { aliases: EXAMPLE_DATA, redirects: { '/': '/docs/examples/index.html' }, port });

// Storybook in a process group of its own, so that stopping it stops everything it started.
const storybook = spawn(
  process.execPath,
  [`${root}node_modules/storybook/dist/bin/dispatcher.js`, 'dev', '--ci', '--port', String(storybookPort), '--host', '127.0.0.1', '--no-open'],
  { cwd: root, stdio: 'inherit', detached: true, env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } },
);

console.log(`
  Storybook (components, states, the seed article page): http://127.0.0.1:${storybookPort}
  Example publisher pages (script tag only):             ${examples.url}/
  The same page server-rendered:                         ${examples.url}/docs/examples/server-rendered.html
`);

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  try {
    process.kill(-storybook.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  await examples.close();
  process.exit(code);
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
storybook.on('exit', (code) => stop(code && code !== 143 ? code : 0));
