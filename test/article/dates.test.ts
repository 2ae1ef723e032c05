// Dates as publishers write them (docs/data-shape.md, "Dates"): every rule of the policy, through
// parseArticle, with the instant each form means.
import { expect } from '@open-wc/testing';
import { CalendarDate, parseArticle, parseFeed } from '../../src/article/index.js';
import { NO_OFFSET, NOT_REAL, UNREADABLE, expectOk, expectErrors, valid } from './support.js';

const read = (datePublished: unknown, timeZone?: string) => parseArticle({ ...valid, datePublished }, { baseUrl: valid.url, timeZone });

// [form, as written, the instant it means]: exact, no warning.
const EXACT: Array<[string, string, string]> = [
  ['RFC 2822 with GMT', 'Wed, 04 May 2022 02:41:00 GMT', '2022-05-04T02:41:00.000Z'],
  ['RFC 2822 with an offset', 'Tue, 4 May 2021 19:18:00 +0200', '2021-05-04T17:18:00.000Z'],
  ['RFC 2822 with a negative offset', 'Thu, 08 May 2014 14:04:53 -0400', '2014-05-08T18:04:53.000Z'],
  ['RFC 822 with a two-digit year and no seconds', '04 May 22 02:41 GMT', '2022-05-04T02:41:00.000Z'],
  ['RFC 822 North American zone (EST)', 'Mon, Jan 7 2019 15:37:00 EST', '2019-01-07T20:37:00.000Z'],
  ['RFC 822 daylight zone (PDT)', 'Fri, 12 Jul 2024 09:00:00 PDT', '2024-07-12T16:00:00.000Z'],
  ['asctime-like with a European zone (CET, winter)', 'Tue Jan 28 15:28:56 CET 2020', '2020-01-28T14:28:56.000Z'],
  ['a European zone name in summer (CET means Central European time)', 'Thu Jul 11 10:15:00 CET 2024', '2024-07-11T08:15:00.000Z'],
  ['a zone written CEST', 'Thu, 11 Jul 2024 10:15:00 CEST', '2024-07-11T08:15:00.000Z'],
  ['ISO with " UTC"', '2022-05-04T03:00:00 UTC', '2022-05-04T03:00:00.000Z'],
  ['ISO with " GMT" and a space for T', '2022-05-04 03:00:00 GMT', '2022-05-04T03:00:00.000Z'],
  ['ISO with a space before the offset', '2024-07-11T10:15:00 +02:00', '2024-07-11T08:15:00.000Z'],
  ['ISO with ten fraction digits', '2024-07-11T08:15:00.1234567890Z', '2024-07-11T08:15:00.123Z'],
  ['JavaScript’s Date string', 'Thu Jul 11 2024 10:15:00 GMT+0200 (Central European Summer Time)', '2024-07-11T08:15:00.000Z'],
  ['a month name, a 12-hour clock and a zone', 'July 11, 2024 10:15 AM CEST', '2024-07-11T08:15:00.000Z'],
  ['12 pm and 12 am', 'July 11, 2024 12:05 PM UTC', '2024-07-11T12:05:00.000Z'],
  ['12 am', 'July 11, 2024 12:05 AM UTC', '2024-07-11T00:05:00.000Z'],
  ['RFC 850 (HTTP’s old date)', 'Thursday, 11-Jul-24 08:15:00 GMT', '2024-07-11T08:15:00.000Z'],
  ['US style with a.m. and ET (Eastern time, summer)', 'July 11, 2024, 10:15 a.m. ET', '2024-07-11T14:15:00.000Z'],
  ['ET in winter', 'Jan. 11, 2024 10:15 p.m. ET', '2024-01-12T03:15:00.000Z'],
  ['RFC 9557 with the zone in brackets', '2024-07-11T10:15:00+02:00[Europe/Copenhagen]', '2024-07-11T08:15:00.000Z'],
];

// [form, as written, the wall clock]: no offset, read in the time zone (UTC here) with a warning.
const FLOATING: Array<[string, string, string]> = [
  ['ISO without an offset', '2019-07-25T11:15', '2019-07-25T11:15:00.000Z'],
  ['ISO with seconds and no offset', '2022-04-26T18:46:00', '2022-04-26T18:46:00.000Z'],
  ['a space instead of T', '2020-12-18 14:00:00', '2020-12-18T14:00:00.000Z'],
  ['microseconds', '2017-11-24T18:42:20.314667', '2017-11-24T18:42:20.314Z'],
  ['unpadded month and day', '2022-5-5 22:17:36', '2022-05-05T22:17:36.000Z'],
  ['unpadded with T', '2022-5-3T23:57:00', '2022-05-03T23:57:00.000Z'],
  ['day first with dots and a time', '11.11.2021 18:00', '2021-11-11T18:00:00.000Z'],
  ['a month name without a zone', '25 June 2024 3:37 pm', '2024-06-25T15:37:00.000Z'],
];

// [form, as written, the day]: a calendar day, never an invented time.
const DAYS: Array<[string, string, string]> = [
  ['ISO date', '2024-06-25', '2024-06-25'],
  ['unpadded ISO date', '2022-5-5', '2022-05-05'],
  ['day first with dots', '11.11.2021', '2021-11-11'],
  ['day first with dots and spaces', '1. 2. 2022', '2022-02-01'],
  ['slashes, year first', '2024/06/25', '2024-06-25'],
  ['slashes, day clearly first', '25/12/2024', '2024-12-25'],
  ['a month name, US order', 'June 25, 2024', '2024-06-25'],
  ['a month name, day first', '25 June 2024', '2024-06-25'],
  ['an abbreviated month with a dot and an ordinal', 'Sept. 3rd, 2024', '2024-09-03'],
  ['a weekday too', 'Tuesday, 25 June 2024', '2024-06-25'],
];

const REFUSED: Array<[string, string, string]> = [
  ['day and month that could be either way round', '05/04/2022', 'is ambiguous (day and month could be either way round): write 2022-05-04'],
  ['30 February', '2024-02-30', NOT_REAL],
  ['31 June in a named form', 'June 31, 2024', NOT_REAL],
  ['hour 25', 'Wed, 04 May 2022 25:41:00 GMT', NOT_REAL],
  ['13 pm', 'July 11, 2024 13:05 PM UTC', NOT_REAL],
  ['an offset of 25 hours', '2024-07-11 10:15 +2500', NOT_REAL],
  ['words', 'yesterday', UNREADABLE],
  ['the epoch as digits', '1720685700000', UNREADABLE],
  ['no year', 'June 25', UNREADABLE],
  ['two month names', 'June July 25, 2024', UNREADABLE],
  ['a month name that is not English', '25 juin 2024', UNREADABLE],
];

describe('dates as publishers write them', () => {
  for (const [form, input, instant] of EXACT) {
    it(`reads ${form} exactly: ${input}`, () => {
      const { value, warnings } = expectOk(read(input));
      expect(value.datePublished.toISOString()).to.equal(instant);
      expect(value.datePublished).to.not.be.instanceOf(CalendarDate);
      expect(warnings).to.deep.equal([]);
    });
  }

  for (const [form, input, wall] of FLOATING) {
    it(`reads ${form} as UTC wall-clock time, with a warning: ${input}`, () => {
      const { value, warnings } = expectOk(read(input));
      expect(value.datePublished.toISOString()).to.equal(wall);
      expect(warnings).to.deep.equal([{ path: 'datePublished', message: NO_OFFSET }]);
    });
  }

  for (const [form, input, day] of DAYS) {
    it(`reads ${form} as a calendar day, without a warning: ${input}`, () => {
      const { value, warnings } = expectOk(read(input));
      expect(value.datePublished).to.be.instanceOf(CalendarDate);
      expect(value.datePublished.toISOString()).to.equal(`${day}T00:00:00.000Z`);
      expect(warnings).to.deep.equal([]);
    });
  }

  // A parsed article comes back as a copy: from framework state (Svelte's $state), a spread, or
  // JSON it was saved as. Its days stay days, its instants instants.
  it('reads a copy of a parsed article to the same dates: days stay days, through JSON too', () => {
    const day = expectOk(read('2024-06-25')).value;
    const instant = expectOk(read('2024-07-11T10:15:00+02:00')).value;
    for (const copy of [{ ...day }, JSON.parse(JSON.stringify(day))]) {
      const again = expectOk(read(copy.datePublished)).value;
      expect(again.datePublished).to.be.instanceOf(CalendarDate);
      expect(again.datePublished.toISOString()).to.equal('2024-06-25T00:00:00.000Z');
    }
    expect(JSON.stringify(day.datePublished)).to.equal('"2024-06-25"');
    for (const copy of [{ ...instant }, JSON.parse(JSON.stringify(instant))]) {
      const again = expectOk(read(copy.datePublished)).value;
      expect(again.datePublished).to.not.be.instanceOf(CalendarDate);
      expect(again.datePublished.toISOString()).to.equal('2024-07-11T08:15:00.000Z');
    }
  });

  for (const [form, input, message] of REFUSED) {
    it(`refuses ${form}: ${input}`, () => {
      expect(expectErrors(read(input))).to.deep.equal([{ path: 'datePublished', message }]);
    });
  }

  it('reads a time without an offset in the time zone given (the element’s time-zone), across DST', () => {
    const summer = expectOk(read('2024-07-11T10:15:00', 'Europe/Copenhagen'));
    expect(summer.value.datePublished.toISOString()).to.equal('2024-07-11T08:15:00.000Z');
    expect(summer.warnings).to.deep.equal([{ path: 'datePublished', message: 'has no time-zone offset: read as Europe/Copenhagen time' }]);
    const winter = expectOk(read('2024-01-11 10:15', 'Europe/Copenhagen'));
    expect(winter.value.datePublished.toISOString()).to.equal('2024-01-11T09:15:00.000Z');
    const tokyo = expectOk(read('11.11.2021 18:00', 'Asia/Tokyo'));
    expect(tokyo.value.datePublished.toISOString()).to.equal('2021-11-11T09:00:00.000Z');
  });

  it('falls back to UTC for a time zone that does not exist', () => {
    const { value, warnings } = expectOk(read('2024-07-11T10:15:00', 'Mars/Olympus_Mons'));
    expect(value.datePublished.toISOString()).to.equal('2024-07-11T10:15:00.000Z');
    expect(warnings).to.deep.equal([{ path: 'datePublished', message: NO_OFFSET }]);
  });

  it('reads a zone name it does not know as no zone, and says so', () => {
    const { value, warnings } = expectOk(read('Thu, 11 Jul 2024 10:15:00 IST', 'Asia/Kolkata'));
    expect(value.datePublished.toISOString()).to.equal('2024-07-11T04:45:00.000Z');
    expect(warnings).to.deep.equal([{ path: 'datePublished', message: 'has a time zone that is not known (IST): read as Asia/Kolkata time' }]);
  });

  it('reads the seed’s display time as the instant it shows: “Jul.11 - 2024 10:15 AM CET” is 10:15 in Copenhagen', () => {
    // Newsrooms write CET all year; in July Central European time is summer time (+02:00).
    const { value, warnings } = expectOk(read('Jul.11 - 2024 10:15 AM CET'));
    expect(value.datePublished.toISOString()).to.equal('2024-07-11T08:15:00.000Z');
    expect(value.datePublished.getTime()).to.equal(Date.parse('2024-07-11T10:15:00+02:00'));
    expect(warnings).to.deep.equal([]);
    const winter = expectOk(read('Jan.11 - 2024 10:15 AM CET'));
    expect(winter.value.datePublished.toISOString()).to.equal('2024-01-11T09:15:00.000Z');
  });

  it('takes dateCreated when datePublished is absent, and reports its problems at dateCreated', () => {
    const { datePublished: _omit, ...rest } = valid;
    const ok = expectOk(parseArticle({ ...rest, dateCreated: '2016-05-04T15:40:00Z' }, { baseUrl: valid.url }));
    expect(ok.value.datePublished.toISOString()).to.equal('2016-05-04T15:40:00.000Z');
    expect(expectErrors(parseArticle({ ...rest, dateCreated: 'soon' }, { baseUrl: valid.url }))).to.deep.equal([
      { path: 'dateCreated', message: UNREADABLE },
    ]);
    const both = expectOk(parseArticle({ ...valid, dateCreated: '2016-05-04T15:40:00Z' }, { baseUrl: valid.url }));
    expect(both.value.datePublished.toISOString()).to.equal(new Date(valid.datePublished).toISOString());
  });

  it('applies the same rules to JSON Feed dates', () => {
    const feed = parseFeed(
      {
        version: 'https://jsonfeed.org/version/1.1',
        items: [
          { id: '1', url: 'https://news.example/1', title: 'One', date_published: '2024-06-25' },
          { id: '2', url: 'https://news.example/2', title: 'Two', date_published: 'Wed, 04 May 2022 02:41:00 GMT' },
          { id: '3', url: 'https://news.example/3', title: 'Three', date_published: '2024-07-11 10:15', date_modified: '05/04/2022' },
        ],
      },
      { timeZone: 'Europe/Copenhagen' },
    );
    const { value, warnings } = expectOk(feed);
    expect(value.items[0]!.datePublished).to.be.instanceOf(CalendarDate);
    expect(value.items[1]!.datePublished!.toISOString()).to.equal('2022-05-04T02:41:00.000Z');
    expect(value.items[2]!.datePublished!.toISOString()).to.equal('2024-07-11T08:15:00.000Z');
    expect(warnings).to.deep.equal([
      { path: 'items[2].date_published', message: 'has no time-zone offset: read as Europe/Copenhagen time' },
      { path: 'items[2].date_modified', message: 'is ambiguous (day and month could be either way round): write 2022-05-04' },
    ]);
  });
});
