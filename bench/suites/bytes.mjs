// 1. Bytes: what each way of using news-widgets costs a page, minified, gzip -9 and brotli 11
// (scripts/size.mjs measures), beside the floors (Lit alone; Lit with the date-fns functions the
// components call) and the peers bundled the same way. Byte counts are deterministic: one
// measurement is exact (repeating it gives the same figures).
import { readFileSync } from 'node:fs';
import { chunksOf, measure, TARGET_GZIP } from '../../scripts/size.mjs';
import { bundle, resolvePackageFile } from '../lib/build.mjs';

const sum = (files) =>
  files.map(measure).reduce((t, f) => ({ min: t.min + f.min, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { min: 0, gzip: 0, brotli: 0 });

/** An entry file's eager figures (it and its static imports) and on-demand ones (import()). */
function figures(entry) {
  const { eager, lazy } = chunksOf(entry);
  return { ...sum(eager), files: eager.length, onDemand: lazy.length ? sum(lazy) : undefined };
}

/**
 * The npm entries of the exports map that are JavaScript for browsers (the CDN files are measured
 * apart; news-widgets/ssr runs in Node and sends no bytes to the browser).
 */
function npmEntries() {
  const { exports } = JSON.parse(readFileSync('package.json', 'utf8'));
  return Object.entries(exports)
    .map(([key, value]) => [key, typeof value === 'string' ? value : value.default])
    .filter(([key, file]) => file.endsWith('.js') && file.startsWith('./dist/') && !file.startsWith('./dist/cdn/') && key !== './ssr')
    .map(([key, file]) => ({ specifier: key === '.' ? 'news-widgets' : `news-widgets/${key.slice(2)}`, file: file.slice(2) }));
}

const LIT_FLOOR = `
import { LitElement, html, css } from 'lit';
customElements.define('floor-element', class extends LitElement {
  static styles = css\`:host { display: block; }\`;
  static properties = { text: {} };
  render() { return html\`<p>\${this.text}</p>\`; }
});
`;

const LIT_DATE_FNS_FLOOR = `${LIT_FLOOR}
import { differenceInMinutes } from 'date-fns/differenceInMinutes';
import { intlFormat } from 'date-fns/intlFormat';
import { intlFormatDistance } from 'date-fns/intlFormatDistance';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
globalThis.floorTime = (iso, now) => {
  const d = parseISO(iso);
  if (!isValid(d)) return '';
  return differenceInMinutes(now, d) < 1440 ? intlFormatDistance(d, now) : intlFormat(d, { dateStyle: 'medium', timeStyle: 'short' });
};
`;

const SHOELACE = `
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/relative-time/relative-time.js';
import '@shoelace-style/shoelace/dist/components/format-date/format-date.js';
`;

/** `cdnDir`: the snapshot of dist/cdn the pages load. */
export async function runBytes(cdnDir) {
  const rows = [];
  const add = (group, name, what, f) => rows.push({ group, name, what, ...f });

  // The CDN files, as publishers load them (terser-minified by rollup).
  add('cdn', 'dist/cdn/news-widgets.js', 'module bundle: all four components, Lit and date-fns (what the size target is about)', figures(`${cdnDir}/news-widgets.js`));
  add('cdn', 'dist/cdn/news-widgets.iife.js', 'classic script: everything inlined, pattern formatting included', figures(`${cdnDir}/news-widgets.iife.js`));

  // The npm entries, bundled with their dependencies as an app's production build would.
  for (const { specifier, file } of npmEntries()) {
    const out = await bundle(specifier.replace(/[/.]/g, '_'), file);
    const kind = specifier.endsWith('.class.js') ? 'class only (no tag defined)' : specifier === 'news-widgets' ? 'everything' : specifier === 'news-widgets/article.js' ? 'the article shape (parsers) only' : 'defines the tag';
    add('npm', specifier, kind, figures(out));
  }

  add('floor', 'Lit alone', 'LitElement + html + css, one element', figures(await bundle('floor-lit', { contents: LIT_FLOOR })));
  add('floor', 'Lit + date-fns', 'the floor above plus the date-fns functions the components call', figures(await bundle('floor-lit-date-fns', { contents: LIT_DATE_FNS_FLOOR })));

  const shoelaceJs = figures(await bundle('peer-shoelace', { contents: SHOELACE }));
  add('peer', 'Shoelace: sl-card + sl-relative-time + sl-format-date', 'the three components (JS only)', shoelaceJs);
  const theme = measure(resolvePackageFile('@shoelace-style/shoelace/dist/themes/light.css'));
  const themeMin = figures(await bundle('peer-shoelace-theme', resolvePackageFile('@shoelace-style/shoelace/dist/themes/light.css')).then((f) => f.replace(/\.js$/, '.css')));
  add('peer', 'Shoelace light theme CSS', `needed for the components to look right (${theme.min} B as shipped, minified here)`, themeMin);
  add('peer', 'Shoelace total', 'components + theme CSS', {
    min: shoelaceJs.min + themeMin.min,
    gzip: shoelaceJs.gzip + themeMin.gzip,
    brotli: shoelaceJs.brotli + themeMin.brotli,
  });
  add('peer', 'React 19 + react-dom: card', 'bench/peers/react-card.jsx (card, byline, relative time, list) with React and react-dom/client', figures(await bundle('peer-react', 'bench/peers/react-card.jsx')));

  const find = (name) => rows.find((r) => r.name === name);
  const module = find('dist/cdn/news-widgets.js');
  const lit = find('Lit alone');
  for (const row of rows) row.vsLit = row.gzip / lit.gzip;

  // Same card + byline + relative time, same bundler: the fair comparison with the peers.
  const card = find('news-widgets/article-card.js');
  const comparisons = ['Shoelace total', 'React 19 + react-dom: card'].map((peer) => ({
    ours: card.name,
    peer,
    gzip: [card.gzip, find(peer).gzip],
    brotli: [card.brotli, find(peer).brotli],
    ratioGzip: card.gzip / find(peer).gzip,
    ratioBrotli: card.brotli / find(peer).brotli,
  }));

  return {
    rows,
    comparisons,
    target: { gzip: TARGET_GZIP, actual: module.gzip, met: module.gzip <= TARGET_GZIP, over: module.gzip - TARGET_GZIP },
  };
}
