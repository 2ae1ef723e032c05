// 4. The publisher page: the seed article laid out as a news site would, with 20 widgets added
// through the script tag (the CDN module bundle) — a byline with the seed's date pattern, the hero
// photo credit, 15 related-article cards in three layouts, a trending list and two more cards in
// the sidebar — each with the fallback content docs/embedding.md recommends. Built in Node (this
// module) as HTML strings; the measuring script runs in the page.
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

/** The 20 widgets: tag, attributes, data, fallback HTML. */
export function widgets() {
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
  for (let i = 0; i < 15; i++) {
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

function widgetHTML(w, mode, index) {
  const attrs = Object.entries(w.attrs).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${esc(v)}"`)).join('');
  const data =
    mode === 'inline'
      ? `\n  <script type="application/json">${JSON.stringify(w.data).replace(/</g, '\\u003c')}</script>`
      : '';
  const src = mode === 'src' ? ` src="/bench/.build/publisher/widget-${index}.json"` : '';
  return `<${w.tag}${src}${attrs}>${data}\n  ${w.fallback}\n</${w.tag}>`;
}

/** JSON files for the `src` page: path → text. */
export function dataFiles() {
  return Object.fromEntries(widgets().map((w, i) => [`publisher/widget-${i}.json`, JSON.stringify(w.data)]));
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

/**
 * The page. `mode`: `inline` (data in a child script), `src` (data fetched), or `static` (`body`
 * given: the rendered page serialized with declarative shadow DOM, no script at all — the floor).
 */
export function publisherPage(mode, { cdn, body } = {}) {
  const head = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:,">
<title>NATO Accuses China of Aiding Russia's War Efforts — bench (${mode})</title>
${SHIFTS}
${STYLE}
${mode === 'static' ? '' : `<script type="module" src="${cdn}"></script>\n<script type="module" src="/bench/pages/publisher-probe.js"></script>`}
</head>`;
  if (mode === 'static') {
    // Rendered and laid out when the parser reaches the end: that instant is the floor's "rendered".
    return `${head}\n<body>\n${body}\n<script>void document.body.offsetHeight; window.__rendered = performance.now();</script>\n</body>\n</html>\n`;
  }
  const ws = widgets();
  const html = (slot) => ws.map((w, i) => [w, i]).filter(([w]) => w.slot === slot).map(([w, i]) => widgetHTML(w, mode, i)).join('\n');
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
</body>
</html>
`;
}
