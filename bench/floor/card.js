// The floor for <news-article-card>: the same DOM (the card's shadow root holding a photo-credit
// host and a byline host, each with its own shadow root), the same text and the same
// stylesheets, written by hand with no framework, no validation and no bookkeeping.
import { frame, h, host, LABELS, listParts, readingTime, rel, time } from './dom.js';

function photoCredit(image, lang) {
  const [el, root] = host('news-photo-credit', {
    part: 'media',
    class: 'media crop ',
    exportparts: 'image, credit',
    'hide-caption': '',
    lang,
    // The card gives its nested widgets its direction.
    dir: 'ltr',
  });
  const img = h('img', {
    part: 'image',
    decoding: 'async',
    src: image.url,
    width: image.width,
    height: image.height,
    alt: image.alt,
    loading: 'lazy',
  });
  // The focal point's object-position, set through the CSSOM (which a strict CSP allows); empty
  // for an image without one, as the component leaves it.
  img.style = '';
  root.append(
    frame(
      lang,
      h(
        'figure',
        { part: 'figure', class: 'below' },
        img,
        ' ',
        h('figcaption', { part: 'caption-area' }, ' ', h('span', { part: 'credit', class: 'credit' }, `Photo: ${image.creditText}`), '  '),
      ),
    ),
  );
  return el;
}

function author(person) {
  return person.url
    ? h('a', { part: 'author', class: 'author', dir: 'auto', href: person.url, rel: rel(person.url, 'author') }, person.name)
    : h('span', { part: 'author', class: 'author', dir: 'auto' }, person.name);
}

function authors(people) {
  if (people.length === 1) {
    const [p] = people;
    return p.jobTitle ? [author(p), h('span', { part: 'job-title', class: 'job' }, `, ${p.jobTitle}`)] : [author(p)];
  }
  const out = [];
  for (const part of listParts(people)) {
    if (part.type !== 'element') {
      out.push(part.value);
      continue;
    }
    const p = people[Number(part.value)];
    out.push(author(p));
    if (p.jobTitle) out.push(' ', h('span', { part: 'job-title', class: 'job' }, `(${p.jobTitle})`));
  }
  return out;
}

export function byline(article, lang, now) {
  const [el, root] = host('news-byline', { part: 'byline', exportparts: 'author, time', lang, dir: 'ltr' });
  root.append(
    frame(
      lang,
      h(
        'p',
        { part: 'byline', class: 'byline' },
        h('span', { class: 'authors' }, h('span', { part: 'lead-in' }, 'By'), ' ', h('span', { part: 'authors' }, ...authors(article.author))),
        ' ',
        h('span', { class: 'sep', 'aria-hidden': 'true' }, '·'),
        ' ',
        h('span', { class: 'times' }, h('span', { class: 'published' }, time(article.datePublished, 'time', now))),
      ),
    ),
  );
  return el;
}

export function card(article, now = Date.now()) {
  const lang = 'en';
  const [el, root] = host('news-article-card');
  const body = h('div', { part: 'body', class: 'body' });
  if (article.labels?.length) {
    body.append(h('ul', { part: 'labels', class: 'labels' }, ...article.labels.map((l) => h('li', { part: 'label', class: `label ${l}` }, LABELS[l]))));
  }
  body.append(
    ' ',
    h('p', { part: 'kicker', class: 'kicker', dir: 'auto' }, article.articleSection),
    ' ',
    h(
      'h2',
      { class: 'heading', part: 'headline', id: '' },
      h('a', { part: 'link', class: 'link', dir: 'auto', href: article.url, rel: rel(article.url) }, article.headline),
    ),
    ' ',
    h('p', { part: 'description', class: 'description', dir: 'auto' }, article.description),
    h(
      'div',
      { part: 'meta', class: 'meta' },
      byline(article, lang, now),
      h('span', { part: 'reading-time', class: 'muted reading' }, readingTime(article.wordCount)),
    ),
  );
  root.append(frame(lang, h('article', { part: 'card', class: 'card stacked', lang: article.inLanguage }, photoCredit(article.image, lang), body)));
  return el;
}

/** A headline change, written as a hand-written update would: the one text node. */
export function setHeadline(el, headline) {
  const text = el.shadowRoot.querySelector('a.link').firstChild;
  if (text.data !== headline) text.data = headline;
}
