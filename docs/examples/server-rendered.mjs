// The server-rendered example page, made the way a static site generator or a CMS that is not
// written in Node would make it: one `news-widgets render` call per widget, data on stdin, the
// fragment from stdout pasted into the page. `npm run build` runs it; the page is written to
// build/examples/server-rendered.html (served at /docs/examples/server-rendered.html), and beside
// it the same page without its script: what readers get with JavaScript off, or before it arrives.
//   node docs/examples/server-rendered.mjs [output file]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const out = process.argv[2] ?? join(root, 'build/examples/server-rendered.html');

/** `news-widgets render <widget> …args` with the file as stdin: the fragment (exit 0 only). */
const render = (widget, dataFile, ...args) =>
  execFileSync(process.execPath, [join(root, 'bin/news-widgets.js'), 'render', widget, ...args], {
    input: readFileSync(join(root, dataFile)),
    encoding: 'utf8',
  }).trim();

// The seed article's house style: "Written by", its timestamp pattern in Copenhagen time.
const seed = ['test/fixtures/seed-article.json', '--base-url', '/articles/nato-summit.json'];
const house = ['--lead-in', 'Written by', '--time-zone', 'Europe/Copenhagen', '--date-format', "MMM.dd - yyyy hh:mm a 'CET'"];

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Server-rendered widgets — news-widgets example</title>
    <link rel="stylesheet" href="example.css" />
    <!-- Takes the widgets over in place when it arrives; the page reads whole without it. -->
    <script type="module" src="/dist/cdn/news-widgets.js"></script>
  </head>
  <body>
    <nav>
      <a href="index.html">Seed article page</a> · <a href="classic-script.html">Classic script</a> ·
      <a href="inline-json.html">Inline JSON</a> · <a href="json-ld.html">JSON-LD</a> ·
      <a href="rss.html">RSS feed</a> · <a href="server-rendered.html">Server-rendered</a> ·
      <a href="theming.html">Theming</a> · <a href="analytics.html">Analytics events</a>
    </nav>
    <!-- Every widget below is the output of \`news-widgets render\` (docs/ssr.md): final at first paint. -->
    <div class="page">
      <main>
        <h1>NATO Accuses China of Aiding Russia's War Efforts</h1>
        ${render('byline', seed[0], ...seed.slice(1), ...house)}
        ${render('photo-credit', seed[0], ...seed.slice(1), '--loading', 'eager')}
        <p>
          As NATO marks its 75th anniversary, the summit in Washington has been dominated by concerns over the
          strategic partnership between Russia and China.
        </p>
        <h2>Related</h2>
        ${render('article-card', seed[0], ...seed.slice(1), '--layout', 'horizontal', ...house)}
      </main>
      <aside>
        ${render('trending-list', 'test/fixtures/trending-feed.json', '--base-url', '/articles/trending.json', '--thumbnails', '--max', '8', '--time-zone', 'Europe/Copenhagen', '--relative', 'never')}
      </aside>
    </div>
  </body>
</html>
`;

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
const script = /\n *<!-- Takes the widgets over[^\n]*\n *<script type="module" src="\/dist\/cdn\/news-widgets\.js"><\/script>/;
if (!script.test(page)) throw new Error('the page lost its script tag');
writeFileSync(out.replace(/\.html$/, '-no-script.html'), page.replace(script, '').replace('<title>Server-rendered widgets', '<title>Server-rendered widgets without JavaScript'));
