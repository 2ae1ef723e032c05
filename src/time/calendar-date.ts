// A day without a time of day, as publishers often give dates (`"datePublished": "2024-06-25"`).
// Only the readers (src/article/readers/date.ts) make these, so this module travels in their
// on-demand chunk and formats itself: formatTime() hands it over.
import { memo } from '../util/memo.js';
import { absolute, dateTimeFormat, distanceFeature, UNIT_MS, type FormattedTime, type TimeOptions } from './format.js';

// date-fns pattern letters that print a time of day (quoted text aside).
const TIME_TOKENS = /[hHkKmsSaBbXxOzZtT]/;

/**
 * A calendar day given without a time. It is shown as that date, never with an invented time;
 * relative times count days. The value is the day's midnight UTC, so `toISOString().slice(0, 10)`
 * is the day as written.
 */
export class CalendarDate extends Date {
  /** The day as written, `YYYY-MM-DD` (a Date's own would be midnight UTC, a time the data never gave). */
  override toJSON(): string {
    return this.toISOString().slice(0, 10);
  }

  /**
   * The date alone. Relative text counts calendar days from today in the element's zone
   * ("today", "yesterday", "3 days ago"); `auto` uses it for today and yesterday. A `date-format`
   * without time fields applies; one with them would print a time the data never gave, so the
   * locale's date is shown instead.
   */
  formatDay(now: number, locale: string, timeZone: string | undefined, options: TimeOptions): FormattedTime {
    const parts = memo(`today|${timeZone ?? ''}`, () => new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })).formatToParts(now);
    const field = (type: string) => Number(parts.find((part) => part.type === type)?.value);
    const today = Date.UTC(field('year'), field('month') - 1, field('day'));
    const days = Math.round((this.getTime() - today) / UNIT_MS.day);
    const relative = options.relative === 'always' || (options.relative !== 'never' && days <= 0 && days >= -1);
    const distance = distanceFeature.module;
    const pattern = options.pattern && !TIME_TOKENS.test(options.pattern.replace(/'[^']*'/g, '')) ? options.pattern : undefined;
    const text = !relative
      ? absolute(this, locale, 'UTC', pattern, 'day')
      : distance && Math.abs(days) > 1
        ? distance.formatDistance(this, today, locale, 'UTC')
        : memo(`rtf|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(days, 'day');
    return { text, datetime: this.toISOString().slice(0, 10), title: dateTimeFormat(locale, 'UTC', 'fullDay').format(this), relative };
  }
}
