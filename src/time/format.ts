// Per-function entry points: the same code as the package index, without making every unbundled
// consumer (the test runner, an import-map page) load all of date-fns.
import { memo } from '../util/memo.js';
import { onDemand } from '../util/on-demand.js';
import { isTimeZone } from '../util/zone.js';
import type { CalendarDate } from './calendar-date.js';
import { clock } from './clock.js';

export type RelativeMode = 'auto' | 'always' | 'never';

export interface TimeOptions {
  lang: string;
  /** IANA zone; the reader's when undefined or not a real zone. */
  timeZone?: string;
  /** A date-fns pattern; Intl's medium date and short time when undefined. */
  pattern?: string;
  relative?: RelativeMode;
  now?: number;
}

export interface FormattedTime {
  /** What the reader sees. */
  text: string;
  /** The exact instant, for `<time datetime>`. */
  datetime: string;
  /** The full date, time and zone name, for the tooltip. */
  title: string;
  /** True when `text` is relative and so goes stale as time passes. */
  relative: boolean;
}

/** Younger than this reads "3 hours ago"; older reads as a date. */
export const RELATIVE_CUTOFF_MINUTES = 24 * 60;
/** Clocks disagree: a timestamp this far in the future still reads as "now"-ish relative time. */
const FUTURE_SKEW_MINUTES = 5;

/** Pattern formatting (`date-format`): date-fns `format` and its locale, loaded on demand. */
export const patternFeature = onDemand(() => import('./pattern.js'));
/** Relative times older than a day (`relative="always"`): date-fns `intlFormatDistance`, on demand. */
export const distanceFeature = onDemand(() => import('./distance.js'));

/** Loads pattern formatting once; resolves when `formatTime` can honour `pattern`. */
export function loadPatterns(): Promise<unknown> {
  return patternFeature.load();
}

export function patternsLoaded(): boolean {
  return patternFeature.module !== undefined;
}

/** Formats a timestamp for display, relative or absolute per `relative` and its age. */
export function formatTime(date: Date, options: TimeOptions): FormattedTime {
  const now = options.now ?? clock.now();
  const timeZone = isTimeZone(options.timeZone) ? options.timeZone : undefined;
  const locale = options.lang;
  // A day without a time formats itself (calendar-date.ts, in the chunk that reads such dates).
  if ('formatDay' in date) return (date as CalendarDate).formatDay(now, locale, timeZone, options);
  const age = Math.trunc((now - date.getTime()) / 60_000);
  const useRelative =
    options.relative === 'always' ||
    (options.relative !== 'never' && age > -FUTURE_SKEW_MINUTES && age < RELATIVE_CUTOFF_MINUTES);
  const title = dateTimeFormat(locale, timeZone, 'full').format(date);
  const text = useRelative
    ? relativeText(date, age > -FUTURE_SKEW_MINUTES ? Math.max(now, date.getTime()) : now, locale, timeZone)
    : absolute(date, locale, timeZone, options.pattern);
  return { text, datetime: date.toISOString(), title, relative: useRelative };
}

/**
 * "30 seconds ago", "5 minutes ago", "23 hours ago": within a day the unit follows the elapsed
 * time, not calendar days in the reader's zone (left to itself, intlFormatDistance calls
 * something two hours old "yesterday" once midnight has passed). Older (relative="always")
 * times use date-fns' own choice of unit, calendar days counted in the element's time zone, once
 * `distanceFeature` has loaded; until then (the elements render at once and again when it
 * arrives, as with patterns), whole days.
 */
function relativeText(date: Date, base: number, locale: string, timeZone: string | undefined): string {
  const elapsed = date.getTime() - base;
  const seconds = Math.abs(elapsed) / 1000;
  const unit = seconds < 60 ? 'second' : seconds < 3600 ? 'minute' : seconds < 86_400 ? 'hour' : 'day';
  const distance = distanceFeature.module;
  if (unit === 'day' && distance) return distance.formatDistance(date, base, locale, timeZone);
  // What intlFormatDistance does for a given unit (truncated difference, numeric: 'auto'), with
  // the formatter built once per language instead of once per timestamp.
  const value = Math.trunc(elapsed / UNIT_MS[unit]) || 0;
  return memo(`rtf|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(value, unit);
}

export const UNIT_MS = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

const STYLES = {
  // The tooltip: the full date and time with the zone's name.
  full: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'long' },
  // What readers see when there is no pattern.
  medium: { dateStyle: 'medium', timeStyle: 'short' },
  // The same for a day without a time.
  fullDay: { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' },
  day: { dateStyle: 'medium' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/**
 * An Intl.DateTimeFormat for a language, zone and style, built once: the same formatting as
 * date-fns' intlFormat (which builds a new one on every call).
 */
export function dateTimeFormat(locale: string, timeZone: string | undefined, style: keyof typeof STYLES): Intl.DateTimeFormat {
  return memo(`dtf|${locale}|${timeZone ?? ''}|${style}`, () => new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone }));
}

export function absolute(date: Date, locale: string, timeZone: string | undefined, pattern: string | undefined, style: 'medium' | 'day' = 'medium'): string {
  const patterns = patternFeature.module;
  if (pattern && patterns) {
    try {
      return patterns.formatPattern(date, pattern, timeZone);
    } catch {
      // An invalid pattern (unescaped letters, …) falls back to the Intl format below.
    }
  }
  return dateTimeFormat(locale, timeZone, style).format(date);
}
