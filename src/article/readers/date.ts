// Dates as publishers write them, beyond RFC 3339 (which the core reads). The policy, also in
// docs/data-shape.md:
// - a day without a time ("2024-06-25", "11.11.2021", "June 25, 2024") is a CalendarDate: shown as
//   that day, never with an invented time;
// - a date-time without an offset is a wall-clock time in the element's `time-zone` (else UTC),
//   read with a warning;
// - RFC 2822 / RFC 822 (RSS), asctime-like and other month-name forms, and zone names (UTC, GMT,
//   EST, CET …) are exact;
// - numeric day/month orders that could be either ("05/04/2022") are refused, never guessed.
// Only English month and zone names are read: they are what these formats use.
import { TZDateMini } from '@date-fns/tz';
import { isTimeZone } from '../../util/zone.js';
import { CalendarDate } from '../../time/calendar-date.js';
import { wallClock, type DateVerdict, NOT_REAL } from '../date.js';
import type { ParseOptions } from '../types.js';

const UNREADABLE = 'expected a date such as 2024-07-11T10:15:00+02:00, 2024-07-11 or Thu, 11 Jul 2024 08:15:00 GMT';

// Zone names with one meaning in news data: minutes east of UTC for RFC 822's North American
// names (each season has its own: EST / EDT) and other fixed ones; an IANA zone for the names
// that newsrooms write all year ("10:15 AM CET" in July means Central European time, which is
// then summer time; "ET" is Eastern time in either season). Ambiguous names (IST, …) are not here: a time with one is read as if it
// had no zone.
const ZONES: Record<string, number | string> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600,
  // US newsrooms' seasonless "10:15 a.m. ET".
  ET: 'America/New_York', CT: 'America/Chicago', MT: 'America/Denver', PT: 'America/Los_Angeles',
  WET: 'Europe/Lisbon', WEST: 60, BST: 60, CET: 'Europe/Paris', CEST: 120, MET: 'Europe/Paris', MEST: 120,
  MEZ: 'Europe/Berlin', MESZ: 120, EET: 'Europe/Athens', EEST: 180, MSK: 180,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*$/;

// 2024-07-11, 2024-7-1, 2024/07/11, with an optional time (space or T), fraction and zone.
const YEAR_FIRST =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(.*)$/;
// 11.11.2021 (day first, the dotted form used across Europe), with an optional time.
const DAY_FIRST = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::(\d{2}))?(?:\s*uhr)?)?\s*(.*)$/i;
// 05/04/2022 or 25/12/2024: readable only when one of the first two numbers is over 12.
const SLASHED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)$/;
const OFFSET = /^(?:(?:gmt|utc|ut)\s*)?([+-])(\d{1,2}):?(\d{2})?$/i;

interface Fields {
  year: number;
  month: number;
  day: number;
  time?: [hour: number, minute: number, second: number, fraction: string];
  /** Minutes east of UTC; undefined for no zone (or one that is not known). */
  offset?: number;
  /** The IANA zone a zone name stands for (CET: Europe/Paris, summer time included). */
  zone?: string;
  /** The zone as written when it was not understood. */
  unknownZone?: string;
}

/** Reads any date form above; `options.timeZone` places times written without an offset. */
export function readLenientDate(value: unknown, options: ParseOptions): DateVerdict {
  if (typeof value !== 'string' || !value.trim()) return { message: UNREADABLE };
  // "… GMT+0200 (Central European Summer Time)", and RFC 9557's "…+02:00[Europe/Copenhagen]".
  const text = value.trim().replace(/\s*(?:\([^)]*\)|\[[^\]]*\])\s*$/, '');
  const fields = numeric(text) ?? named(text);
  if (typeof fields === 'string') return { message: fields };
  if (!fields) return { message: UNREADABLE };
  const { year, month, day, time, offset } = fields;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (!time) {
    const verdict = wallClock(`${date}T00:00:00`, '', 0);
    return 'date' in verdict ? { date: new CalendarDate(verdict.date.getTime()) } : verdict;
  }
  const [hour, minute, second, fraction] = time;
  const local = `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (offset !== undefined) return wallClock(local, fraction, offset);
  // A named zone, or no zone: the wall clock there (the element's zone, else UTC, with a
  // warning). The fields are checked first.
  const utc = wallClock(local, fraction, 0);
  if (!('date' in utc)) return utc;
  const zone = fields.zone ?? (isTimeZone(options.timeZone) ? options.timeZone : undefined);
  const at = zone
    ? new TZDateMini(year, month - 1, day, hour, minute, second, utc.date.getUTCMilliseconds(), zone).getTime()
    : utc.date.getTime();
  if (fields.zone) return { date: new Date(at) };
  const why = fields.unknownZone ? `has a time zone that is not known (${fields.unknownZone.slice(0, 20)})` : 'has no time-zone offset';
  return { date: new Date(at), warning: `${why}: read as ${zone ?? 'UTC'} time` };
}

/** The all-digit forms; a message for ambiguous ones; undefined when the text is not one. */
function numeric(text: string): Fields | string | undefined {
  let m = YEAR_FIRST.exec(text);
  if (m) return withZone({ year: +m[1]!, month: +m[3]!, day: +m[4]! }, m[5], m[6], m[7], m[8], m[9]!);
  m = DAY_FIRST.exec(text);
  if (m) return withZone({ year: +m[3]!, month: +m[2]!, day: +m[1]! }, m[4], m[5], m[6], '', m[7]!);
  m = SLASHED.exec(text);
  if (!m) return undefined;
  const [a, b] = [+m[1]!, +m[2]!];
  if (a <= 12 && b <= 12 && a !== b) return 'is ambiguous (day and month could be either way round): write 2022-05-04';
  return withZone({ year: +m[3]!, month: a > 12 ? b : a, day: a > 12 ? a : b }, m[4], m[5], m[6], '', m[7]!);
}

function withZone(
  date: Pick<Fields, 'year' | 'month' | 'day'>,
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  fraction: string | undefined,
  zone: string,
): Fields | string | undefined {
  const fields: Fields = { ...date };
  if (hour !== undefined) fields.time = [+hour, +minute!, +(second ?? 0), fraction ?? ''];
  return readZone(fields, zone.trim());
}

/**
 * `fields` with the zone written after its time; NOT_REAL for an offset out of range, undefined
 * when the rest of the text is not a zone.
 */
function readZone(fields: Fields, zone: string): Fields | string | undefined {
  if (!zone) return fields;
  const offset = OFFSET.exec(zone);
  if (offset) {
    const [, sign, hours, minutes = '00'] = offset;
    if (+hours! > 23 || +minutes > 59) return NOT_REAL;
    fields.offset = (sign === '-' ? -1 : 1) * (+hours! * 60 + +minutes);
    return fields;
  }
  const name = zone.toUpperCase();
  if (!/^[A-Z]{1,5}$/.test(name)) return undefined;
  const known = Object.hasOwn(ZONES, name) ? ZONES[name] : undefined;
  if (typeof known === 'number') fields.offset = known;
  else if (known) fields.zone = known;
  else fields.unknownZone = zone;
  return fields;
}

/**
 * Forms with a month name, in any order: "Wed, 04 May 2022 02:41:00 GMT", "Tue Jan 28 15:28:56
 * CET 2020", "Mon, Jan 7 2019 15:37:00 EST", "June 25, 2024", "25 June 2024 at 3:37 pm".
 */
function named(text: string): Fields | string | undefined {
  const tokens = text
    .replace(/\b([ap])\.\s?m\.?(?=\s|$)/gi, '$1m') // "10:15 a.m."
    .replace(/([a-z])\./gi, '$1 ') // "Jul.11", "Sept."
    .replace(/(\d)-(?=[a-z])|([a-z])-(?=\d)/gi, '$1$2 ') // RFC 850's "11-Jul-24"
    .split(/[\s,]+|\s[-–]\s/)
    .filter(Boolean);
  let month: number | undefined;
  const numbers: number[] = [];
  let year: number | undefined;
  let time: Fields['time'];
  let meridiem: string | undefined;
  let zone: string | undefined;
  for (const written of tokens) {
    const token = written.toLowerCase();
    const monthIndex = MONTHS.indexOf(token.slice(0, 3));
    let m: RegExpExecArray | null;
    if (monthIndex >= 0 && isMonthName(token)) {
      if (month !== undefined) return undefined;
      month = monthIndex + 1;
    } else if (WEEKDAYS.test(token) || token === 'at' || token === 'on' || token === '-') continue;
    else if (/^\d{4}$/.test(token) && year === undefined) year = +token;
    else if ((m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token))) numbers.push(+m[1]!);
    else if ((m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?$/.exec(token)) && !time) time = [+m[1]!, +m[2]!, +(m[3] ?? 0), m[4] ?? ''];
    else if (/^[ap]m$/.test(token) && time && !meridiem) meridiem = token;
    // A zone: an offset, a name this knows, or any upper-case abbreviation (read as unknown).
    else if (zone === undefined && (OFFSET.test(token) || Object.hasOwn(ZONES, written.toUpperCase()) || /^[A-Z]{2,5}$/.test(written))) zone = written;
    else return undefined;
  }
  // RFC 822's two-digit years ("04 May 22") come after the day; RFC 2822 reads 00–49 as 20xx.
  if (year === undefined && numbers.length === 2) {
    const yy = numbers.pop()!;
    year = yy + (yy < 50 ? 2000 : 1900);
  }
  if (month === undefined || year === undefined || numbers.length !== 1) return undefined;
  if (time && meridiem) {
    if (time[0] < 1 || time[0] > 12) return NOT_REAL;
    time[0] = (time[0] % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  const fields: Fields = { year, month, day: numbers[0]! };
  if (time) fields.time = time;
  return readZone(fields, zone ?? '');
}

const FULL_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function isMonthName(token: string): boolean {
  return token.length === 3 || token === 'sept' || FULL_MONTHS.includes(token);
}
