// news-widgets as a bench variant: the page loads the CDN module bundle (dist/cdn/news-widgets.js,
// copied to bench/.build/cdn/ at the start of the run)
// loaded exactly as a publisher loads it; data goes in through the `article` / `feed` properties.
// Each render resolves once every element, nested ones included, has finished its update.
export const name = 'news-widgets';

export async function ready() {
  await Promise.all(['news-article-card', 'news-byline', 'news-photo-credit', 'news-trending-list'].map((t) => customElements.whenDefined(t)));
}

async function settleCards(cards) {
  await Promise.all(cards.map((card) => card.updateComplete));
  const inner = [];
  for (const card of cards) for (const el of card.shadowRoot.querySelectorAll('news-byline, news-photo-credit')) inner.push(el.updateComplete);
  await Promise.all(inner);
}

export async function renderCards(stage, articles) {
  const cards = articles.map((article) => {
    const el = document.createElement('news-article-card');
    el.article = article;
    return el;
  });
  const frag = document.createDocumentFragment();
  frag.append(...cards);
  stage.append(frag);
  await settleCards(cards);
}

export async function renderList(stage, feed) {
  const el = document.createElement('news-trending-list');
  el.max = 100;
  el.feed = feed;
  stage.append(el);
  await el.updateComplete;
}

export async function updateList(stage, feed) {
  const el = stage.firstElementChild;
  el.feed = feed;
  await el.updateComplete;
}

export async function updateCard(stage, article) {
  const el = stage.firstElementChild;
  el.article = article;
  await settleCards([el]);
}

export function clear(stage) {
  stage.replaceChildren();
}
