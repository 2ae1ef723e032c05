// `news-widgets/article.js`: the article shape and its parsers, complete: every reader is here
// (JSON-LD graphs, dates as publishers write them, HTML text, RSS and Atom), so parseArticle and
// parseFeed answer in full at once, in browsers and in Node. The elements load the same readers
// on demand instead (see hooks.ts).
import './readers/index.js';
import './readers/xml-feed.js';
import './readers/entities.js';

export type {
  Article,
  Feed,
  FeedItem,
  ImageObject,
  ImageSource,
  Label,
  Organization,
  ParseError,
  ParseOptions,
  ParseResult,
  Person,
  XmlParser,
} from './types.js';
export { CalendarDate } from '../time/calendar-date.js';
export { LABELS } from './types.js';
export { MAX_FEED_ITEMS, MAX_LENGTH, MAX_LIST } from './limits.js';
export { isParsedArticle, parseArticle } from './parse-article.js';
export { parseImage } from './parse-image.js';
export { parseFeed } from './parse-feed.js';
export { safeUrl } from './url.js';
