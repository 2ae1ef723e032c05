// A publisher's own words (defineWords): for a language or a tag, over the built-in ones, on the
// elements already on the page and on those added later; the rest untouched.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/article-card/news-article-card.js';
import '../../src/trending-list/news-trending-list.js';
import { defineWords } from '../../src/internal/define-words.js';
import { settle, visibleText } from '../helpers.js';

const article = {
  url: 'https://news.example/a',
  headline: 'Headline',
  datePublished: '2024-07-11T08:15:00Z',
  author: ['Kathrine Frich'],
  labels: ['sponsored', 'live'],
};

describe('defineWords', () => {
  after(() => {
    // Back to the built-in words for the other test files in this browser.
    defineWords('en', {});
    defineWords('pt', {});
    defineWords('pt-pt', {});
  });

  it('replaces words of elements already on the page, including nested ones (the card’s byline)', async () => {
    const el = await fixture<HTMLElement>(html`<news-article-card lang="en" time-zone="UTC" .article=${article}></news-article-card>`);
    await settle(el);
    expect(visibleText(el)).to.match(/By Kathrine Frich/);
    defineWords('en', { by: 'Written by', labels: { sponsored: 'Partner content' } });
    await settle(el);
    const text = visibleText(el);
    expect(text).to.match(/Written by Kathrine Frich/);
    expect(text).to.contain('Partner content');
    // The other label keeps its built-in word.
    expect(text).to.contain('Live');
  });

  it('applies to elements added later, and to every tag of the language (en-GB)', async () => {
    defineWords('en', { trending: 'Most read' });
    const el = await fixture<HTMLElement>(html`<news-trending-list lang="en-GB" .feed=${{ items: [] }}></news-trending-list>`);
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal('Most read');
  });

  it('a tag’s words go over its language’s: pt-PT over pt', async () => {
    defineWords('pt', { trending: 'As mais lidas' });
    defineWords('pt-PT', { empty: 'Sem notícias por agora.' });
    const [br, pt] = await Promise.all(
      ['pt-BR', 'pt-PT'].map(async (lang) => {
        const el = await fixture<HTMLElement>(html`<news-trending-list lang=${lang} .feed=${{ items: [] }}></news-trending-list>`);
        await settle(el);
        return visibleText(el);
      }),
    );
    expect(br).to.match(/^As mais lidas /);
    expect(br).to.not.contain('Sem notícias por agora.');
    expect(pt).to.equal('As mais lidas Sem notícias por agora.');
  });

  it('the lead-in attribute still wins for one element', async () => {
    defineWords('en', { by: 'Written by' });
    const el = await fixture<HTMLElement>(html`<news-article-card lead-in="Reported by" time-zone="UTC" .article=${article}></news-article-card>`);
    await settle(el);
    expect(visibleText(el)).to.match(/Reported by Kathrine Frich/);
  });
});
