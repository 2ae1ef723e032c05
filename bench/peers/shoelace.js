// Peer: what a publisher would build with Shoelace for the same card — <sl-card> with the photo
// in its image slot, kicker, headline link, description, photo credit, and a byline whose time is
// <sl-relative-time> (last 24 hours) or <sl-format-date> (older) — plus a trending list of the
// same rows. Bundled by esbuild into bench/.build/shoelace.js; the light theme CSS is linked by the
// page (and counted in the bytes).
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/format-date/format-date.js';
import '@shoelace-style/shoelace/dist/components/relative-time/relative-time.js';

export const name = 'Shoelace';

// Light-DOM styles the publisher writes around the Shoelace components.
export const CSS = `
.sl-news { display: block; width: 100%; font-family: var(--sl-font-sans); }
.sl-news::part(base) { height: 100%; }
.sl-news img { display: block; width: 100%; height: auto; }
.sl-news .kicker { margin: 0; color: #b3261e; font-size: 14px; font-weight: 700; text-transform: uppercase; }
.sl-news h2 { margin: 4px 0; font-size: 22px; line-height: 1.2; }
.sl-news h2 a, .sl-trending a { color: inherit; text-decoration: none; }
.sl-news .description { margin: 0; }
.sl-news .credit, .sl-news .byline, .sl-trending .time { color: #595959; font-size: 14px; }
.sl-news .label { border: 1px solid #d6d6d6; border-radius: 4px; padding: 0 6px; font-size: 14px; font-weight: 700; }
.sl-trending ol { margin: 0; padding: 0; list-style: none; }
.sl-trending li { display: grid; grid-template-columns: 2em minmax(0, 1fr); gap: 12px; padding: 12px 0; border-top: 1px solid #d6d6d6; }
.sl-trending .rank { color: #b3261e; font-size: 22px; font-weight: 700; }
`;

const DAY = 24 * 60 * 60 * 1000;

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (children.length) e.append(...children);
  return e;
}

function when(iso, now) {
  return now - Date.parse(iso) < DAY
    ? el('sl-relative-time', { date: iso })
    : el('sl-format-date', { date: iso, month: 'short', day: 'numeric', year: 'numeric', hour: 'numeric', minute: 'numeric' });
}

function authors(people) {
  const out = [];
  people.forEach((p, i) => {
    if (i) out.push(i === people.length - 1 ? ' and ' : ', ');
    out.push(p.url ? el('a', { href: p.url, rel: 'author noopener' }, p.name) : el('span', {}, p.name));
    if (p.jobTitle) out.push(` (${p.jobTitle})`);
  });
  return out;
}

function card(a, now) {
  const body = [];
  if (a.labels?.length) body.push(el('p', {}, ...a.labels.map((l) => el('span', { class: 'label' }, l[0].toUpperCase() + l.slice(1)))));
  body.push(
    el('p', { class: 'kicker' }, a.articleSection),
    el('h2', {}, el('a', { href: a.url, rel: 'noopener' }, a.headline)),
    el('p', { class: 'description' }, a.description),
    el('small', { class: 'credit' }, `Photo: ${a.image.creditText}`),
  );
  return el(
    'sl-card',
    { class: 'sl-news' },
    el('img', { slot: 'image', src: a.image.url, width: a.image.width, height: a.image.height, alt: a.image.alt, loading: 'lazy', decoding: 'async' }),
    ...body,
    el('div', { slot: 'footer', class: 'byline' }, 'By ', ...authors(a.author), ' · ', when(a.datePublished, now), ` · ${Math.max(1, Math.ceil(a.wordCount / 230))} min read`),
  );
}

/** Every Shoelace element under `root` has rendered. */
async function settle(root) {
  const pending = [];
  for (const e of root.querySelectorAll('sl-card, sl-relative-time, sl-format-date')) pending.push(e.updateComplete);
  await Promise.all(pending);
}

export async function ready() {
  const style = document.createElement('style');
  style.textContent = CSS;
  document.head.append(style);
  await Promise.all(['sl-card', 'sl-relative-time', 'sl-format-date'].map((t) => customElements.whenDefined(t)));
}

export async function renderCards(stage, articles) {
  const now = Date.now();
  const frag = document.createDocumentFragment();
  for (const a of articles) frag.append(card(a, now));
  stage.append(frag);
  await settle(stage);
}

export async function renderList(stage, feed) {
  const now = Date.now();
  const ol = el('ol', {});
  feed.items.slice(0, 100).forEach((item, i) => {
    ol.append(
      el('li', {}, el('span', { class: 'rank' }, String(i + 1)), el('span', {}, el('a', { href: item.url, rel: 'noopener' }, item.headline), ' ', el('span', { class: 'time' }, when(item.datePublished, now)))),
    );
  });
  stage.append(el('section', { class: 'sl-trending' }, el('h2', {}, feed.name || 'Trending Now'), ol));
  await settle(stage);
}

export function clear(stage) {
  stage.replaceChildren();
}
