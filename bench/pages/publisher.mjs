// 4. The publisher page: the seed article laid out as a news site would, with 20 widgets — a byline
// with the seed's date pattern, the hero photo credit, 15 related-article cards in three layouts, a
// trending list and two more cards in the sidebar — each with the fallback content
// docs/embedding.md recommends, in every embedding that guide shows: inline JSON, JSON-LD, `src`
// (JSON, and RSS for the list), properties set from a script, under the module script (with and
// without `blocking="render"`) or the classic one, and server-rendered fragments
// (news-widgets/ssr). Built in Node (this module) as HTML strings; the measuring script runs in the page.
import { readFileSync } from 'node:fs';

const seed = JSON.parse(readFileSync('test/fixtures/seed-article.json', 'utf8'));
const trending = JSON.parse(readFileSync('test/fixtures/trending-feed.json', 'utf8'));

// The seed article's text (DESIGN.md's reference page), short lines being its sub-headings.
const BODY = [
  "As NATO marks its 75th anniversary, the summit in Washington has been dominated by concerns over the strategic partnership between Russia and China.",
  "China Provides Dual-Use Equipment",
  "According to Liternaute U.S. President Joe Biden, amid questions about his health and readiness for the upcoming presidential election against Donald Trump, is hosting this critical meeting of leaders from the 32 NATO countries.",
  "NATO Secretary General Jens Stoltenberg voiced strong concerns about China's support for Russia's \"illegal war of aggression against Ukraine.\"",
  "He accused China of providing dual-use equipment, such as microprocessors, which Russia utilizes to manufacture missiles, bombs, and other military hardware. This claim has been formally recognized by NATO member states, sending a stern message to Beijing.",
  "China responded on Thursday, condemning NATO's statements as reminiscent of Cold War rhetoric and calling for the Alliance to stop provoking confrontation. The Chinese mission to the European Union emphasized that NATO should focus more on global peace and stability rather than inciting rivalry.",
  "Expanding Influence in Asia",
  "The final day of the summit will partly focus on China, with leaders from Japan, South Korea, Australia, and New Zealand joining the discussions. This move has raised Beijing's concerns about NATO's expanding influence in Asia.",
  "NATO's declaration underscores the perceived threat from China, including cyberattacks, disinformation, and hybrid activities, which pose significant risks to global security. The Alliance has accused China of exacerbating the threat Russia poses to its neighbors and Euro-Atlantic security.",
  "Sweden has called for intensified NATO efforts regarding China to maintain U.S. support, especially given Donald Trump's critical stance on the Alliance. Swedish Foreign Minister Tobias Billstrom emphasized that Asia should also be recognized as a concern for NATO.",
];

const IMAGE = '/test/fixtures/seed-hero.png';
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The 20 widgets (with `related` cards in the main column, 15 by default): tag, attributes, data, fallback HTML. */
export function widgets(related = 15) {
  const hero = { ...seed, image: { ...seed.image, url: IMAGE } };
  const article = (item, i) => ({
    ...item,
    url: `${item.url}?related=${i}`,
    headline: item.headline,
    description: seed.description,
    inLanguage: 'en',
    image: { url: IMAGE, width: 960, height: 540, alt: '', creditText: 'Shutterstock' },
    wordCount: 300 + i * 20,
  });
  const link = (a) => `<a href="${esc(a.url)}">${esc(a.headline)}</a>`;
  const list = [
    { tag: 'news-byline', attrs: { 'lead-in': 'Written by', 'time-zone': 'Europe/Copenhagen', 'date-format': "MMM.dd - yyyy hh:mm a 'CET'" }, data: hero, fallback: '<p>Written by Kathrine Frich</p>', slot: 'byline' },
    { tag: 'news-photo-credit', attrs: { loading: 'eager' }, data: hero, fallback: '', slot: 'hero' },
  ];
  const layouts = ['horizontal', 'stacked', 'stacked', 'compact', 'compact'];
  for (let i = 0; i < related; i++) {
    const a = article(trending.items[i % trending.items.length], i);
    list.push({ tag: 'news-article-card', attrs: { layout: layouts[i % layouts.length] }, data: a, fallback: link(a), slot: 'related' });
  }
  list.push({ tag: 'news-trending-list', attrs: { max: '8', thumbnails: '' }, data: { ...trending, items: trending.items.map((t) => ({ ...t, image: t.image && { ...t.image, url: IMAGE } })) }, fallback: '', slot: 'aside' });
  for (let i = 0; i < 2; i++) {
    const a = article(trending.items[(i + 3) % trending.items.length], 20 + i);
    list.push({ tag: 'news-article-card', attrs: { layout: 'compact' }, data: a, fallback: link(a), slot: 'aside' });
  }
  return list;
}

/** The article as schema.org JSON-LD, as a CMS writes it for search engines. */
function articleLd(a) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    url: a.url,
    datePublished: a.datePublished,
    description: a.description,
    articleSection: a.articleSection,
    inLanguage: a.inLanguage,
    wordCount: a.wordCount,
    author: (a.author ?? []).map((p) => ({ '@type': 'Person', ...p })),
    image: a.image && { '@type': 'ImageObject', ...a.image },
  };
}

/** The trending list as RSS 2.0 with Media RSS, as newsrooms serve it. */
function feedRss(feed) {
  const item = (a) => `<item><title>${esc(a.headline)}</title><link>${esc(a.url)}</link><guid>${esc(a.url)}</guid>
<pubDate>${new Date(a.datePublished).toUTCString()}</pubDate>${(a.author ?? []).map((p) => `<dc:creator>${esc(p.name)}</dc:creator>`).join('')}
${a.image ? `<media:content url="${esc(a.image.url)}" width="${a.image.width}" height="${a.image.height}" medium="image"/>` : ''}</item>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>${esc(feed.name)}</title>
<link>https://news.example/</link><description>Trending</description>${feed.items.map(item).join('\n')}</channel></rss>`;
}

const json = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * One widget as `mode` carries its data: `inline` (a child JSON script), `jsonld` (a child JSON-LD
 * script), `src` (fetched), `rss` (as inline, but the trending list fetches RSS), `property` (none:
 * a script sets it), `server` (the fragment `fragments[index]` from news-widgets/ssr).
 */
function widgetHTML(w, mode, index, fragments) {
  if (mode === 'server') return fragments[index];
  const attrs = Object.entries(w.attrs).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${esc(v)}"`)).join('');
  const list = w.tag === 'news-trending-list';
  let data = '';
  let src = '';
  if (mode === 'inline' || (mode === 'rss' && !list)) data = `\n  <script type="application/json">${json(w.data)}</script>`;
  if (mode === 'jsonld') {
    const ld = list ? { '@context': 'https://schema.org', '@type': 'ItemList', name: w.data.name, itemListElement: w.data.items.map((a, i) => ({ '@type': 'ListItem', position: i + 1, item: articleLd(a) })) } : articleLd(w.data);
    data = `\n  <script type="application/ld+json">${json(ld)}</script>`;
  }
  if (mode === 'src') src = ` src="/bench/.build/publisher/widget-${index}.json"`;
  if (mode === 'rss' && list) src = ' src="/bench/.build/publisher/trending.rss"';
  if (mode === 'property') src = ` data-widget="${index}"`;
  return `<${w.tag}${src}${attrs}>${data}\n  ${w.fallback}\n</${w.tag}>`;
}

/** Files the pages fetch (JSON for `src`, the RSS feed): path → text. */
export function dataFiles() {
  const ws = widgets();
  const list = ws.find((w) => w.tag === 'news-trending-list');
  return { ...Object.fromEntries(ws.map((w, i) => [`publisher/widget-${i}.json`, JSON.stringify(w.data)])), 'publisher/trending.rss': feedRss(list.data) };
}

/**
 * What news-widgets/ssr needs to render each widget: its name, data and attributes (the base URL
 * makes the fixtures' root-relative image addresses stay root-relative).
 */
export function serverRequests(ws = widgets()) {
  return ws.map((w) => ({ widget: w.tag.replace(/^news-/, ''), data: w.data, attributes: w.attrs, fallback: w.fallback, baseUrl: '/bench/publisher.json' }));
}

// Record every layout shift from the start (buffered), before anything else runs.
const SHIFTS = `<script>
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    if (e.hadRecentInput) continue;
    window.__shifts.push({ value: e.value, at: e.startTime, sources: (e.sources || []).map((s) => s.node ? (s.node.nodeName + (s.node.className ? '.' + String(s.node.className).split(' ')[0] : '')).toLowerCase() : '?') });
  }
}).observe({ type: 'layout-shift', buffered: true });
</script>`;

const STYLE = `<style>
  body { margin: 0; font: 18px/1.6 Georgia, 'Times New Roman', serif; color: #222; background: #fafafa; }
  header { padding: 16px 32px; background: #111; color: #fff; font: 700 22px/1 system-ui, sans-serif; }
  .page { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: 40px; max-width: 1140px; margin: 0 auto; padding: 24px 32px; }
  h1 { font-size: 40px; line-height: 1.15; margin: 0 0 12px; }
  .related { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; }
  .related > :first-child { grid-column: 1 / -1; }
  aside { display: flex; flex-direction: column; gap: 24px; }
</style>`;

function articleBody() {
  return BODY.map((l) => (l.length < 60 ? `<h2>${esc(l)}</h2>` : `<p>${esc(l)}</p>`))
    .join('\n');
}

// Rendered and laid out when the parser reaches the end: that instant is "rendered" for a page whose
// HTML is final (the floor, and server-rendered fragments).
const PARSED = '<script>void document.body.offsetHeight; window.__rendered = performance.now();</script>';

/**
 * The script tag that loads the library: `module`, `blocking` (module, render-blocking) or
 * `classic`; with `readers`, the parser's readers chunk as a second render-blocking script, as
 * docs/embedding.md shows for JSON-LD.
 */
function libraryScript(script, { cdn, iife, readers }) {
  if (script === 'classic') return `<script src="${iife}" defer></script>`;
  const blocking = script === 'blocking' ? ' blocking="render"' : '';
  const chunk = readers ? `\n<script type="module" src="${cdn.replace(/news-widgets\.js$/, 'news-widgets-readers.js')}"${blocking}></script>` : '';
  return `<script type="module" src="${cdn}"${blocking}></script>${chunk}`;
}

/**
 * The page. `mode`: how the widgets carry their data (widgetHTML), or `static` (`body` given: the
 * rendered page serialized with declarative shadow DOM, no script at all — the floor). `script`:
 * how the library is loaded (libraryScript). `ws` the widgets (the 20 by default), `fragments`
 * their server-rendered HTML for `server`.
 */
export function publisherPage(mode, { cdn, iife, body, script = 'module', readers = false, ws = widgets(), fragments = [] } = {}) {
  const probe = mode === 'server' ? 'publisher-probe.js?server' : 'publisher-probe.js';
  // Properties are set by the page's own module script once the library has defined the tags
  // (render-blocking too when the library's script is).
  const setter =
    mode === 'property'
      ? `\n<script type="module"${script === 'blocking' ? ' blocking="render"' : ''}>
const data = ${json(ws.map((w) => w.data))};
for (const el of document.querySelectorAll('[data-widget]')) el[el.localName === 'news-trending-list' ? 'feed' : 'article'] = data[el.dataset.widget];
</script>`
      : '';
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>NATO Accuses China of Aiding Russia's War Efforts — bench (${mode})</title>
${SHIFTS}
${STYLE}
${mode === 'static' ? '' : `${libraryScript(script, { cdn, iife, readers })}${setter}\n<script type="module" src="/bench/pages/${probe}"></script>`}
</head>`;
  if (mode === 'static') return `${head}\n<body>\n${body}\n${PARSED}\n</body>\n</html>\n`;
  const html = (slot) => ws.map((w, i) => [w, i]).filter(([w]) => w.slot === slot).map(([w, i]) => widgetHTML(w, mode, i, fragments)).join('\n');
  return `${head}
<body>
<header>News Example</header>
<div class="page">
<main>
<h1>${esc(seed.headline)}</h1>
${html('byline')}
${html('hero')}
${articleBody()}
<h2>Related</h2>
<div class="related">
${html('related')}
</div>
</main>
<aside>
${html('aside')}
</aside>
</div>
${mode === 'server' ? PARSED : ''}
</body>
</html>
`;
}
