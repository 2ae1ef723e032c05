// What the parser test files share: the exact messages they assert, a minimal valid article,
// and unwrapping a ParseResult that must be ok (or must fail).
import type { ParseError, ParseResult } from '../../src/article/index.js';

export const URL_MESSAGE = 'expected an absolute http(s) URL (or one relative to the page)';
export const URL_STRING = 'expected a URL string';
export const TEXT = 'expected a non-empty string';
export const REQUIRED = 'is required';
export const NUMBER = 'expected a positive number';
export const OFFSET = 'expected a time-zone offset (Z or ±hh:mm); a date without one is ambiguous';
export const RFC = 'expected an RFC 3339 date-time such as 2024-07-11T10:15:00+02:00';
export const NOT_REAL = 'is not a real date and time';
export const NOT_STRING = 'expected an RFC 3339 date-time string';
export const NOT_ARTICLE = 'expected an article object';
export const NOT_FEED = 'expected a feed: an array, {items}, an ItemList or a JSON Feed';
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
