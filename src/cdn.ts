// The script-tag entry (dist/cdn/news-widgets.js and .iife.js): defines all four tags.
import './article-card/news-article-card.js';
import './byline/news-byline.js';
import './photo-credit/news-photo-credit.js';
import './trending-list/news-trending-list.js';

export { parseArticle, parseFeed } from './article/index.js';
export { VERSION } from './internal/version.js';
