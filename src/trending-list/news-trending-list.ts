import { define } from '../internal/define.js';
import { NewsTrendingList } from './trending-list.js';

export { NewsTrendingList };

define('news-trending-list', NewsTrendingList);

declare global {
  interface HTMLElementTagNameMap {
    'news-trending-list': NewsTrendingList;
  }
}
