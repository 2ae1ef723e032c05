/**
 * Caps that keep hostile or runaway input from reaching the page. Generous for real copy:
 * the longest headline in a large news corpus is well under 300 characters.
 */
export const MAX_LENGTH = {
  headline: 400,
  description: 2000,
  caption: 1000,
  name: 200,
  short: 200,
  url: 2048,
  id: 2048,
} as const;

/** Most authors, srcset candidates and labels an article may carry. */
export const MAX_LIST = 20;

/** Most items kept from a feed, whatever the list's `max`. */
export const MAX_FEED_ITEMS = 100;
