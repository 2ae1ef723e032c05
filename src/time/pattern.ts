// Pattern formatting (`date-format`) pulls in date-fns `format` and its English locale: about
// 5 KB gzip more than the Intl-based path, so it is loaded on demand (see format.ts).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';

/** Formats `date` with a date-fns pattern in `timeZone` (the reader's when undefined). Throws on a bad pattern. */
export function formatPattern(date: Date, pattern: string, timeZone?: string): string {
  return format(timeZone ? new TZDate(date.getTime(), timeZone) : date, pattern);
}
