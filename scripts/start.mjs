// `npm start`: the main job for a newcomer. Builds the library, then serves side by side
//   - Storybook (every component and state, on the seed article) at http://127.0.0.1:6006
//   - the example publisher page (script tag only) at http://127.0.0.1:8000
// Ctrl-C stops both.
import { spawn } from 'node:child_process';

const run = (command, args, env = {}) =>
  spawn(command, args, { stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', ...env } });

const children = [
  run('npx', ['storybook', 'dev', '--ci', '--port', process.env.STORYBOOK_PORT ?? '6006', '--host', '127.0.0.1', '--no-open']),
  run('npx', ['wds', '--config', 'web-dev-server.config.mjs']),
];

console.log(`
  Storybook (components, states, the seed article page): http://127.0.0.1:${process.env.STORYBOOK_PORT ?? '6006'}
  Example publisher page (script tag only):              http://127.0.0.1:${process.env.PORT ?? '8010'}
`);

const stop = () => children.forEach((child) => child.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => code && code !== 143 && (stop(), process.exit(code)));
