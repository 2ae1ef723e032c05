import { expect } from '@open-wc/testing';
import {
  distanceFeature,
  formatTime,
  loadPatterns,
  patternsLoaded,
  RELATIVE_CUTOFF_MINUTES,
  type TimeOptions,
} from '../../src/time/format.js';
import { isTimeZone } from '../../src/util/zone.js';
import { freezeClock } from '../helpers.js';

// The seed article's timestamp: 08:15 UTC, 10:15 in Copenhagen (CEST), 04:15 in New York (EDT), 17:15 in Tokyo.
const SEED_ISO = '2024-07-11T10:15:00+02:00';
const SEED = new Date(SEED_ISO);
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SEED_PATTERN = "MMM.dd - yyyy hh:mm a 'CET'";
/** The Intl medium date + short time for the seed in Copenhagen, in English. */
const SEED_INTL_CPH = 'Jul 11, 2024, 10:15 AM';

/** Intl puts narrow / no-break spaces before "AM" (ICU 72+); a reader sees a space. */
const spaces = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');

/** Formats the seed as seen `ms` after it was published. */
function seedAt(ms: number, options: Partial<TimeOptions> = {}) {
  return formatTime(SEED, { lang: 'en', timeZone: 'Europe/Copenhagen', now: SEED.getTime() + ms, ...options });
}

// Must stay first: nothing in this file has asked for patterns yet.
describe('formatTime: date-format patterns load on demand', () => {
  it('does not load pattern formatting until asked, and uses the Intl format meanwhile', async () => {
    expect(patternsLoaded()).to.equal(false);
    const before = seedAt(30 * 24 * HOUR, { pattern: SEED_PATTERN });
    expect(spaces(before.text)).to.equal(SEED_INTL_CPH);

    const loading = loadPatterns();
    expect(loadPatterns()).to.equal(loading, 'a second call shares the first load');
    await loading;
    expect(patternsLoaded()).to.equal(true);
    expect(seedAt(30 * 24 * HOUR, { pattern: SEED_PATTERN }).text).to.equal('Jul.11 - 2024 10:15 AM CET');
  });
});

// Must stay before anything loads the distance chunk.
describe('formatTime: relative times past a day load on demand', () => {
  it('reads whole days until date-fns intlFormatDistance has loaded, then its units', async () => {
    expect(distanceFeature.module).to.equal(undefined);
    const at = { lang: 'en', relative: 'always', now: Date.parse('2027-07-20T12:00:00Z') } as const;
    expect(formatTime(SEED, at).text).to.equal('1,104 days ago');
    expect(seedAt(2 * HOUR, { relative: 'always' }).text).to.equal('2 hours ago', 'within a day nothing is needed');

    const loading = distanceFeature.load();
    expect(distanceFeature.load()).to.equal(loading, 'a second call shares the first load');
    await loading;
    expect(distanceFeature.settled).to.equal(true);
    expect(formatTime(SEED, at).text).to.equal('3 years ago');
  });
});

describe('formatTime: date-format patterns', () => {
  before(() => loadPatterns());

  it('reads the seed timestamp exactly as the reference page does', () => {
    const time = formatTime(new Date(SEED_ISO), {
      lang: 'en',
      timeZone: 'Europe/Copenhagen',
      pattern: SEED_PATTERN,
      now: Date.parse('2025-01-01T00:00:00Z'),
    });
    expect(time.text).to.equal('Jul.11 - 2024 10:15 AM CET');
    expect(time.relative).to.equal(false);
    expect(time.datetime).to.equal('2024-07-11T08:15:00.000Z');
  });

  it('formats the pattern in the given time zone', () => {
    expect(seedAt(30 * 24 * HOUR, { pattern: 'yyyy-MM-dd HH:mm', timeZone: 'America/New_York' }).text).to.equal('2024-07-11 04:15');
    expect(seedAt(30 * 24 * HOUR, { pattern: 'yyyy-MM-dd HH:mm', timeZone: 'Asia/Tokyo' }).text).to.equal('2024-07-11 17:15');
  });

  it("uses the reader's zone for a pattern when no time zone is given", () => {
    const local = `${SEED.getFullYear()}-${String(SEED.getMonth() + 1).padStart(2, '0')}-${String(SEED.getDate()).padStart(2, '0')} ${String(SEED.getHours()).padStart(2, '0')}:${String(SEED.getMinutes()).padStart(2, '0')}`;
    expect(seedAt(30 * 24 * HOUR, { pattern: 'yyyy-MM-dd HH:mm', timeZone: undefined }).text).to.equal(local);
  });

  for (const pattern of ['yyyy-MM-dd Q-nonsense', 'YYYY-MM-DD', 'hh:mm in the morning']) {
    it(`falls back to the Intl format, without throwing, for the invalid pattern "${pattern}"`, () => {
      let time: ReturnType<typeof formatTime> | undefined;
      expect(() => (time = seedAt(30 * 24 * HOUR, { pattern }))).not.to.throw();
      expect(spaces(time!.text)).to.equal(SEED_INTL_CPH);
      expect(time!.datetime).to.equal('2024-07-11T08:15:00.000Z');
    });
  }

  it('ignores an empty pattern', () => {
    expect(spaces(seedAt(30 * 24 * HOUR, { pattern: '' }).text)).to.equal(SEED_INTL_CPH);
  });

  it('applies only to absolute times: a recent item still reads relatively', () => {
    const time = seedAt(HOUR, { pattern: SEED_PATTERN });
    expect(time.text).to.equal('1 hour ago');
    expect(time.relative).to.equal(true);
  });
});

describe('formatTime: relative="auto" (the default) and its 24-hour cut-off', () => {
  it('puts the cut-off at 24 hours', () => {
    expect(RELATIVE_CUTOFF_MINUTES).to.equal(24 * 60);
  });

  it('reads 23 h 59 min as relative time', () => {
    const time = seedAt(23 * HOUR + 59 * MINUTE);
    expect(time.relative).to.equal(true);
    expect(time.text).to.equal('23 hours ago');
  });

  it('reads exactly 24 h as an absolute date', () => {
    const time = seedAt(24 * HOUR);
    expect(time.relative).to.equal(false);
    expect(spaces(time.text)).to.equal(SEED_INTL_CPH);
  });

  it('reads 24 h 01 min as an absolute date', () => {
    const time = seedAt(24 * HOUR + MINUTE);
    expect(time.relative).to.equal(false);
    expect(spaces(time.text)).to.equal(SEED_INTL_CPH);
  });

  it('picks seconds, minutes and hours by the elapsed time', () => {
    expect(seedAt(0).text).to.equal('now');
    expect(seedAt(30_000).text).to.equal('30 seconds ago');
    expect(seedAt(5 * MINUTE).text).to.equal('5 minutes ago');
    expect(seedAt(59 * MINUTE + 59_000).text).to.equal('59 minutes ago');
    expect(seedAt(HOUR).text).to.equal('1 hour ago');
    expect(seedAt(3 * HOUR + 20 * MINUTE).text).to.equal('3 hours ago');
  });

  it('says "2 hours ago", not "yesterday", for an item published just before midnight', () => {
    // Midnight in the reader's own zone, wherever the test runs.
    const midnight = new Date(2024, 6, 12, 0, 0, 0).getTime();
    const time = formatTime(new Date(midnight - HOUR), { lang: 'en', now: midnight + HOUR });
    expect(time.text).to.equal('2 hours ago');
  });

  it('treats a missing relative option as auto', () => {
    expect(seedAt(2 * HOUR, { relative: undefined }).text).to.equal('2 hours ago');
    expect(seedAt(2 * HOUR, { relative: 'auto' }).text).to.equal('2 hours ago');
  });

  it('reads the shared clock when no `now` is given', () => {
    const restore = freezeClock(SEED.getTime() + 3 * HOUR);
    try {
      expect(formatTime(SEED, { lang: 'en' }).text).to.equal('3 hours ago');
    } finally {
      restore();
    }
    const restore2 = freezeClock(SEED.getTime() + 3 * 24 * HOUR);
    try {
      const time = formatTime(SEED, { lang: 'en', timeZone: 'Europe/Copenhagen' });
      expect(time.relative).to.equal(false);
      expect(spaces(time.text)).to.equal(SEED_INTL_CPH);
    } finally {
      restore2();
    }
  });
});

describe('formatTime: relative="always" and "never"', () => {
  it('"never" shows the date even for a five-minute-old item', () => {
    const time = seedAt(5 * MINUTE, { relative: 'never' });
    expect(time.relative).to.equal(false);
    expect(spaces(time.text)).to.equal(SEED_INTL_CPH);
  });

  it('"never" uses the pattern when one is loaded', async () => {
    await loadPatterns();
    expect(seedAt(5 * MINUTE, { relative: 'never', pattern: SEED_PATTERN }).text).to.equal('Jul.11 - 2024 10:15 AM CET');
  });

  it('"always" reads old items relatively', async () => {
    await distanceFeature.load();
    const threeYears = formatTime(SEED, { lang: 'en', relative: 'always', now: Date.parse('2027-07-20T12:00:00Z') });
    expect(threeYears.relative).to.equal(true);
    expect(threeYears.text).to.equal('3 years ago');
    const twoDays = seedAt(48 * HOUR, { relative: 'always' });
    expect(twoDays.relative).to.equal(true);
    expect(twoDays.text).to.equal('2 days ago');
  });

  it('"always" counts calendar days in the time zone it is given', async () => {
    await distanceFeature.load();
    // 25 hours: two calendar days apart in UTC, one in Tokyo (08:30 → 09:30 next day).
    const date = new Date('2024-07-10T23:30:00Z');
    const at = { lang: 'en', relative: 'always', now: Date.parse('2024-07-12T00:30:00Z') } as const;
    expect(formatTime(date, { ...at, timeZone: 'UTC' }).text).to.equal('2 days ago');
    expect(formatTime(date, { ...at, timeZone: 'Asia/Tokyo' }).text).to.equal('yesterday');
  });

  it('"always" wins over a pattern', async () => {
    await loadPatterns();
    expect(seedAt(3 * HOUR, { relative: 'always', pattern: SEED_PATTERN }).text).to.equal('3 hours ago');
  });
});

describe('formatTime: timestamps in the future (clock skew)', () => {
  it('reads a timestamp a couple of minutes ahead of the reader\'s clock as "now"', () => {
    for (const ahead of [30_000, 2 * MINUTE, 4 * MINUTE + 59_000]) {
      const time = seedAt(-ahead);
      expect(time.relative, `${ahead} ms ahead`).to.equal(true);
      expect(time.text, `${ahead} ms ahead`).to.equal('now');
    }
  });

  it('shows the date for a timestamp well in the future (not "in 3 hours" as if it were news)', () => {
    const time = seedAt(-3 * HOUR);
    expect(time.relative).to.equal(false);
    expect(spaces(time.text)).to.equal(SEED_INTL_CPH);
  });

  it('with relative="always", says how far ahead a future timestamp is', () => {
    const time = seedAt(-3 * HOUR, { relative: 'always' });
    expect(time.relative).to.equal(true);
    expect(time.text).to.equal('in 3 hours');
  });
});

describe('formatTime: datetime and title', () => {
  it('gives the exact instant, in UTC ISO form, for <time datetime>', () => {
    expect(seedAt(2 * HOUR).datetime).to.equal('2024-07-11T08:15:00.000Z');
    expect(seedAt(40 * 24 * HOUR).datetime).to.equal('2024-07-11T08:15:00.000Z');
    const precise = new Date('2024-07-11T10:15:42.123+02:00');
    expect(formatTime(precise, { lang: 'en', now: precise.getTime() }).datetime).to.equal('2024-07-11T08:15:42.123Z');
  });

  it('titles the time with the full date and the zone\'s long name', () => {
    expect(spaces(seedAt(2 * HOUR).title)).to.equal('Thursday, July 11, 2024 at 10:15 AM Central European Summer Time');
    expect(spaces(seedAt(40 * 24 * HOUR).title)).to.equal('Thursday, July 11, 2024 at 10:15 AM Central European Summer Time');
  });

  it('names the zone in force on that date (winter time in January)', () => {
    const winter = new Date('2024-01-11T10:15:00+01:00');
    const title = formatTime(winter, { lang: 'en', timeZone: 'Europe/Copenhagen', now: winter.getTime() }).title;
    expect(spaces(title)).to.equal('Thursday, January 11, 2024 at 10:15 AM Central European Standard Time');
  });

  it('titles in other zones with their own names', () => {
    expect(spaces(seedAt(HOUR, { timeZone: 'America/New_York' }).title)).to.equal(
      'Thursday, July 11, 2024 at 4:15 AM Eastern Daylight Time',
    );
    expect(spaces(seedAt(HOUR, { timeZone: 'Asia/Tokyo' }).title)).to.equal('Thursday, July 11, 2024 at 5:15 PM Japan Standard Time');
  });
});

describe('formatTime: time zones', () => {
  it('changes the absolute text with the zone', () => {
    const later = 10 * 24 * HOUR;
    expect(spaces(seedAt(later, { timeZone: 'Europe/Copenhagen' }).text)).to.equal('Jul 11, 2024, 10:15 AM');
    expect(spaces(seedAt(later, { timeZone: 'America/New_York' }).text)).to.equal('Jul 11, 2024, 4:15 AM');
    expect(spaces(seedAt(later, { timeZone: 'Asia/Tokyo' }).text)).to.equal('Jul 11, 2024, 5:15 PM');
  });

  it('moves the calendar date across the date line', () => {
    const evening = new Date('2024-07-11T20:00:00Z');
    const options = { lang: 'en', relative: 'never' as const };
    expect(spaces(formatTime(evening, { ...options, timeZone: 'Asia/Tokyo' }).text)).to.equal('Jul 12, 2024, 5:00 AM');
    expect(spaces(formatTime(evening, { ...options, timeZone: 'America/New_York' }).text)).to.equal('Jul 11, 2024, 4:00 PM');
  });

  it('does not change the relative text or the instant', () => {
    const cph = seedAt(3 * HOUR, { timeZone: 'Europe/Copenhagen' });
    const tokyo = seedAt(3 * HOUR, { timeZone: 'Asia/Tokyo' });
    expect(tokyo.text).to.equal(cph.text);
    expect(tokyo.datetime).to.equal(cph.datetime);
  });

  it("falls back to the reader's zone, without throwing, for an unknown zone", () => {
    const readers = seedAt(10 * 24 * HOUR, { timeZone: undefined });
    for (const zone of ['Mars/Olympus_Mons', 'Europe/Copenhagn', 'not a zone', '']) {
      let time: ReturnType<typeof formatTime> | undefined;
      expect(() => (time = seedAt(10 * 24 * HOUR, { timeZone: zone })), zone).not.to.throw();
      expect(time!.text, zone).to.equal(readers.text);
      expect(time!.title, zone).to.equal(readers.title);
      expect(time!.datetime, zone).to.equal('2024-07-11T08:15:00.000Z');
    }
  });

  it('tells real zones from unknown ones', () => {
    expect(isTimeZone('Europe/Copenhagen')).to.equal(true);
    expect(isTimeZone('America/New_York')).to.equal(true);
    expect(isTimeZone('UTC')).to.equal(true);
    expect(isTimeZone('Mars/Olympus_Mons')).to.equal(false);
    expect(isTimeZone('')).to.equal(false);
    expect(isTimeZone(undefined)).to.equal(false);
  });
});

describe('formatTime: the language', () => {
  it('writes German with lang="de"', () => {
    const old = seedAt(10 * 24 * HOUR, { lang: 'de' });
    expect(spaces(old.text)).to.equal('11.07.2024, 10:15');
    expect(old.title).to.contain('Donnerstag').and.contain('Juli').and.contain('Mitteleuropäische Sommerzeit');
    expect(seedAt(3 * HOUR, { lang: 'de' }).text).to.equal('vor 3 Stunden');
  });

  it('writes Arabic with lang="ar"', () => {
    const old = seedAt(10 * 24 * HOUR, { lang: 'ar' });
    expect(old.title).to.contain('الخميس').and.contain('يوليو');
    expect(old.text).not.to.match(/[A-Za-z]/);
    expect(seedAt(3 * HOUR, { lang: 'ar' }).text).to.contain('قبل').and.contain('ساعات');
  });

  it('writes Danish with lang="da" and English month names in en', () => {
    expect(seedAt(10 * 24 * HOUR, { lang: 'da' }).title).to.contain('juli');
    expect(seedAt(3 * HOUR, { lang: 'da' }).text).to.equal('for 3 timer siden');
    expect(seedAt(10 * 24 * HOUR, { lang: 'en' }).title).to.contain('July');
  });

  it('follows the regional variant (en-GB writes the day first)', () => {
    expect(spaces(seedAt(10 * 24 * HOUR, { lang: 'en-GB' }).text)).to.equal('11 Jul 2024, 10:15');
  });
});
