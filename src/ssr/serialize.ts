// The data a server-rendered fragment carries for the browser to take the widget over: the
// parsed value in the canonical shape, as JSON that is safe inside <script> (no "</script>", no
// line separators that old parsers choke on).
import type { Article, Feed, FeedItem, ImageObject } from '../article/types.js';

/** The parsed value as canonical JSON: dates as RFC 3339 (a day alone as `YYYY-MM-DD`), text plain. */
export function serialize(value: Article | Feed | FeedItem | ImageObject): string {
  // A day written without a time stays a day: CalendarDate's toJSON writes it alone.
  return safe(JSON.stringify(value));
}

/** The most input an error fragment carries (the size `src` accepts); larger input goes as `null`. */
const MAX_INPUT = 1024 * 1024;

/**
 * Data that could not be used, as JSON for the browser to reach the same error: as given when it
 * is JSON (up to MAX_INPUT characters), else `null` (RSS text, cycles, throwing getters).
 */
export function serializeInput(data: unknown): string {
  try {
    const json = typeof data === 'string' ? undefined : JSON.stringify(data);
    if (json !== undefined && json.length <= MAX_INPUT) return safe(json);
  } catch {
    // Not JSON: null below.
  }
  return 'null';
}

/** JSON that is safe inside <script>: no "</script>", no line separators old parsers choke on. */
function safe(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
