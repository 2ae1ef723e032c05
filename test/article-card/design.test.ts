// The card's design answers to its container, not to the fixtures: layouts measured on boxes from
// 280 to 1200 px, photo crops of any shape, surfaces, labels, the meta line and the newsroom preset.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/photo-credit/news-photo-credit.js';
import type { NewsArticleCard } from '../../src/article-card/article-card.js';
import type { NewsPhotoCredit } from '../../src/photo-credit/photo-credit.js';
import { deepQuery, deepQueryAll, fixtureUrl, loadJson, settle, waitForState } from '../helpers.js';

const LAYOUTS = ['stacked', 'horizontal', 'overlay', 'compact'] as const;
const WIDTHS = [280, 320, 375, 768, 960, 1200];

type Photo = { url: string; width: number; height: number };
const PORTRAIT: Photo = { url: fixtureUrl('photo-portrait.svg'), width: 600, height: 900 };
const SQUARE: Photo = { url: fixtureUrl('photo-square.svg'), width: 800, height: 800 };
const PANORAMA: Photo = { url: fixtureUrl('photo-panorama.svg'), width: 1500, height: 500 };
const LANDSCAPE: Photo = { url: fixtureUrl('seed-hero.png'), width: 960, height: 540 };

let seed: Record<string, unknown>;
before(async () => {
  seed = await loadJson<Record<string, unknown>>('seed-article.json');
});

function article(image?: Partial<Photo> & Record<string, unknown>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const { image: _, ...rest } = seed;
  return { ...rest, ...extra, ...(image ? { image: { creditText: 'Shutterstock', alt: 'A photo', ...image } } : {}) };
}

async function card(width: number, layout: string, data: Record<string, unknown>, attrs: Record<string, string> = {}): Promise<NewsArticleCard> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  const el = document.createElement('news-article-card') as NewsArticleCard;
  el.setAttribute('layout', layout);
  el.setAttribute('loading', 'eager');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.article = data;
  wrapper.append(el);
  await waitForState(el, 'ready');
  await settle(el);
  return el;
}

const box = (el: Element | null): DOMRect => el!.getBoundingClientRect();
const part = (el: Element, name: string): Element => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;

describe('article card design', () => {
  describe('layouts answer to the width of their container', () => {
    for (const layout of LAYOUTS) {
      for (const width of WIDTHS) {
        it(`${layout} at ${width} px keeps a readable headline column`, async () => {
          const el = await card(width, layout, article(LANDSCAPE));
          const headline = box(part(el, 'headline'));
          const img = box(deepQuery(el, 'img'));
          expect(box(el).width).to.be.closeTo(width, 0.5);
          // Never a sliver: at least 200 px (compact's teaser) and more than half the card elsewhere.
          expect(headline.width, 'headline column').to.be.at.least(Math.min(200, width - 100));
          if (layout !== 'compact') expect(headline.width, 'headline share').to.be.at.least(Math.min(width * 0.55, 280));
          // A measure, not the full width of a lead slot: at most 36em of the headline's size.
          const size = parseFloat(getComputedStyle(part(el, 'headline')).fontSize);
          expect(headline.width).to.be.at.most(36 * size + 0.5);
          if (layout === 'horizontal') {
            // Side by side only while the text keeps 280 px or more; stacked below that.
            if (width >= 520) expect(headline.left, 'beside the photo').to.be.at.least(img.right);
            else expect(headline.top, 'under the photo').to.be.at.least(img.bottom);
          }
          if (layout === 'stacked') expect(headline.top).to.be.at.least(img.bottom);
          if (layout === 'compact') expect(img.width).to.be.within(87.5, 180.5);
          if (layout === 'overlay') {
            // The photo covers the whole card, text included.
            const body = box(part(el, 'body'));
            expect(img.top).to.be.at.most(body.top + 0.5);
            expect(img.bottom).to.be.at.least(body.bottom - 0.5);
          }
        });
      }

      for (const width of [320, 960]) {
        it(`${layout} at ${width} px without an image uses the full width`, async () => {
          const el = await card(width, layout, article());
          const body = box(part(el, 'body'));
          const root = box(el);
          expect(body.left).to.be.closeTo(root.left, 0.5);
          expect(body.width, 'text column').to.be.closeTo(width, 0.5);
          // And it reads as text on the surface: no white-on-white from the overlay look.
          const color = getComputedStyle(part(el, 'headline')).color;
          expect(color).to.equal('rgb(26, 26, 26)');
        });
      }
    }

    it('drops the description on a narrow overlay card, keeps it on a wide one', async () => {
      const narrow = await card(320, 'overlay', article(LANDSCAPE));
      expect(box(part(narrow, 'description')).height).to.equal(0);
      const wide = await card(768, 'overlay', article(LANDSCAPE));
      expect(box(part(wide, 'description')).height).to.be.above(0);
    });

    it('grows the headline on a wide stacked card', async () => {
      const narrow = await card(375, 'stacked', article(LANDSCAPE));
      const wide = await card(960, 'stacked', article(LANDSCAPE));
      expect(parseFloat(getComputedStyle(part(narrow, 'headline')).fontSize)).to.equal(22);
      expect(parseFloat(getComputedStyle(part(wide, 'headline')).fontSize)).to.equal(27.5);
    });
  });

  describe('photo crops', () => {
    for (const [name, photo] of Object.entries({ portrait: PORTRAIT, square: SQUARE, panorama: PANORAMA })) {
      it(`crops a ${name} photo to 16:9 by default`, async () => {
        const el = await card(400, 'stacked', article(photo));
        const img = deepQuery<HTMLImageElement>(el, 'img')!;
        expect(box(img).width / box(img).height).to.be.closeTo(16 / 9, 0.02);
        expect(getComputedStyle(img).objectFit).to.equal('cover');
      });
    }

    it('lines the headlines of a grid of mixed photo shapes up', async () => {
      const grid = await fixture<HTMLDivElement>(html`<div style="display: grid; grid-template-columns: repeat(3, 300px); gap: 16px; align-items: start"></div>`);
      const cards = [PORTRAIT, LANDSCAPE, PANORAMA].map((photo) => {
        const el = document.createElement('news-article-card') as NewsArticleCard;
        el.article = article(photo);
        grid.append(el);
        return el;
      });
      for (const el of cards) await waitForState(el, 'ready');
      await Promise.all(cards.map(settle));
      const tops = cards.map((el) => box(part(el, 'headline')).top);
      expect(Math.max(...tops) - Math.min(...tops)).to.be.below(0.5);
    });

    it('takes another shape from the token, and auto keeps the photo as it is', async () => {
      const threeTwo = await card(400, 'stacked', article(PORTRAIT));
      threeTwo.style.setProperty('--news-image-aspect-ratio', '3 / 2');
      const img = deepQuery(threeTwo, 'img')!;
      expect(box(img).width / box(img).height).to.be.closeTo(1.5, 0.02);
      threeTwo.style.setProperty('--news-card-image-aspect-ratio', 'auto');
      await (img as HTMLImageElement).decode(); // auto: the photo's own shape, known once it has loaded
      expect(box(img).width / box(img).height).to.be.closeTo(2 / 3, 0.02);
    });

    it('keeps the focal point the data gives in frame', async () => {
      const el = await card(400, 'stacked', article({ ...PORTRAIT, focalPoint: { x: 0.5, y: 0.25 } }));
      expect(getComputedStyle(deepQuery(el, 'img')!).objectPosition).to.equal('50% 25%');
      const centred = await card(400, 'stacked', article(PORTRAIT));
      expect(getComputedStyle(deepQuery(centred, 'img')!).objectPosition).to.equal('50% 50%');
    });

    it('reports a focal point out of range as a warning with its path, and centres the photo', async () => {
      const events: CustomEvent[] = [];
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"></div>`);
      wrapper.addEventListener('news-load', (e) => events.push(e as CustomEvent));
      const el = document.createElement('news-article-card') as NewsArticleCard;
      el.article = article({ ...PORTRAIT, focalPoint: { x: 1.5, y: '<script>' } });
      wrapper.append(el);
      await waitForState(el, 'ready');
      await settle(el);
      const warnings = events.at(-1)!.detail.warnings as Array<{ path: string }>;
      expect(warnings.map((w) => w.path)).to.include('image.focalPoint');
      expect(getComputedStyle(deepQuery(el, 'img')!).objectPosition).to.equal('50% 50%');
    });

    it('shows a photo on its own in its natural shape, its space reserved before it loads', async () => {
      // A URL that never answers: only width and height can give the box its shape.
      const el = await fixture<NewsPhotoCredit>(html`<news-photo-credit style="width: 300px" .image=${{ ...PORTRAIT, url: '/never-answers.svg' }}></news-photo-credit>`);
      await waitForState(el, 'ready');
      const img = deepQuery(el, 'img')!;
      expect(box(img).width / box(img).height).to.be.closeTo(2 / 3, 0.02);
    });

    it('crops a photo on its own through ::part(image)', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <style>
          .cropped::part(image) {
            aspect-ratio: 3 / 2;
          }
        </style>
        <news-photo-credit class="cropped" style="width: 300px"></news-photo-credit>
      </div>`);
      const el = wrapper.querySelector('news-photo-credit') as NewsPhotoCredit;
      el.image = { ...PORTRAIT };
      await waitForState(el, 'ready');
      const img = deepQuery(el, 'img')!;
      expect(box(img).width / box(img).height).to.be.closeTo(1.5, 0.02);
      expect(getComputedStyle(img).objectFit).to.equal('cover');
    });

    it('crops a broken photo’s placeholder to the card’s shape too', async () => {
      const el = await card(400, 'stacked', article({ ...PORTRAIT, url: '/does-not-exist.svg' }));
      await new Promise<void>((resolve) => {
        const check = () => (deepQuery(el, '.broken') ? resolve() : requestAnimationFrame(check));
        check();
      });
      await settle(el);
      const broken = box(deepQuery(el, '.broken'));
      expect(broken.width / broken.height).to.be.closeTo(16 / 9, 0.02);
    });
  });

  describe('the credit and the meta line', () => {
    for (const layout of ['stacked', 'horizontal', 'overlay']) {
      it(`${layout}: the credit sits on the photo, not between photo and headline`, async () => {
        const el = await card(768, layout, article(LANDSCAPE));
        const img = box(deepQuery(el, 'img'));
        const credit = box(deepQuery(el, '[part="caption-area"]'));
        expect(credit.top).to.be.at.least(img.top - 0.5);
        expect(credit.bottom).to.be.at.most(img.bottom + 0.5);
        expect(credit.right).to.be.closeTo(img.right, 0.5);
        if (layout === 'stacked') {
          const body = box(part(el, 'body'));
          expect(body.top - img.bottom).to.be.closeTo(12, 0.5);
        }
      });
    }

    it('sets the reading time on the byline’s baseline, after a separator', async () => {
      const el = await card(960, 'stacked', article(LANDSCAPE));
      const byline = deepQuery(el, '[part~="byline"]')!;
      const by = deepQuery(byline, 'p')!;
      const reading = part(el, 'reading-time');
      const range = (node: Element) => {
        const r = document.createRange();
        r.selectNodeContents(node);
        return r.getClientRects()[0]!;
      };
      // Same font and size: first lines with the same box bottom share a baseline.
      expect(range(reading).bottom).to.be.closeTo(range(by).bottom, 0.5);
      expect(range(reading).top).to.be.closeTo(range(by).top, 0.5);
      expect(getComputedStyle(reading, '::before').content).to.match(/·/);
    });

    it('starts a wrapped credit at the caption’s edge, with no indent', async () => {
      const el = await fixture<NewsPhotoCredit>(
        html`<news-photo-credit
          loading="eager"
          style="width: 300px"
          .image=${{ ...LANDSCAPE, caption: 'A caption that fills the first line of the figure caption exactly enough', creditText: 'A credit that is long enough to wrap somewhere' }}
        ></news-photo-credit>`,
      );
      await waitForState(el, 'ready');
      const area = box(deepQuery(el, 'figcaption'));
      const lines = [...deepQuery(el, '[part="credit"]')!.getClientRects()];
      expect(lines.length).to.be.at.least(2);
      for (const line of lines.slice(1)) expect(line.left).to.be.closeTo(area.left, 0.5);
    });
  });

  describe('surfaces', () => {
    it('insets a dark card’s content by the inset token (12 px), and a light one not at all', async () => {
      const dark = await card(400, 'stacked', article(LANDSCAPE), { theme: 'dark' });
      const darkImg = box(deepQuery(dark, 'img'));
      expect(darkImg.left - box(dark).left).to.be.closeTo(12, 0.5);
      expect(darkImg.top - box(dark).top).to.be.closeTo(12, 0.5);
      expect(box(dark).bottom - box(part(dark, 'meta')).bottom).to.be.closeTo(12, 0.5);
      const light = await card(400, 'stacked', article(LANDSCAPE));
      expect(box(deepQuery(light, 'img')).left - box(light).left).to.be.closeTo(0, 0.5);
      light.style.setProperty('--news-inset', '20px');
      expect(box(deepQuery(light, 'img')).left - box(light).left).to.be.closeTo(20, 0.5);
    });

    it('paints the dark surface with rounded corners, and nested widgets add no surface of their own', async () => {
      const dark = await card(400, 'stacked', article(LANDSCAPE), { theme: 'dark' });
      const root = part(dark, 'base');
      expect(getComputedStyle(root).backgroundColor).to.equal('rgb(18, 18, 18)');
      expect(getComputedStyle(root).borderTopLeftRadius).to.equal('8px');
      for (const child of deepQueryAll(dark, 'news-byline, news-photo-credit')) {
        const inner = child.shadowRoot!.querySelector('[part~="base"]')!;
        expect(getComputedStyle(inner).paddingLeft).to.equal('0px');
        expect(getComputedStyle(inner).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      }
    });
  });

  describe('labels', () => {
    const labelled = () => card(768, 'stacked', article(LANDSCAPE, { labels: ['live', 'breaking', 'opinion', 'analysis', 'sponsored'] }));
    const labelsOf = (el: Element) => Object.fromEntries([...el.shadowRoot!.querySelectorAll('[part="label"]')].map((l) => [l.textContent!.trim(), l]));

    it('makes Sponsored unmistakable: its own colour, dashed border, square corners, named first', async () => {
      const el = await labelled();
      const labels = labelsOf(el);
      expect(Object.keys(labels)[0]).to.equal('Sponsored');
      const sponsored = getComputedStyle(labels['Sponsored']!);
      for (const other of ['Live', 'Breaking', 'Opinion', 'Analysis']) {
        const style = getComputedStyle(labels[other]!);
        expect(sponsored.backgroundColor, other).to.not.equal(style.backgroundColor);
        expect(sponsored.borderTopStyle, other).to.not.equal(style.borderTopStyle);
      }
      expect(sponsored.backgroundColor).to.equal('rgb(251, 234, 167)');
      expect(sponsored.borderTopStyle).to.equal('dashed');
    });

    it('tells Live from Breaking: a dot before Live, the filled accent for Breaking', async () => {
      const el = await labelled();
      const labels = labelsOf(el);
      const dot = getComputedStyle(labels['Live']!, '::before');
      expect(dot.content).to.equal('""');
      expect(dot.backgroundColor).to.equal('rgb(179, 38, 30)');
      expect(getComputedStyle(labels['Breaking']!, '::before').content).to.equal('none');
      expect(getComputedStyle(labels['Breaking']!).backgroundColor).to.equal('rgb(179, 38, 30)');
      expect(getComputedStyle(labels['Live']!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      // The dot pulses unless the reader asks for less motion; then it stands still.
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      expect(dot.animationName).to.equal(reduced ? 'none' : 'news-pulse');
      // The words are the accessible text; the dot adds none.
      expect(labels['Live']!.textContent!.trim()).to.equal('Live');
    });

    it('stills every animation under prefers-reduced-motion (the rule the engines apply)', async () => {
      const el = await labelled();
      const rules = el.shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]);
      const media = rules.find((rule) => rule instanceof CSSMediaRule && /prefers-reduced-motion:\s*reduce/.test(rule.conditionText)) as CSSMediaRule;
      expect(media, 'a reduced-motion rule').to.exist;
      const inner = [...media.cssRules] as CSSStyleRule[];
      expect(inner.some((r) => /::before/.test(r.selectorText) && r.style.getPropertyValue('animation-name') === 'none' && r.style.getPropertyPriority('animation-name') === 'important')).to.equal(true);
    });
  });

  describe('the newsroom preset', () => {
    let link: HTMLLinkElement;
    before(async () => {
      link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = new URL('../../src/themes/newsroom.css', import.meta.url).href;
      const loaded = new Promise((resolve, reject) => {
        link.onload = resolve;
        link.onerror = reject;
      });
      document.head.append(link);
      await loaded;
    });
    after(() => link.remove());

    it('gives the cards inside .news-newsroom serif headlines, square corners and 3:2 photos', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 400px"><div class="news-newsroom"></div></div>`);
      const el = document.createElement('news-article-card') as NewsArticleCard;
      el.article = article(PORTRAIT, { labels: ['opinion'] });
      wrapper.firstElementChild!.append(el);
      await waitForState(el, 'ready');
      await settle(el);
      expect(getComputedStyle(part(el, 'headline')).fontFamily).to.match(/^Georgia/);
      expect(getComputedStyle(part(el, 'headline')).fontSize).to.equal('24px');
      const img = deepQuery(el, 'img')!;
      expect(getComputedStyle(img).borderTopLeftRadius).to.equal('0px');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part="label"]')!).borderTopLeftRadius).to.equal('0px');
      expect(box(img).width / box(img).height).to.be.closeTo(1.5, 0.02);
      expect(getComputedStyle(part(el, 'reading-time')).fontSize).to.equal('13px');
    });

    it('leaves the colours, so both themes keep their contrast', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="news-newsroom"></div>`);
      const el = document.createElement('news-article-card') as NewsArticleCard;
      el.setAttribute('theme', 'dark');
      el.article = article(LANDSCAPE);
      wrapper.append(el);
      await waitForState(el, 'ready');
      expect(getComputedStyle(part(el, 'base')).backgroundColor).to.equal('rgb(18, 18, 18)');
      expect(getComputedStyle(part(el, 'headline')).color).to.equal('rgb(241, 241, 241)');
    });
  });
});
