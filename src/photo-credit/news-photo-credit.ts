import { define } from '../internal/define.js';
import { NewsPhotoCredit } from './photo-credit.js';

export { NewsPhotoCredit };

define('news-photo-credit', NewsPhotoCredit);

declare global {
  interface HTMLElementTagNameMap {
    'news-photo-credit': NewsPhotoCredit;
  }
}
