import { define } from '../internal/define.js';
import { NewsByline } from './byline.js';

export { NewsByline };

define('news-byline', NewsByline);

declare global {
  interface HTMLElementTagNameMap {
    'news-byline': NewsByline;
  }
}
