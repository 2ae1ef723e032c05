// What the parser test files share: the exact messages they assert, a minimal valid article,
// and unwrapping a ParseResult that must be ok (or must fail).
import type { ParseError, ParseResult } from '../../src/article/index.js';

export const URL_MESSAGE = 'expected an absolute http(s) URL (or one relative to the page)';
export const URL_STRING = 'expected a URL string';
export const TEXT = 'expected a non-empty string';
export const REQUIRED = 'is required';
export const NUMBER = 'expected a positive number';
/** The warning for a date-time written without an offset, read as UTC when no time-zone is given. */
export const NO_OFFSET = 'has no time-zone offset: read as UTC time';
/** A string no date rule reads. */
export const UNREADABLE = 'expected a date such as 2024-07-11T10:15:00+02:00, 2024-07-11 or Thu, 11 Jul 2024 08:15:00 GMT';
export const NOT_REAL = 'is not a real date and time';
/** A date that is not a string at all. */
export const NOT_STRING = 'expected a date string such as 2024-07-11T10:15:00+02:00';
export const NOT_ARTICLE = 'expected an article object';
export const NOT_FEED = 'expected a feed: an array, {items}, an ItemList, a JSON Feed, or RSS or Atom';
export const DUPLICATE = 'duplicates an earlier item and was dropped';

/** The three required fields and nothing else. */
export const valid = {
  url: 'https://news.example/world/a',
  headline: 'A headline',
  datePublished: '2024-07-11T10:15:00+02:00',
};

export function expectOk<T>(result: ParseResult<T>): { value: T; warnings: ParseError[] } {
  if (!result.ok) throw new Error(`expected ok, got errors ${JSON.stringify(result.errors)}`);
  return result;
}

export function expectErrors<T>(result: ParseResult<T>): ParseError[] {
  if (result.ok) throw new Error(`expected errors, got ${JSON.stringify(result.value)}`);
  return result.errors;
}
