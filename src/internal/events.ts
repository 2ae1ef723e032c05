import { isServer } from 'lit';
import type { Article, Feed, FeedItem, ImageObject, ParseError } from '../article/types.js';

/** Where the data that failed came from. */
export type DataSource = 'property' | 'inline' | 'src';

export interface NewsLoadDetail<T = Article | Feed | ImageObject> {
  value: T;
  source: DataSource;
  /** Optional fields that were dropped (unsafe URL, wrong type, …). */
  warnings: ParseError[];
}

export interface NewsErrorDetail {
  errors: ParseError[];
  /** `image` when the data was fine but the image itself failed to load. */
  source: DataSource | 'image';
}

export interface NewsItemDetail {
  /** The article; from a trending list, a feed item (an article whose date may be absent when the feed gave none). */
  article: FeedItem;
  /** 1-based rank in a list; 1 for a card. */
  position: number;
}

declare global {
  interface HTMLElementEventMap {
    'news-load': CustomEvent<NewsLoadDetail>;
    'news-error': CustomEvent<NewsErrorDetail>;
    'news-click': CustomEvent<NewsItemDetail>;
    'news-impression': CustomEvent<NewsItemDetail>;
  }
}

/** Dispatches a bubbling, composed `CustomEvent` from `target`; listeners' errors stay theirs. */
export function emit<T>(target: EventTarget, type: string, detail: T): void {
  // A server render (news-widgets/ssr) has no listeners to tell.
  if (!isServer) target.dispatchEvent(new CustomEvent<T>(type, { bubbles: true, composed: true, detail }));
}
