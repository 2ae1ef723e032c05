import { expect, fixture, html } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/trending-list/news-trending-list.js';
import { NewsByline } from '../../src/byline/byline.js';
import { impressionWatchCount } from '../../src/internal/impressions.js';
import { wordsFor } from '../../src/internal/messages.js';
import { CHUNK_PATIENCE_MS } from '../../src/internal/news-element.js';
import { onDemand, type OnDemand } from '../../src/util/on-demand.js';
import { fakeClock, visibleText, waitUntil } from '../helpers.js';

const ARTICLE = {
  url: 'https://news.example/world/story',
  headline: 'A headline',
  datePublished: '2024-07-11T10:15:00+02:00',
  author: ['Kathrine Frich'],
};

/** Every state the element's shadow root went through until `done`, as (text, aria-busy) pairs. */
type Snapshot = { text: string; busy: string | null; hiddenLabel: string | null };
async function renderHistory(el: HTMLElement, done: Promise<unknown>): Promise<Snapshot[]> {
  const seen: Snapshot[] = [];
  const record = () => {
    const base = el.shadowRoot?.querySelector('[part="base"]');
    const label = el.shadowRoot?.querySelector('.visually-hidden')?.textContent ?? null;
    if (base) seen.push({ text: visibleText(el), busy: base.getAttribute('aria-busy'), hiddenLabel: label });
  };
  const observer = new MutationObserver(record);
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  await done;
  observer.disconnect();
  record();
  return seen;
}

/**
 * A byline for ARTICLE (absolute time unless `relative` says otherwise) and the `<div lang>` it
 * goes into; `connect()` puts it there (its first render follows in a microtask, so a recorder
 * attached right after sees it).
 */
async function bylineIn(lang: string, relative: 'never' | 'auto' = 'never') {
  const parent = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const el = document.createElement('news-byline');
  el.article = ARTICLE;
  el.relative = relative;
  return { el, connect: () => parent.append(el) };
}

describe('onDemand()', () => {
  it('loads once, then holds the module', async () => {
    let calls = 0;
    const feature = onDemand(async () => (calls++, { answer: 42 }));
    expect(feature.module).to.equal(undefined);
    expect(feature.settled).to.equal(false);
    const first = feature.load();
    expect(feature.load()).to.equal(first);
    expect(await first).to.deep.equal({ answer: 42 });
    expect(feature.module).to.deep.equal({ answer: 42 });
    expect(feature.settled).to.equal(true);
    expect(calls).to.equal(1);
  });

  it('settles without a module when the chunk cannot be loaded, and does not try again', async () => {
    let calls = 0;
    const feature = onDemand(() => (calls++, Promise.reject(new TypeError('Failed to fetch dynamically imported module'))));
    let error: unknown;
    await feature.load().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(feature.settled).to.equal(true);
    expect(feature.module).to.equal(undefined);
    await feature.load().catch(() => {});
    expect(calls).to.equal(1);
  });
});

describe('words in other languages (on-demand chunks)', () => {
  it('asks for a chunk for every two-letter language but English; one chunk per language, whatever the subtags', () => {
    for (const lang of ['da', 'de-AT', 'zh-Hant-TW', 'pt-BR', 'kl']) expect(wordsFor(lang), lang).to.not.equal(undefined);
    expect(wordsFor('pt-PT')).to.equal(wordsFor('pt'));
    expect(wordsFor('en-GB')).to.equal(undefined);
    expect(wordsFor('en')).to.equal(undefined);
    // No language with a three-letter code has words of its own: no request for them.
    expect(wordsFor('fil')).to.equal(undefined);
  });

  it('shows the loading look until French words arrive, never English words first', async () => {
    expect(wordsFor('fr')!.module, 'nothing in this file has asked for French yet').to.equal(undefined);
    const { el, connect } = await bylineIn('fr');
    connect();
    const history = await renderHistory(el, el.updateComplete);
    expect(history[0]!.busy, 'first render waits').to.equal('true');
    expect(history[0]!.hiddenLabel, 'no English "Loading…" read out meanwhile').to.equal(null);
    const last = history.at(-1)!;
    expect(last.text).to.match(/^Par Kathrine Frich · /);
    expect(last.busy).to.equal(null);
    expect(history.some((h) => /\bBy\b/.test(h.text)), JSON.stringify(history)).to.equal(false);
  });

  it('renders at once, without waiting, for English and for languages without a chunk', async () => {
    for (const lang of ['en', 'en-GB', 'fil']) {
      const { el, connect } = await bylineIn(lang, 'auto');
      connect();
      const history = await renderHistory(el, el.updateComplete);
      expect(history[0]!.busy, lang).to.equal(null);
      expect(history.at(-1)!.text, lang).to.match(/^By Kathrine Frich · /);
    }
  });

  it('a list in Spanish waits for its words too (heading, empty state)', async () => {
    const el = await fixture<HTMLElement & { feed: unknown }>(html`<news-trending-list lang="es" .feed=${[]}></news-trending-list>`);
    expect(visibleText(el)).to.equal('Lo más leído No hay noticias por ahora.');
  });
});

describe('waiting for words, seen from outside', () => {
  it('two callers awaiting updateComplete at once both see the words (German)', async () => {
    expect(wordsFor('de')!.module, 'nothing in this file has asked for German yet').to.equal(undefined);
    const { el, connect } = await bylineIn('de');
    connect();
    const busy = () => el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-busy');
    const [first, second] = [el.updateComplete.then(() => busy()), el.updateComplete.then(() => busy())];
    expect(await second).to.equal(null);
    expect(await first).to.equal(null);
    expect(visibleText(el)).to.match(/^Von Kathrine Frich · /);
  });

  it('a card is not watched for impressions while it waits for its words (Hebrew)', async () => {
    expect(wordsFor('he')!.module, 'nothing in this file has asked for Hebrew yet').to.equal(undefined);
    const before = impressionWatchCount();
    const parent = await fixture<HTMLDivElement>(html`<div lang="he"></div>`);
    const el = document.createElement('news-article-card');
    el.article = ARTICLE;
    parent.append(el);
    // Each render's state as the shadow root changes (updated() has run by then).
    const seen: string[] = [];
    const observer = new MutationObserver(() => {
      const busy = el.shadowRoot!.querySelector('[part="base"]')?.getAttribute('aria-busy') ?? null;
      seen.push(`busy=${busy} watched=${impressionWatchCount() - before}`);
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    await el.updateComplete;
    observer.disconnect();
    expect(seen[0], 'first render: waiting, not watched').to.equal('busy=true watched=0');
    expect(seen).to.not.include('busy=true watched=1');
    expect(impressionWatchCount() - before, 'watched once its words are shown').to.equal(1);
  });
});

describe('NewsElement.need()', () => {
  class Probe extends NewsByline {
    renders = 0;
    ask(feature: OnDemand<unknown>): boolean {
      return this.need(feature);
    }
    protected override updated(changed: Map<PropertyKey, unknown>): void {
      super.updated(changed);
      this.renders++;
    }
  }
  customElements.define('probe-on-demand-byline', Probe);

  it('re-renders when a chunk arrives, and falls back for good when it cannot be loaded', async () => {
    const el = await fixture<Probe>(html`<probe-on-demand-byline .article=${ARTICLE}></probe-on-demand-byline>`);
    const rejections: PromiseRejectionEvent[] = [];
    const listener = (e: PromiseRejectionEvent) => rejections.push(e);
    window.addEventListener('unhandledrejection', listener);
    try {
      const broken = onDemand(() => Promise.reject(new Error('chunk gone')));
      expect(el.ask(broken)).to.equal(false);
      expect(await el.updateComplete).to.equal(true);
      expect(broken.settled).to.equal(true);
      expect(el.ask(broken), 'nothing more is coming: use the fallback').to.equal(true);

      const good = onDemand(async () => ({}));
      expect(el.ask(good)).to.equal(false);
      await el.updateComplete;
      expect(el.ask(good)).to.equal(true);
      await new Promise((r) => setTimeout(r, 0));
      expect(rejections).to.have.length(0);
    } finally {
      window.removeEventListener('unhandledrejection', listener);
    }
  });

  // Patience runs on a fake clock (test/helpers.ts fakeClock): it runs out only when the test moves
  // time on, so the wait is checked as the timer it set, not against a busy machine's wall clock.
  it('stops waiting for a stalled chunk after CHUNK_PATIENCE_MS, and renders it when it comes after all', async () => {
    const el = await fixture<Probe>(html`<probe-on-demand-byline .article=${ARTICLE}></probe-on-demand-byline>`);
    const fake = fakeClock();
    try {
      let arrive: (value: object) => void = () => {};
      const stalled = onDemand(() => new Promise<object>((resolve) => (arrive = resolve)));
      expect(el.ask(stalled)).to.equal(false);
      const patience = fake.pending('internal/news-element');
      expect(patience, 'one patience timer').to.have.length(1);
      expect(patience[0]!.ms).to.equal(CHUNK_PATIENCE_MS);
      let done = false;
      const complete = el.updateComplete.then(() => (done = true));
      fake.advance(CHUNK_PATIENCE_MS - 1);
      // A negative check (not done before patience runs out): a slow machine can only make it pass more.
      await new Promise((r) => setTimeout(r, 0));
      expect(done, 'updateComplete waits while patience lasts').to.equal(false);
      expect(el.ask(stalled), 'still waiting').to.equal(false);
      fake.advance(1);
      expect(patience[0]!.fired).to.equal(true);
      await complete;
      expect(fake.elapsed, 'updateComplete waited for patience to run out').to.equal(CHUNK_PATIENCE_MS);
      expect(stalled.settled).to.equal(false);
      expect(el.ask(stalled), 'late: use the fallback').to.equal(true);

      const rendersWhileLate = el.renders;
      arrive({});
      await stalled.load();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(el.renders, 'rendered again when the late chunk arrived').to.be.greaterThan(rendersWhileLate);
      expect(el.ask(stalled)).to.equal(true);
      expect(stalled.settled).to.equal(true);
    } finally {
      fake.restore();
    }
  });

  it('starts no wait (and no timer) while detached, and ends its waits when removed', async () => {
    const el = await fixture<Probe>(html`<probe-on-demand-byline .article=${ARTICLE}></probe-on-demand-byline>`);
    const fake = fakeClock();
    try {
      const stalled = onDemand(() => new Promise<object>(() => {}));
      expect(el.ask(stalled)).to.equal(false);
      const [patience] = fake.pending('internal/news-element');
      expect(patience?.ms).to.equal(CHUNK_PATIENCE_MS);
      el.remove();
      expect(patience!.cleared, 'removal clears the patience timer').to.equal(true);
      let done = false;
      void el.updateComplete.then(() => (done = true));
      await waitUntil(() => done, 'updateComplete once removed');
      // Time never moved on: removal ended the wait, not patience running out.
      expect(fake.elapsed, 'removal ends the wait at once').to.equal(0);
      expect(patience!.fired).to.equal(false);
      const timers = fake.timers.length;
      expect(el.ask(stalled), 'detached: asks again once back').to.equal(false);
      expect(fake.timers.length, 'no timer while detached').to.equal(timers);
      await el.updateComplete;
    } finally {
      fake.restore();
    }
  });
});
