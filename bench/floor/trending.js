// The floor for <news-trending-list>: the same shadow DOM, text and stylesheets, by hand. Its
// update is the minimal one a careful hand-written list would do: compare each row's fields with
// what it shows and write only what differs.
import { frame, h, host, rel, time } from './dom.js';

function row(item, i, now) {
  const link = h('a', { part: 'link', class: 'link', dir: 'auto', href: item.url, rel: rel(item.url) }, item.headline);
  const li = h(
    'li',
    { part: 'item', class: 'item', 'data-position': i + 1 },
    h('span', { part: 'rank', class: 'rank', 'aria-hidden': 'true' }, String(i + 1)),
    ' ',
    h('span', { class: 'text' }, link, ' ', h('span', { class: 'muted' }, time(item.datePublished, 'time', now)), ' '),
  );
  li._fields = { url: item.url, headline: item.headline, datePublished: item.datePublished, link };
  return li;
}

export function trendingList(feed, max = 100, now = Date.now()) {
  const lang = 'en';
  const [el, root] = host('news-trending-list', { max: String(max) });
  const items = feed.items.slice(0, max);
  root.append(
    frame(
      lang,
      h(
        'section',
        { 'aria-labelledby': 'heading' },
        h('h2', { class: 'heading', part: 'heading', id: 'heading' }, feed.name || 'Trending Now'),
        ' ',
        h('ol', { part: 'list', role: 'list' }, ...items.map((item, i) => row(item, i, now))),
      ),
    ),
  );
  return el;
}

/** Rows keyed by position with the same ids (a refresh of the same stories): write only changes. */
export function updateTrendingList(el, feed, max = 100, now = Date.now()) {
  const ol = el.shadowRoot.querySelector('ol');
  const items = feed.items.slice(0, max);
  let li = ol.firstElementChild;
  for (let i = 0; i < items.length; i++, li = li.nextElementSibling) {
    const item = items[i];
    const f = li._fields;
    if (item.headline !== f.headline) {
      f.link.firstChild.data = item.headline;
      f.headline = item.headline;
    }
    if (item.url !== f.url) {
      f.link.setAttribute('href', item.url);
      f.link.setAttribute('rel', rel(item.url));
      f.url = item.url;
    }
    if (item.datePublished !== f.datePublished) {
      li.querySelector('time').replaceWith(time(item.datePublished, 'time', now));
      f.datePublished = item.datePublished;
    }
  }
}
