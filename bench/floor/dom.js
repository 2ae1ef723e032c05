// Shared by the hand-written floors: the library's own stylesheets (extracted from the CDN bundle
// by the bench build, so the floor pays for exactly the same CSS), shared constructable sheets
// as Lit shares them, and the strings a renderer must compute, with formatters created once.
import styles from '/bench/.build/floor-styles.json' with { type: 'json' };

const sheetCache = new Map();
function sheet(text) {
  let s = sheetCache.get(text);
  if (!s) {
    s = new CSSStyleSheet();
    s.replaceSync(text);
    sheetCache.set(text, s);
  }
  return s;
}

/** adoptedStyleSheets per component, identical texts shared (as Lit shares its CSSResults). */
export const SHEETS = Object.fromEntries(Object.entries(styles).map(([tag, texts]) => [tag, texts.map(sheet)]));

/** A shadow host with its open root and sheets. */
export function host(tag, attrs) {
  const el = document.createElement(tag);
  if (attrs) for (const name in attrs) el.setAttribute(name, attrs[name]);
  const root = el.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = SHEETS[tag];
  return [el, root];
}

/** An element with attributes and children (strings become text nodes). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const name in attrs) el.setAttribute(name, attrs[name]);
  if (children.length) el.append(...children);
  return el;
}

/**
 * What every component's shadow root holds: the frame (which keeps the page's flow around the
 * widget whatever the page does to the host's display) around the root with its language.
 */
export function frame(lang, ...children) {
  return h('div', { class: 'frame' }, h('div', { part: 'base', class: 'root', lang, dir: 'ltr' }, ...children));
}

const LANG = 'en';
const title = new Intl.DateTimeFormat(LANG, {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZoneName: 'long',
});
const absolute = new Intl.DateTimeFormat(LANG, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(LANG, { numeric: 'auto' });
const minutes = new Intl.NumberFormat(LANG, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
const list = new Intl.ListFormat(LANG, { type: 'conjunction', style: 'long' });

/** `<time>` as the components render it: relative within a day, else the medium date. */
export function time(iso, part = 'time', now = Date.now()) {
  const date = new Date(iso);
  const ms = date.getTime();
  const age = Math.trunc((now - ms) / 60_000);
  let text;
  if (age > -5 && age < 1440) {
    const base = Math.max(now, ms);
    const s = (base - ms) / 1000;
    text =
      s < 60
        ? relative.format(-Math.trunc(s), 'second')
        : s < 3600
          ? relative.format(-Math.trunc(s / 60), 'minute')
          : relative.format(-Math.trunc(s / 3600), 'hour');
  } else {
    text = absolute.format(date);
  }
  return h('time', { part, datetime: date.toISOString(), title: title.format(date) }, text);
}

export function readingTime(words) {
  // The Latin-script rate, as the components use for English (src/internal/reading-time.ts).
  return `${minutes.format(Math.max(1, Math.ceil(words / 189)))} read`;
}

export function listParts(names) {
  return list.formatToParts(names.map((_, i) => String(i)));
}

/** `rel` for a link: the bench data links to other origins only. */
export function rel(url, extra) {
  const other = !url.startsWith(`${location.origin}/`);
  return extra ? (other ? `${extra} noopener` : extra) : other ? 'noopener' : '';
}

export const LABELS = { live: 'Live', breaking: 'Breaking', opinion: 'Opinion', analysis: 'Analysis', sponsored: 'Sponsored' };
