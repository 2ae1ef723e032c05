// Right-to-left layouts are mirrors of their left-to-right counterparts: the same content laid
// out with dir="rtl" puts every box (media, body, labels, ranks, photo, credit…) at the mirrored
// place, with the same size. Inline text runs are left out: the bidi algorithm orders a line's
// runs by their own direction, not by the layout's. Then axe, in both themes, on the widgets with
// right-to-left content (Arabic, Hebrew, Persian, Urdu).
import { expect, fixture } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/photo-credit/news-photo-credit.js';
import '../../src/trending-list/news-trending-list.js';
import { fixtureUrl, settle } from '../helpers.js';

const image = {
  url: fixtureUrl('photo-panorama.svg'),
  width: 1600,
  height: 900,
  caption: 'Harbour at dawn',
  creditText: 'Shutterstock',
};

const article = {
  url: 'https://news.example/a',
  headline: 'A headline long enough to wrap onto a second line in a narrow card',
  description: 'The description, a sentence or two under the headline.',
  datePublished: '2024-07-11T08:15:00Z',
  dateModified: '2024-07-12T16:45:00Z',
  author: [{ name: 'Kathrine Frich', url: 'https://news.example/frich' }, 'Jens Hansen'],
  labels: ['live', 'opinion'],
  kicker: 'World',
  wordCount: 800,
  image,
};

const feed = {
  name: 'Most read',
  items: [1, 2, 3, 4].map((n) => ({
    url: `https://news.example/${n}`,
    headline: `Story number ${n} with a headline`,
    datePublished: '2024-07-11T08:15:00Z',
    image: { url: fixtureUrl('photo-square.svg'), width: 400, height: 400 },
  })),
};

const WIDGETS: Record<string, (dir: string | undefined) => TemplateResult> = {
  'card, stacked': (dir) => html`<news-article-card dir=${dir ?? 'ltr'} time-zone="UTC" .article=${article}></news-article-card>`,
  'card, horizontal': (dir) =>
    html`<news-article-card dir=${dir ?? 'ltr'} layout="horizontal" time-zone="UTC" .article=${article}></news-article-card>`,
  'card, overlay': (dir) => html`<news-article-card dir=${dir ?? 'ltr'} layout="overlay" time-zone="UTC" .article=${article}></news-article-card>`,
  'card, compact': (dir) => html`<news-article-card dir=${dir ?? 'ltr'} layout="compact" time-zone="UTC" .article=${article}></news-article-card>`,
  'trending list, with thumbnails': (dir) =>
    html`<news-trending-list dir=${dir ?? 'ltr'} thumbnails time-zone="UTC" .feed=${feed}></news-trending-list>`,
  'photo credit': (dir) => html`<news-photo-credit dir=${dir ?? 'ltr'} .image=${image}></news-photo-credit>`,
  byline: (dir) => html`<news-byline dir=${dir ?? 'ltr'} time-zone="UTC" .article=${article}></news-byline>`,
};

interface Box {
  path: string;
  left: number;
  right: number;
  top: number;
  width: number;
  height: number;
}

/** Every laid-out box that is not an inline run, in every shadow tree of `host`, relative to the host. */
function boxes(host: Element): Box[] {
  const origin = host.getBoundingClientRect();
  const out: Box[] = [];
  const walk = (root: ParentNode, prefix: string) => {
    root.querySelectorAll('*').forEach((el, i) => {
      const path = `${prefix}/${el.localName}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''}#${i}`;
      const display = getComputedStyle(el).display;
      const rect = el.getBoundingClientRect();
      if (display !== 'inline' && display !== 'contents' && display !== 'none' && rect.width > 0 && rect.height > 0)
        out.push({ path, left: rect.left - origin.left, right: origin.right - rect.right, top: rect.top - origin.top, width: rect.width, height: rect.height });
      if (el.shadowRoot) walk(el.shadowRoot, path);
    });
  };
  walk(host.shadowRoot!, '');
  return out;
}

async function render(template: TemplateResult, width: number): Promise<Element> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${template}</div>`);
  const el = wrapper.firstElementChild!;
  await settle(el);
  // Images decoded, so their boxes have their final size.
  await Promise.all([...deepImages(el)].map((img) => img.decode().catch(() => {})));
  return el;
}

function deepImages(el: Element): HTMLImageElement[] {
  const out: HTMLImageElement[] = [];
  const walk = (root: ParentNode) =>
    root.querySelectorAll('*').forEach((node) => {
      if (node instanceof HTMLImageElement) out.push(node);
      if (node.shadowRoot) walk(node.shadowRoot);
    });
  walk(el.shadowRoot!);
  return out;
}

describe('right-to-left layouts mirror left-to-right ones (boxes)', () => {
  for (const [name, template] of Object.entries(WIDGETS)) {
    for (const width of [360, 720]) {
      it(`${name}, ${width}px`, async () => {
        const ltr = boxes(await render(template(undefined), width));
        const rtl = boxes(await render(template('rtl'), width));
        expect(rtl.map((b) => b.path)).to.deep.equal(ltr.map((b) => b.path));
        expect(ltr.length, 'boxes compared').to.be.at.least(3);
        ltr.forEach((l, i) => {
          const r = rtl[i]!;
          const at = `${name} ${width}px ${l.path}`;
          expect(Math.abs(r.left - l.right), `${at}: mirrored (left ${r.left} vs right ${l.right})`).to.be.at.most(1);
          expect(Math.abs(r.top - l.top), `${at}: same top`).to.be.at.most(1);
          expect(Math.abs(r.width - l.width), `${at}: same width`).to.be.at.most(1);
          expect(Math.abs(r.height - l.height), `${at}: same height`).to.be.at.most(1);
        });
      });
    }
  }
});

describe('right-to-left content: direction, isolation and axe in both themes', () => {
  const arabic = {
    url: 'https://news.example/ar',
    headline: 'عنوان الخبر الرئيسي اليوم',
    description: 'وصف قصير للخبر.',
    datePublished: '2024-07-11T08:15:00Z',
    author: ['John Smith', 'سارة أحمد'],
    labels: ['breaking'],
    inLanguage: 'ar',
    wordCount: 700,
    image: { ...image, caption: 'الميناء عند الفجر', creditText: 'Reuters' },
  };

  for (const lang of ['ar', 'he', 'fa', 'ur']) {
    for (const theme of ['light', 'dark']) {
      it(`${lang}, ${theme}: card, list and photo credit lay out right to left and are axe-clean`, async () => {
        const page = await fixture<HTMLDivElement>(html`<div lang=${lang} style="width:640px">
          <news-article-card theme=${theme} .article=${arabic}></news-article-card>
          <news-trending-list theme=${theme} .feed=${feed}></news-trending-list>
          <news-photo-credit theme=${theme} .image=${arabic.image}></news-photo-credit>
        </div>`);
        for (const el of page.children) {
          await settle(el);
          expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir'), el.localName).to.equal('rtl');
          await expect(el).to.be.accessible();
        }
      });
    }
  }

  it('a Latin name in an Arabic byline is isolated, and an Arabic headline on an English page reads right to left', async () => {
    const el = await fixture<HTMLElement>(html`<news-article-card lang="ar" .article=${arabic}></news-article-card>`);
    await settle(el);
    const byline = el.shadowRoot!.querySelector('news-byline')!;
    const names = [...byline.shadowRoot!.querySelectorAll('[part="author"]')];
    expect(names.map((n) => n.getAttribute('dir'))).to.deep.equal(['auto', 'auto']);
    expect(getComputedStyle(names[0]!).unicodeBidi).to.equal('isolate');
    expect(getComputedStyle(names[0]!).direction).to.equal('ltr');
    expect(getComputedStyle(names[1]!).direction).to.equal('rtl');

    const english = await fixture<HTMLElement>(
      html`<div lang="en"><news-article-card .article=${{ ...arabic, inLanguage: undefined }}></news-article-card></div>`,
    );
    const card = english.firstElementChild!;
    await settle(card);
    expect(card.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal('ltr');
    const link = card.shadowRoot!.querySelector('[part="link"]')!;
    expect(getComputedStyle(link).direction).to.equal('rtl');
  });
});
