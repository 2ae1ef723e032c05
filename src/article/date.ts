import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

// RFC 3339 date-time. JSON-LD in the wild also writes ISO 8601 basic offsets (+0200, +02),
// which carry the same information, so those are accepted too. An offset is mandatory:
// without one the instant depends on the reader's clock, which is exactly the bug to refuse.
const DATE_TIME =
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;
const HAS_OFFSET = /(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;

export type DateVerdict = { date: Date } | { message: string };

/** Parses an RFC 3339 timestamp with an offset into a `Date`, or says what is wrong with it. */
export function parseDateTime(value: unknown): DateVerdict {
  if (typeof value !== 'string' || !value.trim()) {
    return { message: 'expected an RFC 3339 date-time string' };
  }
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(text)) {
    return { message: 'expected an RFC 3339 date-time such as 2024-07-11T10:15:00+02:00' };
  }
  if (!HAS_OFFSET.test(text)) {
    return { message: 'expected a time-zone offset (Z or ±hh:mm); a date without one is ambiguous' };
  }
  if (!DATE_TIME.test(text)) {
    return { message: 'expected an RFC 3339 date-time such as 2024-07-11T10:15:00+02:00' };
  }
  // RFC 3339 hours are 00–23, in the time and in the offset; date-fns would read 24:00 as the
  // next midnight and does not check an offset's hours at all (+25:00 went through).
  const offsetHours = /[+-](\d{2})(?::?\d{2})?$/.exec(text)?.[1];
  if (text.slice(11, 13) === '24' || Number(offsetHours ?? 0) > 23) {
    return { message: 'is not a real date and time' };
  }
  // date-fns checks the calendar (no 30 February, no hour 25); the regex only checks the form.
  const date = parseISO(text.replace(/^(\S{10})[t ]/, '$1T').replace(/z$/, 'Z'));
  if (!isValid(date)) return { message: 'is not a real date and time' };
  return { date };
}
