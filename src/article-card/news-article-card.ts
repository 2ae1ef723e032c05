import { define } from '../internal/define.js';
import { NewsByline } from '../byline/byline.js';
import { NewsPhotoCredit } from '../photo-credit/photo-credit.js';
import { NewsArticleCard } from './article-card.js';

export { NewsArticleCard };

// The card renders these inside itself, so defining it defines them too.
define('news-byline', NewsByline);
define('news-photo-credit', NewsPhotoCredit);
define('news-article-card', NewsArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'news-article-card': NewsArticleCard;
  }
}
