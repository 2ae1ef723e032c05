// The npm entry: the article shape, the shared helpers and all four components (tags defined on import).
export * from './article/index.js';
export { define } from './internal/define.js';
export { defineWords, type WordsOverride } from './internal/define-words.js';
export type { Messages } from './internal/messages.js';
export type * from './frameworks/elements.js';
export type { DataSource, NewsErrorDetail, NewsItemDetail, NewsLoadDetail } from './internal/events.js';
export { TOKENS } from './internal/tokens.js';
export { VERSION } from './internal/version.js';
export { clock, formatTime } from './time/index.js';
export type { FormattedTime, RelativeMode, TimeOptions } from './time/index.js';
export { NewsArticleCard } from './article-card/news-article-card.js';
export { NewsByline } from './byline/news-byline.js';
export { NewsPhotoCredit } from './photo-credit/news-photo-credit.js';
export { NewsTrendingList } from './trending-list/news-trending-list.js';
