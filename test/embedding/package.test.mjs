// The package as developers get it: what `npm pack` ships, the exports map, an app that imports
// the built dist/ by package name, bundles it, type-checks against its .d.ts and renders, and a
// site that renders on the server with news-widgets/ssr and the command, taken over by its bundle.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/browser.mjs';
import { serveStatic } from '../../scripts/static-server.mjs';

const root = resolve('.');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const COMPONENTS = ['article-card', 'byline', 'trending-list', 'photo-credit'];

describe('npm package', () => {
  let packed;

  before(() => {
    const [result] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
    packed = new Set(result.files.map((f) => f.path));
  });

  it('ships the built modules, types, CDN files, schema and manifest, and nothing else', () => {
    for (const file of [
      'package.json',
      'README.md',
      'custom-elements.json',
      'dist/index.js',
      'dist/index.d.ts',
      'dist/article.schema.json',
      'dist/cdn/news-widgets.js',
      'dist/cdn/news-widgets.iife.js',
      'dist/cdn/integrity.json',
      'dist/ssr/index.js',
      'dist/ssr/index.d.ts',
      'dist/ssr/cli.js',
      'bin/news-widgets.js',
      ...['react', 'vue', 'svelte', 'angular'].flatMap((f) => [`dist/frameworks/${f}.js`, `dist/frameworks/${f}.d.ts`]),
      'dist/frameworks/elements.d.ts',
      ...COMPONENTS.flatMap((c) => [`dist/${c}/news-${c}.js`, `dist/${c}/news-${c}.d.ts`, `dist/${c}/${c}.js`, `dist/${c}/${c}.d.ts`]),
    ]) {
      assert.ok(packed.has(file), `${file} is missing from the package`);
    }
    const outside = [...packed].filter((f) => !/^(dist\/|bin\/news-widgets\.js$|custom-elements\.json$|package\.json$|README\.md$|LICENSE$)/.test(f));
    assert.deepEqual(outside, [], 'files outside dist/ (and the command) that should not ship');
    assert.ok(![...packed].some((f) => /^(src|test|stories|docs|scripts|node_modules|\.storybook|\.ci)\//.test(f)));
  });

  it('points every exports target, types and customElements at a shipped file', () => {
    const targets = Object.values(pkg.exports).flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
    for (const target of [...targets, pkg.types, pkg.main, pkg.customElements]) {
      assert.ok(packed.has(target.replace(/^\.\//, '')), `${target} is not in the package`);
    }
  });

  it('names exactly the defining modules (and the self-installing readers) as side effects', () => {
    for (const c of COMPONENTS) {
      assert.equal(pkg.exports[`./${c}.js`].default, `./dist/${c}/news-${c}.js`);
      assert.equal(pkg.exports[`./${c}.class.js`].default, `./dist/${c}/${c}.js`);
    }
    // The readers install themselves into the parser when imported (news-widgets/article.js imports
    // them); the token presets are stylesheets a bundler must keep when they are imported.
    assert.deepEqual(pkg.sideEffects.filter((p) => p.startsWith('./dist')), [
      './dist/themes/*.css',
      './dist/index.js',
      './dist/*/news-*.js',
      './dist/cdn/*.js',
      './dist/article/index.js',
      './dist/article/readers/index.js',
      './dist/article/readers/xml-feed.js',
      './dist/article/readers/entities.js',
      './dist/ssr/*.js',
      './dist/frameworks/*.js',
    ]);
    // Lit's server renderer and its hydration for news-widgets/ssr; the XML parser only if wanted.
    assert.deepEqual(Object.keys(pkg.dependencies).sort(), ['@date-fns/tz', '@lit-labs/ssr', '@lit-labs/ssr-client', 'date-fns', 'lit']);
    assert.deepEqual(pkg.peerDependenciesMeta, { '@xmldom/xmldom': { optional: true } });
    assert.deepEqual(pkg.bin, { 'news-widgets': 'bin/news-widgets.js' });
    assert.match(readFileSync(pkg.bin['news-widgets'], 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('ships the newsroom preset as a stylesheet of tokens only', () => {
    assert.equal(pkg.exports['./themes/newsroom.css'], './dist/themes/newsroom.css');
    assert.ok(packed.has('dist/themes/newsroom.css'));
    const css = readFileSync('dist/themes/newsroom.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const declarations = [...css.matchAll(/([\w-]+)\s*:[^;]+;/g)].map(([, name]) => name);
    assert.ok(declarations.length >= 5);
    for (const name of declarations) assert.match(name, /^--news-/, `${name} is not a token`);
    // No colours: both themes keep their contrast.
    for (const name of declarations) assert.doesNotMatch(name, /color/);
  });

  it('declares each tag in HTMLElementTagNameMap', () => {
    for (const c of COMPONENTS) {
      const dts = readFileSync(`dist/${c}/news-${c}.d.ts`, 'utf8');
      assert.match(dts, new RegExp(`interface HTMLElementTagNameMap[\\s\\S]*'news-${c}'`));
    }
  });
});

describe('an app using the npm build', () => {
  let app;
  let server;
  let browser;

  before(async () => {
    // A throwaway app whose node_modules/news-widgets is this package, as `npm install` would link it.
    app = mkdtempSync(join(tmpdir(), 'news-widgets-app-'));
    mkdirSync(join(app, 'node_modules'));
    symlinkSync(root, join(app, 'node_modules', 'news-widgets'), 'dir');
    writeFileSync(
      join(app, 'main.ts'),
      `import 'news-widgets/article-card.js';
import { NewsByline } from 'news-widgets/byline.class.js';
import { parseArticle, type Article } from 'news-widgets';
import schema from 'news-widgets/article.schema.json';

customElements.define('app-byline', class extends NewsByline {});
const card = document.createElement('news-article-card');
const result = parseArticle(${readFileSync('test/fixtures/seed-article.json', 'utf8')}, { baseUrl: location.href });
if (result.ok) {
  const article: Article = result.value;
  card.article = article;
  card.layout = 'horizontal';
}
card.addEventListener('news-click', (event) => console.log(event.detail.position));
const byline = document.createElement('app-byline') as NewsByline;
byline.article = result.ok ? result.value : undefined;
document.body.append(card, byline);
(window as unknown as { schemaId: string }).schemaId = (schema as { $id: string }).$id;
// The readers come with parseArticle from the package, synchronously, after bundling too.
const graph = parseArticle({ '@graph': [{ '@type': 'Article', isPartOf: { '@id': '#p' }, headline: 'Caf&eacute;', datePublished: '2024-06-25' }, { '@type': 'WebPage', '@id': '#p', url: 'https://news.example/cafe' }] });
(window as unknown as { graph: string }).graph = graph.ok ? \`\${graph.value.headline} \${graph.value.url}\` : JSON.stringify(graph.errors);
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'es2022',
          module: 'esnext',
          moduleResolution: 'bundler',
          strict: true,
          resolveJsonModule: true,
          skipLibCheck: false,
          lib: ['es2023', 'dom', 'dom.iterable'],
          types: [],
          noEmit: true,
          typeRoots: [join(root, 'node_modules/@types')],
        },
        files: ['main.ts'],
      }),
    );
    writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><body><script type="module" src="main.js"></script></body></html>');
    server = await serveStatic(app);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (app) rmSync(app, { recursive: true, force: true });
  });

  it('type-checks against the shipped .d.ts (tag map, events, exports)', () => {
    execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(app, 'tsconfig.json')], { encoding: 'utf8', cwd: app });
  });

  it('bundles by package name and renders a card and a subclassed byline', async () => {
    await build({
      entryPoints: [join(app, 'main.ts')],
      outfile: join(app, 'main.js'),
      bundle: true,
      format: 'esm',
      absWorkingDir: app,
      logLevel: 'silent',
      conditions: ['production'],
    });
    assert.ok(existsSync(join(app, 'main.js')));
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/index.html`);
    await page.waitForFunction(() => document.querySelector('news-article-card')?.state === 'ready' && document.querySelector('app-byline')?.state === 'ready');
    const text = await page.evaluate(() => {
      const deep = (n) => (n.nodeType === 3 ? n.textContent : [...(n.shadowRoot ?? n).childNodes].map(deep).join(''));
      return { card: deep(document.querySelector('news-article-card')), byline: deep(document.querySelector('app-byline')), schema: window.schemaId, graph: window.graph };
    });
    assert.deepEqual(errors, []);
    assert.match(text.card, /NATO Accuses China of Aiding Russia's War Efforts/);
    assert.match(text.byline, /By Kathrine Frich/);
    assert.equal(text.schema, 'https://unpkg.com/news-widgets/dist/article.schema.json');
    assert.equal(text.graph, 'Café https://news.example/cafe');
    await page.close();
  });

  it('renders on the server by package name (news-widgets/ssr and the command); its bundle takes the page over in place', async () => {
    mkdirSync(join(app, 'articles'), { recursive: true });
    writeFileSync(join(app, 'articles/seed-hero.png'), readFileSync('test/fixtures/seed-hero.png'));
    writeFileSync(
      join(app, 'render.mjs'),
      `import { renderWidget } from 'news-widgets/ssr';
import { readFileSync } from 'node:fs';
const seed = JSON.parse(readFileSync(${JSON.stringify(join(root, 'test/fixtures/seed-article.json'))}, 'utf8'));
const card = await renderWidget('article-card', seed, { baseUrl: '${server.url}/articles/a.json', attributes: { 'time-zone': 'Europe/Copenhagen', 'date-format': "MMM.dd - yyyy hh:mm a 'CET'", 'lead-in': 'Written by' } });
process.stdout.write(card.html);
`,
    );
    const card = execFileSync(process.execPath, ['render.mjs'], { cwd: app, encoding: 'utf8' });
    const byline = execFileSync(process.execPath, [join(app, 'node_modules/news-widgets/bin/news-widgets.js'), 'render', 'byline', '--lead-in', 'Written by'], {
      cwd: app,
      input: readFileSync('test/fixtures/seed-article.json'),
      encoding: 'utf8',
    });
    writeFileSync(join(app, 'ssr.ts'), "import 'news-widgets/article-card.js';\nimport 'news-widgets/byline.js';\n");
    await build({ entryPoints: [join(app, 'ssr.ts')], outdir: join(app, 'ssr'), bundle: true, splitting: true, format: 'esm', absWorkingDir: app, logLevel: 'silent', conditions: ['production'] });
    writeFileSync(join(app, 'ssr.html'), `<!doctype html><html lang="en"><head><script type="module" src="ssr/ssr.js"></script></head><body>${card}${byline}</body></html>`);
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => problems.push(`${m.type()}: ${m.text()}`));
    // Every change to the server's DOM from the moment it is parsed.
    await page.evaluateOnNewDocument(() => {
      window.__changes = [];
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        const roots = [document];
        const walk = (n) => n.querySelectorAll('*').forEach((el) => el.shadowRoot && (roots.push(el.shadowRoot), walk(el.shadowRoot)));
        walk(document);
        for (const r of roots) {
          new MutationObserver((list) => {
            for (const m of list) {
              const now = m.type === 'attributes' ? m.target.getAttribute(m.attributeName) : undefined;
              if (m.type === 'attributes' && (now === m.oldValue || (m.attributeName === 'defer-hydration' && now === null))) continue;
              window.__changes.push(`${m.type} ${m.target.nodeName} ${m.attributeName ?? ''}`);
            }
          }).observe(r, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true });
        }
      });
    });
    await page.goto(`${server.url}/ssr.html`);
    await page.waitForFunction(() => ['news-article-card', 'news-byline'].every((t) => document.querySelector(t)?.shadowRoot?._$litPart$));
    const result = await page.evaluate(() => ({ changes: window.__changes, text: document.querySelector('news-byline').shadowRoot.querySelector('[part=base]').textContent.replace(/\s+/g, ' ').trim() }));
    assert.deepEqual(problems, []);
    assert.deepEqual(result.changes, []);
    assert.equal(result.text, 'Written by Kathrine Frich · Jul 11, 2024, 8:15 AM');
    await page.close();
  });
});
