// The host element is the publisher's, and so is its `display`: CSS resets set `display: revert`
// (inline, for a custom element), pages set inline or contents. Whatever it is, the widget must
// keep its place in the page's flow: full width, and never drawn over the content after it.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/photo-credit/news-photo-credit.js';
import '../../src/trending-list/news-trending-list.js';
import { loadJson, waitForState } from '../helpers.js';

const WIDTH = 420;

// the-new-css-reset, a widely used reset: every element unset, display reverted to the browser's.
const NEW_CSS_RESET = '*:where(:not(html, iframe, canvas, img, svg, video, audio):not(svg *, symbol *)) { all: unset; display: revert; }';

const HOST_STYLES: Record<string, string> = {
  'no page style': '',
  'display: inline': '.host-under-test { display: inline; }',
  'display: inline !important on everything': '.page-under-test * { display: inline !important; }',
  'display: contents': '.host-under-test { display: contents; }',
  'display: inline-block': '.host-under-test { display: inline-block; width: 100%; }',
  'display: flex': '.host-under-test { display: flex; }',
  'display: grid': '.host-under-test { display: grid; }',
  'display: block with a large line-height': '.host-under-test { display: block; line-height: 80px; font-size: 40px; }',
  'the new CSS reset (all: unset; display: revert)': NEW_CSS_RESET,
};

const WIDGETS: Record<string, (el: HTMLElement & Record<string, unknown>, data: { article: unknown; feed: unknown }) => void> = {
  'news-article-card': (el, d) => (el['article'] = d.article),
  'news-byline': (el, d) => (el['article'] = d.article),
  'news-photo-credit': (el, d) => (el['article'] = d.article),
  'news-trending-list': (el, d) => (el['feed'] = d.feed),
};

// Hosts the publisher made shrink-to-fit: the widget is as wide as its content, at most the column.
const SHRINK_TO_FIT: Record<string, string> = {
  'display: table': '.host-under-test { display: table; }',
  'display: inline-flex': '.host-under-test { display: inline-flex; }',
};

describe('the widget keeps its place in the page whatever the host element’s display', () => {
  let data: { article: unknown; feed: unknown };
  before(async () => {
    data = { article: await loadJson('seed-article.json'), feed: await loadJson('trending-feed.json') };
  });

  for (const [styleName, css] of [...Object.entries(HOST_STYLES), ...Object.entries(SHRINK_TO_FIT)]) {
    const fills = styleName in HOST_STYLES;
    for (const [tag, give] of Object.entries(WIDGETS)) {
      it(`<${tag}> under ${styleName}`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div class="page-under-test" style="width: ${WIDTH}px">
          <style>
            ${css}
          </style>
          <p class="before" style="margin: 0">Before</p>
        </div>`);
        const el = document.createElement(tag) as HTMLElement & Record<string, unknown>;
        el.className = 'host-under-test';
        el.setAttribute('loading', 'eager');
        const after = document.createElement('p');
        after.textContent = 'After';
        after.style.margin = '0';
        page.append(el, after);
        give(el, data);
        await waitForState(el, 'ready');
        const root = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
        const before = page.querySelector('.before')!.getBoundingClientRect();
        const next = after.getBoundingClientRect();
        expect(root.height, 'the widget has a height').to.be.greaterThan(10);
        if (fills) expect(Math.round(root.width), 'full width of the column').to.equal(WIDTH);
        else expect(Math.round(root.width), 'within the column').to.be.within(1, WIDTH);
        expect(root.top, 'below what comes before').to.be.at.least(before.bottom - 0.5);
        expect(next.top, 'what comes after starts below the widget').to.be.at.least(root.bottom - 0.5);
      });
    }
  }
});
