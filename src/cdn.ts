// The script-tag entry (dist/cdn/news-widgets.js and .iife.js): defines all four tags.
import './article-card/news-article-card.js';
import './byline/news-byline.js';
import './photo-credit/news-photo-credit.js';
import './trending-list/news-trending-list.js';

// The parsers here read the canonical shape and plain JSON-LD at once; JSON-LD graphs, dates as
// publishers write them, HTML text, RSS and Atom once `await loadReaders()` has brought their
// chunks (the elements load them by themselves).
export { loadReaders } from './article/features.js';
export { parseArticle } from './article/parse-article.js';
export { parseFeed } from './article/parse-feed.js';
export { VERSION } from './internal/version.js';
