// What the bench needs built: dist/ (through `npm run build` when it is missing), the peers
// bundled by esbuild into bench/.build/, and the library's stylesheets for the floor.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';

export const BUILD = 'bench/.build';

/**
 * Extra node_modules folders to resolve the peers from, for trying the bench before its
 * devDependencies are in package.json (`BENCH_NODE_PATH=/some/prefix/node_modules`).
 */
const nodePaths = (process.env.BENCH_NODE_PATH ?? '').split(':').filter(Boolean);
const require = createRequire(join(process.cwd(), 'package.json'));

/** Resolves a package file the way the bundles will (project first, then BENCH_NODE_PATH). */
export function resolvePackageFile(specifier) {
  return require.resolve(specifier, { paths: [process.cwd(), ...nodePaths] });
}

/** The peers' packages, with their installed versions; throws a clear message when one is missing. */
export function peerVersions() {
  const versions = {};
  for (const name of ['lit', 'date-fns', '@shoelace-style/shoelace', 'react', 'react-dom']) {
    const file = ['node_modules', ...nodePaths].map((base) => join(base, name, 'package.json')).find((f) => existsSync(f));
    if (!file) throw new Error(`bench: the package ${name} is not installed; run \`npm install\` (the peers are devDependencies).`);
    versions[name] = JSON.parse(readFileSync(file, 'utf8')).version;
  }
  return versions;
}

export function ensureDist() {
  const needed = ['dist/index.js', 'dist/cdn/news-widgets.js', 'dist/cdn/news-widgets.iife.js'];
  if (needed.every((file) => existsSync(file))) return false;
  console.log('bench: dist/ is missing, running `npm run build`…');
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('bench: `npm run build` failed');
  return true;
}

/** Options every bundle shares: what a production app build does. */
const common = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  platform: 'browser',
  conditions: ['production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'error',
  nodePaths,
  absWorkingDir: process.cwd(),
};

/**
 * One bundle per entry, code-split so that `import()`-only code lands in its own chunks (counted
 * apart as on-demand, as the size check does for the CDN bundle). `entry` is a file, or
 * `{ contents }`: source written to bench/.build/entries/ first. Returns the entry file written.
 */
export async function bundle(name, entry) {
  const outdir = join(BUILD, 'bytes', name);
  rmSync(outdir, { recursive: true, force: true });
  const file = typeof entry === 'string' ? entry : writeBuild(`entries/${name}.js`, entry.contents);
  await esbuild.build({
    ...common,
    entryPoints: { [name]: file },
    outdir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
  });
  return join(outdir, `${name}.js`);
}

/** The page bundles for the peers (what the render runs load). */
export async function buildPeers() {
  mkdirSync(BUILD, { recursive: true });
  await esbuild.build({ ...common, entryPoints: { react: 'bench/peers/react-card.jsx' }, outdir: BUILD, jsx: 'automatic' });
  await esbuild.build({ ...common, entryPoints: { shoelace: 'bench/peers/shoelace.js' }, outdir: BUILD });
  await esbuild.build({
    ...common,
    entryPoints: { 'shoelace-light': resolvePackageFile('@shoelace-style/shoelace/dist/themes/light.css') },
    outdir: BUILD,
    format: undefined,
  });
}

/** A static file under bench/.build (JSON for the src-loaded publisher page, generated pages…). */
export function writeBuild(path, text) {
  const file = join(BUILD, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

export function copyToBuild(from, path) {
  const file = join(BUILD, path);
  mkdirSync(dirname(file), { recursive: true });
  copyFileSync(from, file);
  return file;
}
