import { parsing, readers } from './hooks.js';
import { MAX_LENGTH } from './limits.js';
import type { ParseError } from './types.js';

// C0/C1 controls (tab/newline become spaces below), and bidi embeddings, overrides and isolates:
// they could reorder what a reader sees around the text. Direction comes from `lang`/`dir` instead.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const SPACES = /\s+/g;
// Zero-width characters at either end (a headline of only U+200B would be an invisible link).
// Inside text they stay: ZWJ/ZWNJ shape emoji and several scripts.
const INVISIBLE_EDGES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
// Anything the three replacements above would change: a control or bidi character, whitespace
// other than a single space, two spaces in a row, or whitespace / zero-width characters at an end.
const NEEDS_CLEANING =
  /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]|  |^[\s\u200B-\u200D\u2060\uFEFF]|[\s\u200B-\u200D\u2060\uFEFF]$/;

// What HTML decoding (readers/html-text.ts) could change: a character reference or a tag.
const MARKUP = /&[#a-z]|<[a-z/!?]/i;

/**
 * Turns a value into clean plain text: HTML references decoded and tags removed (by the readers),
 * trimmed, whitespace collapsed, controls removed and capped at `max` characters (on a code point
 * boundary, with an ellipsis). Returns undefined for anything that is not a non-empty string.
 */
export function cleanText(input: unknown, max: number = MAX_LENGTH.short): string | undefined {
  if (typeof input !== 'string') return undefined;
  // Decoding may also free a megabyte of markup down to a short line, so it comes first.
  const value = !parsing.plain && MARKUP.test(input) ? (readers()?.text(input) ?? input) : input;
  // Most text is clean already: one test instead of three replacements (parsing a 100-item feed
  // spends most of its time here otherwise).
  const text = NEEDS_CLEANING.test(value)
    ? value.replace(CONTROLS, '').replace(SPACES, ' ').replace(INVISIBLE_EDGES, '')
    : value;
  if (!text) return undefined;
  if (text.length <= max) return text;
  // Cut in UTF-16 units (so the result is at most `max` long) but never inside a surrogate pair.
  let cut = text.slice(0, max - 1);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + '…';
}

/** Reads a required or optional text field, recording a precise error when it is unusable. */
export function readText(
  value: unknown,
  path: string,
  errors: ParseError[],
  max: number = MAX_LENGTH.short,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = cleanText(value, max);
  if (text === undefined) errors.push({ path, message: 'expected a non-empty string' });
  return text;
}
