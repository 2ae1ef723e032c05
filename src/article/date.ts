import { readers } from './hooks.js';
import type { ParseOptions } from './types.js';

// RFC 3339 date-time. JSON-LD in the wild also writes ISO 8601 basic offsets (+0200, +02),
// which carry the same information, so those are read here too. Everything else publishers
// write (no offset, a date alone, RFC 2822, zone names) is read by readers/date.ts, on demand.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** A date, with a warning when it was read by a documented guess (a time without an offset); or why it is unusable. */
export type DateVerdict = { date: Date; warning?: string } | { message: string };

export const NOT_REAL = 'is not a real date and time';
// The readers say more about forms they could not read; the core has only RFC 3339 to offer.
const EXPECTED = { message: 'expected a date string such as 2024-07-11T10:15:00+02:00' };

/** Parses an RFC 3339 timestamp with an offset into a `Date`, or says what is wrong with it. */
export function parseDateTime(value: unknown): DateVerdict {
  const m = typeof value === 'string' && DATE_TIME.exec(value.trim());
  if (!m) return EXPECTED;
  const [, day, minute, seconds = '00', fraction = '', sign, offsetHours = '00', offsetMinutes = '00'] = m;
  const offset = (sign === '-' ? -1 : 1) * (+offsetHours * 60 + +offsetMinutes);
  return +offsetHours > 23 || +offsetMinutes > 59
    ? { message: NOT_REAL }
    : wallClock(`${day}T${minute}:${seconds}`, fraction, offset);
}

/**
 * The instant at which a wall clock reading `local` (`yyyy-mm-ddThh:mm:ss`) is `offset` minutes
 * ahead of UTC, or NOT_REAL when the fields name no real moment. The text is in ECMAScript's own
 * date-time format, which every engine reads the same way; engines differ on 30 February (some
 * roll over to March), so reading the fields back catches that, hour 24, minute 60 alike.
 */
export function wallClock(local: string, fraction: string, offset: number): DateVerdict {
  const wall = Date.parse(`${local}.${fraction.padEnd(3, '0').slice(0, 3)}Z`);
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 19) !== local) return { message: NOT_REAL };
  return { date: new Date(wall - offset * 60_000) };
}

/**
 * Reads a date field: a Date as its JSON text; RFC 3339 here; any other string through the
 * readers (which are then wanted when they are not loaded yet).
 */
export function readDate(value: unknown, options: ParseOptions): DateVerdict {
  // A parsed article's own dates, met again in a copy of it (Svelte's $state, a spread, a
  // structured clone), are read as their JSON: the ISO text, a CalendarDate's day alone; an
  // invalid Date's is null, refused.
  if (value instanceof Date) value = value.toJSON();
  const verdict = parseDateTime(value);
  // RFC 3339 that names no real moment stays refused; other forms are the readers' to try.
  if ('date' in verdict || verdict.message === NOT_REAL || typeof value !== 'string' || !value.trim()) return verdict;
  return readers()?.date(value, options) ?? verdict;
}
