// The floor as a bench variant (same interface as bench/pages/ours.js and the peers).
import { card, setHeadline } from './card.js';
import { trendingList, updateTrendingList } from './trending.js';

export const name = 'floor';

export function renderCards(stage, articles) {
  const now = Date.now();
  const frag = document.createDocumentFragment();
  for (const article of articles) frag.append(card(article, now));
  stage.append(frag);
}

export function renderList(stage, feed) {
  stage.append(trendingList(feed, 100));
}

export function updateList(stage, feed) {
  updateTrendingList(stage.firstElementChild, feed, 100);
}

export function updateCard(stage, article) {
  setHeadline(stage.firstElementChild, article.headline);
}

export function clear(stage) {
  stage.replaceChildren();
}
