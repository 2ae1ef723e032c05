// React 19 (react-dom/client) mounting test/frameworks/react/FrontPage.tsx.
import { createElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { expect } from '@open-wc/testing';
import type { NewsItemDetail } from '../../src/index.js';
import { waitFor } from '../hardening/support.js';
import { visibleText, waitForState } from '../helpers.js';
import { frameworkContract, trending } from './contract.js';
import { CardWithRef } from './react/CardWithRef.js';
import { FrontPage } from './react/FrontPage.js';

frameworkContract('React 19', (target, props) => {
  const root = createRoot(target);
  let current = props;
  const render = () => flushSync(() => root.render(createElement(FrontPage, current)));
  render();
  return {
    setLead(lead) {
      current = { ...current, lead };
      render();
    },
    unmount: () => root.unmount(),
  };
});

describe('React: properties and listeners through a ref (the React 18 pattern)', () => {
  it('sets the article, follows it, calls onRead once per click and stops listening on unmount', async () => {
    const target = document.createElement('div');
    document.body.append(target);
    const root = createRoot(target);
    const read: NewsItemDetail[] = [];
    const onRead = (detail: NewsItemDetail) => read.push(detail);
    const [first, second] = trending;
    flushSync(() => root.render(createElement(CardWithRef, { article: first!, onRead })));
    const card = target.querySelector('news-article-card')!;
    await waitForState(card, 'ready');
    expect(card.hasAttribute('article')).to.equal(false);
    expect(visibleText(card)).to.contain(first!.headline);

    flushSync(() => root.render(createElement(CardWithRef, { article: second!, onRead })));
    await waitFor(() => visibleText(card).includes(second!.headline), 'the second article on the card');

    const link = card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]')!;
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
    expect(read.map((d) => d.article.headline)).to.deep.equal([second!.headline]);

    root.unmount();
    card.dispatchEvent(new CustomEvent('news-click', { detail: { article: second, position: 1 } }));
    expect(read).to.have.length(1);
    expect(card.isConnected).to.equal(false);
    target.remove();
  });
});
