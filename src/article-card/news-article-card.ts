import { define } from '../internal/define.js';
// The card renders these inside itself, so defining it defines them too (their modules define
// them on import: once, however many of the four a page imports).
import '../byline/news-byline.js';
import '../photo-credit/news-photo-credit.js';
import { NewsArticleCard } from './article-card.js';

export { NewsArticleCard };

define('news-article-card', NewsArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}
