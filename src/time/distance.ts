// Relative times older than a day (`relative="always"`) pull in date-fns' intlFormatDistance, its
// calendar helpers and a time-zone context: loaded on demand (see format.ts), as most pages
// never need them.
import { tz } from '@date-fns/tz';
import { intlFormatDistance } from 'date-fns/intlFormatDistance';

/**
 * "yesterday", "3 days ago", "last month": date-fns' choice of unit, with calendar days counted
 * in `timeZone` (the element's `time-zone`; the reader's zone when undefined).
 */
export function formatDistance(date: Date, base: number, locale: string, timeZone?: string): string {
  return intlFormatDistance(date, base, { locale, ...(timeZone ? { in: tz(timeZone) } : {}) });
}
