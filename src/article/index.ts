export type {
  Article,
  Feed,
  ImageObject,
  ImageSource,
  Label,
  Organization,
  ParseError,
  ParseOptions,
  ParseResult,
  Person,
} from './types.js';
export { LABELS } from './types.js';
export { MAX_FEED_ITEMS, MAX_LENGTH, MAX_LIST } from './limits.js';
export { isParsedArticle, parseArticle } from './parse-article.js';
export { parseImage } from './parse-image.js';
export { parseFeed } from './parse-feed.js';
export { safeUrl } from './url.js';
