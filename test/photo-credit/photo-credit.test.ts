import { expect, fixture, html } from '@open-wc/testing';
import '../../src/photo-credit/news-photo-credit.js';
import type { NewsPhotoCredit } from '../../src/photo-credit/photo-credit.js';
import type { Article } from '../../src/article/types.js';
import { fixtureUrl, loadJson, recordEvents, seedArticle, settle, visibleText, waitForState, waitUntil } from '../helpers.js';

const CAPTION = "NATO Secretary General Jens Stoltenberg voiced strong concerns about China's support for Russia";

async function credit(template: unknown, state: 'ready' | 'error' = 'ready'): Promise<NewsPhotoCredit> {
  const el = await fixture<NewsPhotoCredit>(template as never);
  await waitForState(el, state);
  return el;
}

describe('<news-photo-credit>', () => {
  let seed: Article;
  before(async () => {
    seed = await seedArticle();
  });

  it('renders the seed hero as a figure with its caption and "Photo: Shutterstock"', async () => {
    const el = await credit(html`<news-photo-credit .article=${seed}></news-photo-credit>`);
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure).to.exist;
    const img = figure.querySelector('img')!;
    expect(img.src).to.equal(fixtureUrl('seed-hero.png'));
    expect(img.getAttribute('width')).to.equal('960');
    expect(img.getAttribute('height')).to.equal('540');
    expect(img.alt).to.equal(seed.image!.alt);
    const caption = figure.querySelector('figcaption')!;
    expect(visibleText(caption)).to.equal(`${CAPTION} Photo: Shutterstock`);
    expect(caption.querySelector('[part="credit"]')!.textContent).to.equal('Photo: Shutterstock');
  });

  it('is usable alone with an ImageObject, a bare URL, or an article given three ways', async () => {
    const image = { url: fixtureUrl('seed-hero.png'), width: 960, height: 540, alt: 'Stage', caption: 'A caption', creditText: 'Jane Doe' };
    const a = await credit(html`<news-photo-credit .image=${image}></news-photo-credit>`);
    expect(visibleText(a)).to.equal('A caption Photo: Jane Doe');
    const b = await credit(html`<news-photo-credit .image=${fixtureUrl('seed-hero.png')}></news-photo-credit>`);
    expect(b.shadowRoot!.querySelector('img')!.src).to.equal(fixtureUrl('seed-hero.png'));
    expect(b.shadowRoot!.querySelector('figcaption')).to.equal(null);
    const c = await credit(html`<news-photo-credit><script type="application/json">${JSON.stringify(image)}</script></news-photo-credit>`);
    expect(visibleText(c)).to.equal('A caption Photo: Jane Doe');
    const d = await credit(html`<news-photo-credit src=${fixtureUrl('seed-article.json')}></news-photo-credit>`);
    expect(visibleText(d)).to.equal(`${CAPTION} Photo: Shutterstock`);
    expect(d.shadowRoot!.querySelector('img')!.src).to.equal(fixtureUrl('seed-hero.png'));
  });

  it('prefers `image` over `article`', async () => {
    const el = await credit(html`<news-photo-credit .article=${seed} .image=${{ url: fixtureUrl('seed-hero.png'), creditText: 'Other' }}></news-photo-credit>`);
    expect(visibleText(el)).to.equal('Photo: Other');
  });

  it('shows the copyright notice and a licence link when given', async () => {
    const el = await credit(html`<news-photo-credit
      .image=${{ url: fixtureUrl('seed-hero.png'), creditText: 'Shutterstock', copyrightNotice: '© 2024 Shutterstock', license: 'https://example.com/licence' }}
    ></news-photo-credit>`);
    expect(visibleText(el)).to.equal('Photo: Shutterstock © 2024 Shutterstock License');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="license"]')!;
    expect(link.href).to.equal('https://example.com/licence');
    expect(link.rel).to.contain('license');
    expect(link.rel).to.contain('noopener');
  });

  it('uses acquireLicensePage when there is no license', async () => {
    const el = await credit(html`<news-photo-credit .image=${{ url: fixtureUrl('seed-hero.png'), acquireLicensePage: 'https://example.com/buy' }}></news-photo-credit>`);
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="license"]')!.href).to.equal('https://example.com/buy');
  });

  it('places the caption below by default and on the photo with variant="overlay"', async () => {
    for (const variant of ['below', 'overlay']) {
      const el = await credit(html`<news-photo-credit variant=${variant} style="width: 480px" .article=${seed}></news-photo-credit>`);
      const img = el.shadowRoot!.querySelector('img')!.getBoundingClientRect();
      const caption = el.shadowRoot!.querySelector('figcaption')!.getBoundingClientRect();
      if (variant === 'below') expect(caption.top).to.be.at.least(img.bottom);
      else {
        expect(caption.bottom).to.be.closeTo(img.bottom, 1);
        expect(caption.top).to.be.greaterThan(img.top);
        expect(getComputedStyle(el.shadowRoot!.querySelector('figcaption')!).color).to.equal('rgb(255, 255, 255)');
      }
    }
  });

  it('hides the caption but keeps the credit with hide-caption', async () => {
    const el = await credit(html`<news-photo-credit hide-caption .article=${seed}></news-photo-credit>`);
    expect(visibleText(el)).to.equal('Photo: Shutterstock');
  });

  it('loads lazily by default and eagerly on request', async () => {
    const lazy = await credit(html`<news-photo-credit .article=${seed}></news-photo-credit>`);
    expect(lazy.shadowRoot!.querySelector('img')!.getAttribute('loading')).to.equal('lazy');
    const eager = await credit(html`<news-photo-credit loading="eager" .article=${seed}></news-photo-credit>`);
    expect(eager.shadowRoot!.querySelector('img')!.getAttribute('loading')).to.equal('eager');
  });

  it('treats alt="" as decorative and missing alt as empty, never as the URL', async () => {
    const el = await credit(html`<news-photo-credit .image=${{ url: fixtureUrl('seed-hero.png') }}></news-photo-credit>`);
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('keeps the space of a dead image and reports it', async () => {
    const host = document.createElement('div');
    host.style.width = '480px';
    const events = recordEvents(host, 'news-error');
    document.body.append(host);
    const el = document.createElement('news-photo-credit');
    el.image = { url: '/api/feed?status=404', width: 960, height: 540, alt: 'A stage' };
    host.append(el);
    await waitForState(el, 'ready');
    await waitUntil(() => events.length > 0, 'news-error for the dead image');
    await settle(el);
    expect(events).to.have.length(1);
    expect(events[0]!.detail.source).to.equal('image');
    const box = el.shadowRoot!.querySelector('[part="image"]')!;
    expect(box.tagName).to.equal('DIV');
    expect(box.getAttribute('role')).to.equal('img');
    expect(box.getAttribute('aria-label')).to.equal('A stage');
    expect(Math.round(box.getBoundingClientRect().height)).to.equal(270);
    host.remove();
  });

  it('keeps a dead image’s box to the height a publisher set through ::part(image)', async () => {
    const host = document.createElement('div');
    host.style.width = '300px';
    host.innerHTML = '<style>news-photo-credit::part(image) { height: 120px; }</style>';
    document.body.append(host);
    const el = document.createElement('news-photo-credit');
    el.image = { url: '/api/feed?status=404', width: 600, height: 900, alt: '', creditText: 'Desk' };
    host.append(el);
    await waitForState(el, 'ready');
    await waitUntil(() => !!el.shadowRoot!.querySelector('.broken'), 'the dead image drawn as a broken box');
    await settle(el);
    const box = el.shadowRoot!.querySelector('[part="image"]')!.getBoundingClientRect();
    const shape = el.shadowRoot!.querySelector('[part="image"] svg')!.getBoundingClientRect();
    const caption = el.shadowRoot!.querySelector('figcaption')!.getBoundingClientRect();
    expect(Math.round(box.height)).to.equal(120);
    expect(Math.round(shape.bottom), 'nothing drawn below the box').to.equal(Math.round(box.bottom));
    expect(caption.top).to.be.at.least(box.bottom - 0.5);
    host.remove();
  });

  it('goes to the error state for an article without an image, with the path', async () => {
    const events: CustomEvent[] = [];
    const el = await credit(
      html`<news-photo-credit @news-error=${(e: CustomEvent) => events.push(e)} .article=${{ headline: 'No image', url: 'https://example.com' }}
        ><img src=${fixtureUrl('seed-hero.png')} alt="Fallback photo"
      /></news-photo-credit>`,
      'error',
    );
    expect(events[0]!.detail.errors).to.deep.equal([{ path: 'image', message: 'is required' }]);
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.getAttribute('alt')).to.equal('Fallback photo');
  });

  it('refuses images with unsafe URLs', async () => {
    for (const url of ['javascript:alert(1)', 'data:image/svg+xml,<svg onload=alert(1)>', ' JAVASCRIPT:alert(1)', 'vbscript:x']) {
      const el = await credit(html`<news-photo-credit .image=${{ url, creditText: 'x' }}></news-photo-credit>`, 'error');
      expect(el.errors[0]!.path, url).to.equal('url');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    }
    const listed = await credit(html`<news-photo-credit .article=${{ image: ['javascript:alert(1)', fixtureUrl('seed-hero.png')] }}></news-photo-credit>`);
    expect(listed.shadowRoot!.querySelector('img')!.src).to.equal(fixtureUrl('seed-hero.png'));
  });

  it('writes the credit line in the element language', async () => {
    const el = await credit(html`<news-photo-credit lang="fr" .article=${seed}></news-photo-credit>`);
    expect(el.shadowRoot!.querySelector('[part="credit"]')!.textContent).to.equal('Photo\u00a0: Shutterstock');
  });

  describe('accessibility (axe-core)', () => {
    for (const theme of ['light', 'dark']) {
      for (const variant of ['below', 'overlay']) {
        it(`has no violations: ${theme}, ${variant}`, async () => {
          const el = await credit(html`<news-photo-credit theme=${theme} variant=${variant} .image=${{ ...seed.image!, license: 'https://example.com/l' }}></news-photo-credit>`);
          await expect(el).to.be.accessible();
        });
      }
      it(`has no violations: ${theme}, error`, async () => {
        const el = await credit(html`<news-photo-credit theme=${theme} .image=${{ url: 'ftp://x' }}></news-photo-credit>`, 'error');
        await expect(el).to.be.accessible();
      });
    }
  });

  it('parses the JSON-LD fixture image (contentUrl, string sizes)', async () => {
    const jsonld = await loadJson<{ '@graph': unknown[] }>('seed-article.jsonld.json');
    const el = await credit(html`<news-photo-credit .article=${jsonld['@graph'][1]}></news-photo-credit>`);
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('width')).to.equal('960');
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('height')).to.equal('540');
  });

  it('does not put its own “Photo:” before a credit that already says what it is', async () => {
    const image = (creditText: string) => ({ url: fixtureUrl('seed-hero.png'), creditText });
    const said = async (creditText: string, lang = 'en') =>
      (await credit(html`<news-photo-credit lang=${lang} .image=${image(creditText)}></news-photo-credit>`)).shadowRoot!.querySelector('[part="credit"]')!.textContent;
    expect(await said('Photograph: Jim Lo Scalzo/EPA')).to.equal('Photograph: Jim Lo Scalzo/EPA');
    expect(await said('photo by Ana Lee')).to.equal('photo by Ana Lee');
    expect(await said('Image: Reuters')).to.equal('Image: Reuters');
    expect(await said('Shutterstock')).to.equal('Photo: Shutterstock');
    expect(await said('Photographers’ Guild', 'en')).to.equal('Photographers’ Guild');
  });

  it('finds the image of the article a JSON-LD graph names (Yoast: an @id reference)', async () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Article', '@id': '#a', headline: 'H', image: { '@id': '#hero' } },
        { '@type': 'ImageObject', '@id': '#hero', url: fixtureUrl('seed-hero.png'), width: 960, height: 540, caption: 'Stage &amp; flags', creditText: 'Shutterstock' },
      ],
    };
    const el = await credit(html`<news-photo-credit><script type="application/ld+json">${JSON.stringify(graph)}</script></news-photo-credit>`);
    expect(el.shadowRoot!.querySelector('img')!.src).to.equal(fixtureUrl('seed-hero.png'));
    expect(visibleText(el)).to.equal('Stage & flags Photo: Shutterstock');
    // The article as a page's mainEntity is found too; an @id that names nothing in that document is reported where it is.
    const page = await credit(html`<news-photo-credit .article=${{ '@type': 'WebPage', mainEntity: graph['@graph'][0] }}></news-photo-credit>`, 'error');
    expect(page.errors).to.deep.equal([{ path: 'mainEntity.image.url', message: 'is required' }]);
  });
});
