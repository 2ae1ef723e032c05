// The parser's on-demand chunks as an element uses them: data that needs the readers (a JSON-LD
// graph, a date as publishers write it, HTML text) waits in the loading look while they load,
// then renders once, with one news-load; a chunk that cannot load leaves the core's answer.
// The tests run in order: the first ones see a page where no reader has loaded yet.
import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/trending-list/news-trending-list.js';
import type { NewsArticleCard } from '../../src/article-card/news-article-card.js';
import { parserFeatures } from '../../src/article/features.js';
import { onDemand } from '../../src/util/on-demand.js';
import { FETCH_TIMEOUT_MS } from '../../src/internal/fetch-json.js';
import { fakeClock, recordEvents, visibleText, waitForState } from '../helpers.js';

const GRAPH = {
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'WebPage', '@id': 'https://news.example/a/#webpage', url: 'https://news.example/a/', name: 'Page' },
    {
      '@type': 'NewsArticle',
      mainEntityOfPage: { '@id': 'https://news.example/a/#webpage' },
      headline: 'Retailers&#8217; battle',
      datePublished: '2024-07-11T10:15:00+02:00',
      author: { '@id': '#kf' },
    },
    { '@type': 'Person', '@id': '#kf', name: 'Kathrine Frich' },
  ],
};

function card(data: unknown): { el: NewsArticleCard; events: CustomEvent[] } {
  const container = fixtureSync<HTMLDivElement>(html`<div style="width: 600px"></div>`);
  const el = document.createElement('news-article-card');
  const events = recordEvents(el, 'news-load', 'news-error');
  el.article = data as NewsArticleCard['article'];
  container.append(el);
  return { el, events };
}

const real = { ...parserFeatures };
afterEach(() => Object.assign(parserFeatures, real));

describe('parser chunks, as elements load them', () => {
  it('needs no chunk for the canonical shape with plain text and RFC 3339 dates', async () => {
    const asked: string[] = [];
    for (const name of ['readers', 'xml', 'entities'] as const) parserFeatures[name] = onDemand(() => (asked.push(name), real[name].load()));
    const { el } = card({ url: 'https://news.example/b', headline: 'Plain', datePublished: '2024-07-11T08:15:00Z', author: ['Ana'] });
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(asked).to.deep.equal([]);
  });

  it('leaves the core’s answer when the readers cannot be loaded: the error state, saying why', async () => {
    parserFeatures.readers = onDemand(() => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    const { el, events } = card(GRAPH);
    await el.updateComplete;
    await waitForState(el, 'error');
    expect(el.errors).to.deep.equal([{ path: '$', message: 'is JSON-LD, and its reader could not be loaded' }]);
    expect(events.map((e) => e.type)).to.deep.equal(['news-error']);
    expect(visibleText(el)).to.equal('The article could not be shown.');
  });

  it('waits in the loading look (aria-busy, no event) while the readers load, then renders once with one news-load', async () => {
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    parserFeatures.readers = onDemand(() => gate.then(() => import('../../src/article/readers/index.js')));
    // Patience runs on a fake clock: however slow the machine, the wait cannot run out mid-test.
    const fake = fakeClock();
    try {
      const { el, events } = card(GRAPH);
      // Not `updateComplete`: it waits for the chunk, which is held back here.
      await new Promise((resolve) => setTimeout(resolve));
      expect(fake.pending('internal/news-element').map((t) => t.ms), 'waiting for the chunk, with the fetch budget as patience').to.deep.equal([FETCH_TIMEOUT_MS]);
      expect(el.state).to.equal('loading');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(events).to.have.length(0);
    open();
    await el.updateComplete;
    expect(el.state).to.equal('ready');
    expect(events.map((e) => e.type)).to.deep.equal(['news-load']);
    const headline = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="headline"] a, a[part="headline"], [part="headline"]')!;
    expect(headline.textContent!.trim()).to.equal('Retailers’ battle');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://news.example/a/');
      expect(visibleText(el)).to.contain('Kathrine Frich');
      expect(fake.pending(), 'the wait ended with the chunk').to.deep.equal([]);
    } finally {
      fake.restore();
    }
  });

  it('loads the XML reader for RSS, and the rarer HTML names only when text uses one', async () => {
    const loaded: string[] = [];
    parserFeatures.xml = onDemand(() => (loaded.push('xml'), real.xml.load()));
    parserFeatures.entities = onDemand(() => (loaded.push('entities'), real.entities.load()));
    const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const list = document.createElement('news-trending-list');
    list.feed = '<rss version="2.0"><channel><title>Caf&eacute;</title><item><title>A &bigcup; B</title><link>https://news.example/1</link></item></channel></rss>';
    container.append(list);
    await list.updateComplete;
    await waitForState(list, 'ready');
    expect(loaded).to.deep.equal(['xml', 'entities']);
    expect(list.shadowRoot!.querySelector('a')!.textContent!.trim()).to.equal('A ⋃ B');
    expect(list.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Café');
  });
});
