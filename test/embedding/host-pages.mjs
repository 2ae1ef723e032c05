// Host pages for the isolation suite: the same four widgets, at the same places and widths,
// under a clean page, real CSS frameworks from npm, and a deliberately hostile stylesheet.
// Positions and widths are set on plain wrappers; only the page's own stylesheet differs.
// No widget starts at the viewport's top-left pixel: WebKitGTK's screenshots darken that pixel
// when the page's root has `overflow-y: scroll` (bulma does), whatever is drawn there
// (scripts/engines/probes/scrollbar-pixel.mjs; docs/engines.md).

export const WIDGETS = [
  {
    id: 'card',
    box: 'left: 0; top: 16px; width: 560px',
    html: `<news-article-card src="/test/fixtures/seed-article.json" lead-in="Written by" time-zone="Europe/Copenhagen" date-format="MMM.dd - yyyy hh:mm a 'CET'" loading="eager"></news-article-card>`,
  },
  {
    id: 'byline',
    box: 'left: 0; top: 760px; width: 560px',
    html: `<news-byline src="/test/fixtures/seed-article.json" lead-in="Written by" time-zone="Europe/Copenhagen" date-format="MMM.dd - yyyy hh:mm a 'CET'"></news-byline>`,
  },
  {
    id: 'photo-credit',
    box: 'left: 0; top: 840px; width: 560px',
    html: `<news-photo-credit src="/test/fixtures/seed-article.json" loading="eager"></news-photo-credit>`,
  },
  {
    id: 'trending-list',
    box: 'left: 600px; top: 0; width: 400px',
    html: `<news-trending-list src="/test/fixtures/trending-feed.json" thumbnails max="6" relative="never" time-zone="Europe/Copenhagen"></news-trending-list>`,
  },
];

const css = (path) => `<link rel="stylesheet" href="/node_modules/${path}" />`;

/** A stylesheet that tries everything a careless or hostile page does to embedded content. */
export const HOSTILE_CSS = `<style>
  html { font-size: 10px; }
  body { direction: rtl; unicode-bidi: bidi-override; }
  *, *::before, *::after {
    font-family: 'Courier New', monospace !important;
    font-size: 23px !important;
    font-weight: 900 !important;
    font-style: italic !important;
    line-height: 3.1 !important;
    color: #c0c !important;
    letter-spacing: 4px !important;
    word-spacing: 14px !important;
    text-transform: uppercase !important;
    text-align: right !important;
    text-indent: 30px !important;
    text-decoration: underline wavy red !important;
    text-shadow: 2px 2px 0 #0f0 !important;
    white-space: pre !important;
    box-sizing: content-box !important;
    visibility: visible !important;
    cursor: crosshair !important;
    quotes: '<<' '>>' !important;
    font-variant: small-caps !important;
    -webkit-font-smoothing: none !important;
    color-scheme: dark !important;
    writing-mode: horizontal-tb !important;
    hyphens: auto !important;
    tab-size: 40 !important;
  }
  img { border: 8px dashed red !important; width: 50px !important; filter: invert(1) !important; }
  a, a:link, a:visited { color: lime !important; text-decoration: line-through !important; }
  ol, ul { list-style: upper-roman !important; padding: 60px !important; margin: 30px !important; }
  li { display: inline !important; }
  figure, figcaption { margin: 80px !important; padding: 20px !important; border: 6px solid gold !important; }
  h1, h2, h3, h4, h5, h6, p, article, section, time { margin: 40px !important; font-size: 50px !important; }
</style>`;

export const HOST_PAGES = {
  clean: '',
  bootstrap: css('bootstrap/dist/css/bootstrap.min.css'),
  bulma: css('bulma/css/bulma.min.css'),
  normalize: css('normalize.css/normalize.css'),
  'tailwind-preflight': css('tailwindcss/preflight.css'),
  pico: css('@picocss/pico/css/pico.min.css'),
  'water.css': css('water.css/out/water.min.css'),
  hostile: HOSTILE_CSS,
};

/** Publisher theming that must change the look: tokens and parts. */
export const THEMED_PAGES = {
  tokens: `<style>
    :root { --news-color-accent: #0a5c36; --news-font-family: Georgia, serif; --news-color-text: #222266; --news-radius: 0px; }
  </style>`,
  parts: `<style>
    news-article-card::part(headline), news-trending-list::part(link) { letter-spacing: 1px; }
    news-byline::part(author), news-photo-credit::part(credit) { text-decoration: underline; }
  </style>`,
};

export function hostPage(styles) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    ${styles}
    <script type="module" src="/dist/cdn/news-widgets.js"></script>
  </head>
  <body>
    <div style="width: 1000px; height: 0; overflow: hidden">
      <h1>A host page</h1>
      <p>Some of the publisher's own text, styled by the page.</p>
    </div>
    ${WIDGETS.map((w) => `<div id="${w.id}" style="position: absolute; ${w.box}">${w.html}</div>`).join('\n    ')}
  </body>
</html>`;
}
