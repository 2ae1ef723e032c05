// RFC 3339 date-time. JSON-LD in the wild also writes ISO 8601 basic offsets (+0200, +02),
// which carry the same information, so those are accepted too. An offset is mandatory:
// without one the instant depends on the reader's clock, which is exactly the bug to refuse.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:[Zz]|([+-])(\d{2})(?::?(\d{2}))?)$/;
const HAS_OFFSET = /(?:[Zz]|[+-]\d{2}(?::?\d{2})?)$/;

export type DateVerdict = { date: Date } | { message: string };

const RFC = 'expected an RFC 3339 date-time such as 2024-07-11T10:15:00+02:00';
const NOT_REAL = 'is not a real date and time';

/** Parses an RFC 3339 timestamp with an offset into a `Date`, or says what is wrong with it. */
export function parseDateTime(value: unknown): DateVerdict {
  if (typeof value !== 'string' || !value.trim()) {
    return { message: 'expected an RFC 3339 date-time string' };
  }
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/.test(text)) return { message: RFC };
  if (!HAS_OFFSET.test(text)) {
    return { message: 'expected a time-zone offset (Z or ±hh:mm); a date without one is ambiguous' };
  }
  const m = DATE_TIME.exec(text);
  if (!m) return { message: RFC };
  const [, day, minute, seconds = '00', fraction = '', sign, offsetHours = '00', offsetMinutes = '00'] = m;
  // The form is checked; what is left is whether the fields name a real moment. The normalised
  // text is in ECMAScript's own date-time format, which every engine reads the same way. Offsets
  // are applied by hand so the calendar check below sees the fields exactly as written.
  const local = `${day}T${minute}:${seconds}`;
  const offset = (sign === '-' ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const wall = Date.parse(`${local}.${fraction.padEnd(3, '0').slice(0, 3)}Z`);
  // Engines differ on 30 February (some roll over to March): reading the fields back catches
  // that, hour 24, minute or second 60 alike. Offsets too are 00–23 hours and 00–59 minutes.
  if (
    Number.isNaN(wall) ||
    new Date(wall).toISOString().slice(0, 19) !== local ||
    Number(offsetHours) > 23 ||
    Number(offsetMinutes) > 59
  ) {
    return { message: NOT_REAL };
  }
  return { date: new Date(wall - offset) };
}
