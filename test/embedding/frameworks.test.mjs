// Frameworks, from the packed package as an app installs it: `npm pack`'s tarball unpacked into an
// app's node_modules beside the frameworks (linked from this repo's devDependencies). tsc checks
// the typed templates of React, Vue, Svelte and Angular (good code compiles, each wrong line is an
// error) with the package's .d.ts checked too (no skipLibCheck), and a Node HTTP handler renders
// the card through news-widgets/ssr for Chromium to paint with scripts off, then take over.
// The frameworks' runtimes in the browser: test/frameworks/*.test.ts.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/browser.mjs';

const root = resolve('.');
const tsc = join(root, 'node_modules/.bin/tsc');

/** The package's runtime dependencies and theirs, from their package.json files: all an app without any framework has. */
function runtimeDependencies() {
  const seen = new Set();
  const visit = (name) => {
    const manifest = join(root, 'node_modules', name, 'package.json');
    if (seen.has(name) || !existsSync(manifest)) return;
    seen.add(name);
    for (const dep of Object.keys(JSON.parse(readFileSync(manifest, 'utf8')).dependencies ?? {})) visit(dep);
  };
  for (const dep of Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies)) visit(dep);
  return [...seen];
}

let work;
let app;

/** Unpacks `npm pack`'s tarball as node_modules/news-widgets of `dir`, links `deps` beside it. */
function install(dir, tarball, deps) {
  mkdirSync(join(dir, 'node_modules/news-widgets'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(dir, 'node_modules/news-widgets'), '--strip-components=1']);
  for (const name of deps) {
    if (name === 'news-widgets' || name.startsWith('.')) continue;
    const from = join(root, 'node_modules', name);
    if (name.startsWith('@') && !name.includes('/')) {
      for (const inner of readdirSync(from)) {
        mkdirSync(join(dir, 'node_modules', name), { recursive: true });
        symlinkSync(join(from, inner), join(dir, 'node_modules', name, inner), 'dir');
      }
    } else {
      mkdirSync(join(dir, 'node_modules', name, '..'), { recursive: true });
      symlinkSync(from, join(dir, 'node_modules', name), 'dir');
    }
  }
}

/** Runs tsc on `files` in `dir`: its exit status and its diagnostics, one per line. */
function typecheck(dir, files, options = {}) {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'es2022',
        module: 'esnext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        // The package's own .d.ts are checked too.
        skipLibCheck: false,
        // Angular's decorators, as Angular projects compile them.
        experimentalDecorators: true,
        useDefineForClassFields: false,
        lib: ['es2023', 'dom', 'dom.iterable'],
        // Nothing but the imports: no `types` entry is needed for the tags to be typed.
        types: [],
        noEmit: true,
        ...options,
      },
      files,
    }),
  );
  const run = spawnSync(tsc, ['-p', join(dir, 'tsconfig.json'), '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  return { status: run.status, diagnostics: `${run.stdout}${run.stderr}`.trim().split('\n').filter(Boolean) };
}

before(() => {
  work = mkdtempSync(join(tmpdir(), 'news-widgets-frameworks-'));
  const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { encoding: 'utf8' }));
  const tarball = join(work, filename);
  app = join(work, 'app');
  install(app, tarball, readdirSync(join(root, 'node_modules')));
  mkdirSync(join(app, 'src'));
  cpSync('test/frameworks/types', join(app, 'src'), { recursive: true });
  cpSync('test/frameworks/react/FrontPage.tsx', join(app, 'src/FrontPage.tsx'));
  cpSync('test/frameworks/react/CardWithRef.tsx', join(app, 'src/CardWithRef.tsx'));
  cpSync('test/frameworks/angular/front-page.component.ts', join(app, 'src/front-page.component.ts'));
  cpSync('test/frameworks/server/article-page.mjs', join(app, 'src/article-page.mjs'));
  // An app with no framework at all: only the package and its runtime dependencies.
  const plain = join(work, 'plain');
  install(plain, tarball, runtimeDependencies());
});

after(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('framework types, from the packed package', () => {
  it('compiles the typed templates of React, Vue, Svelte and Angular, and refuses each wrong line', () => {
    const { status, diagnostics } = typecheck(app, ['src/react.tsx', 'src/vue.ts', 'src/svelte.ts', 'src/angular.ts', 'src/FrontPage.tsx', 'src/CardWithRef.tsx', 'src/front-page.component.ts']);
    assert.deepEqual(diagnostics, []);
    assert.equal(status, 0);
  });

  it('refuses layout="diagonal"', () => {
    const { status, diagnostics } = typecheck(app, ['src/react-diagonal.tsx']);
    assert.ok(status > 0);
    assert.equal(diagnostics.length, 1, diagnostics.join('\n'));
    assert.match(diagnostics[0], /^src\/react-diagonal\.tsx\(4,\d+\): error TS2322: Type '"diagonal"' is not assignable to type 'CardLayout \| undefined'\.$/);
  });

  it('fails the wrong lines once their @ts-expect-error is taken away', () => {
    const source = readFileSync(join(app, 'src/react.tsx'), 'utf8');
    const expected = source.split('\n').filter((line) => line.startsWith('// @ts-expect-error')).length;
    writeFileSync(join(app, 'src/react-unchecked.tsx'), source.replaceAll('// @ts-expect-error', '// (was expected to fail)'));
    const { diagnostics } = typecheck(app, ['src/react-unchecked.tsx']);
    const lines = new Set(diagnostics.map((d) => /^src\/react-unchecked\.tsx\((\d+),/.exec(d)?.[1]).filter(Boolean));
    assert.equal(lines.size, expected, diagnostics.join('\n'));
  });

  it('leaves apps without a framework alone: the main entry needs none of them', () => {
    const plain = join(work, 'plain');
    mkdirSync(join(plain, 'src'), { recursive: true });
    writeFileSync(
      join(plain, 'src/main.ts'),
      `import { type NewsWidgetsElements } from 'news-widgets';
const card = document.createElement('news-article-card');
export const layout: NewsWidgetsElements['news-article-card']['properties']['layout'] = card.layout;
`,
    );
    const { status, diagnostics } = typecheck(plain, ['src/main.ts']);
    assert.deepEqual(diagnostics, []);
    assert.equal(status, 0);
  });
});

describe('a server framework path: a Node HTTP handler with news-widgets/ssr', () => {
  let server;
  let url;
  let browser;
  const warnings = [];
  const { warn } = console;

  before(async () => {
    const { articlePage } = await import(pathToFileURL(join(app, 'src/article-page.mjs')).href);
    const seed = JSON.parse(readFileSync('test/fixtures/seed-article.json', 'utf8'));
    const pages = { '/world/nato': seed, '/world/broken': { ...seed, headline: 42 } };
    const handle = articlePage({
      script: '/cdn/news-widgets.js',
      loadArticle: async (path) => (pages[path] ? { data: pages[path], url: `http://127.0.0.1/articles${path}.json` } : undefined),
    });
    console.warn = (...args) => warnings.push(args.join(' '));
    server = createServer((request, response) => {
      // The package's CDN module and its chunks, from the packed package.
      if (request.url.startsWith('/cdn/')) {
        try {
          const body = readFileSync(join(app, 'node_modules/news-widgets/dist', new URL(request.url, 'http://x').pathname));
          response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
        } catch {
          response.writeHead(404).end();
        }
        return;
      }
      handle(request, response).catch((error) => response.writeHead(500).end(String(error)));
    });
    await new Promise((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${server.address().port}`;
    browser = await launchChromium();
  });

  after(async () => {
    console.warn = warn;
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  // The card's text as readers see it: its shadow tree and the byline's and credit's inside it.
  const shadowText = (page) =>
    page.evaluate(() => {
      const deep = (node) =>
        node.nodeType === Node.TEXT_NODE ? node.textContent : node.localName === 'style' ? '' : [...(node.shadowRoot ?? node).childNodes].map(deep).join('');
      const card = document.querySelector('news-article-card');
      return card?.shadowRoot ? deep(card).replace(/\s+/g, ' ').trim() : null;
    });

  it('paints the rendered card with scripts off', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    const response = await page.goto(`${url}/world/nato`);
    assert.equal(response.status(), 200);
    const text = await shadowText(page);
    assert.match(text, /NATO Accuses China of Aiding Russia's War Efforts/);
    assert.match(text, /Written by Kathrine Frich · Jul 11, 2024, 10:15 AM/);
    await page.close();
  });

  it('is taken over by the script in place', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${url}/world/nato`);
    await page.waitForFunction(() => document.querySelector('news-article-card')?.state === 'ready');
    assert.match(await shadowText(page), /Written by Kathrine Frich · Jul 11, 2024, 10:15 AM/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('answers unusable data with the fallback and logs why, and a missing page with 404', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    const response = await page.goto(`${url}/world/broken`);
    assert.equal(response.status(), 200);
    const fallback = await page.evaluate(() => document.querySelector('news-article-card p')?.textContent);
    assert.equal(fallback, 'This article is not available.');
    assert.ok(warnings.some((w) => w.includes('headline: expected a non-empty string')), warnings.join('\n'));
    assert.equal((await fetch(`${url}/world/nowhere`)).status, 404);
    await page.close();
  });
});
