// Property-based tests: the parsers never throw and always answer value-or-errors, and every
// component given arbitrary article-like input renders its content or its error state, with
// nothing escaping into the host page.
//
// Runs per property: 2,000 for each component by default (deterministic seed 42). `npm run fuzz`
// (scripts/fuzz.mjs) sets `globalThis.__NEWS_FUZZ__ = {runs, seed}` before this file loads.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/article-card/news-article-card.js';
import '../../src/byline/news-byline.js';
import '../../src/photo-credit/news-photo-credit.js';
import '../../src/trending-list/news-trending-list.js';
import { MAX_FEED_ITEMS, MAX_LENGTH, MAX_LIST, LABELS } from '../../src/article/index.js';
import { isParsedArticle, parseArticle } from '../../src/article/parse-article.js';
import { parseFeed } from '../../src/article/parse-feed.js';
import { parseImage } from '../../src/article/parse-image.js';
import type { Article, FeedItem, ImageObject, ParseError, ParseResult } from '../../src/article/types.js';
import { parseCreditInput } from '../../src/photo-credit/parse-credit-input.js';
import { CalendarDate } from '../../src/time/calendar-date.js';
import { articleInput, attributes, creditInput, feedInput, imageLike } from './arbitraries.js';
import { allRendered, container, errorLine, escaped, macrotask, settleDeep, sleep, unsafeRendering, watchPage, type NewsEl, type Tag } from './support.js';

const fuzz = (globalThis as { __NEWS_FUZZ__?: { runs?: number; seed?: number } }).__NEWS_FUZZ__ ?? {};
/** Runs per component property. */
const RUNS = Math.max(1, Math.floor(fuzz.runs ?? 2000));
/** The parsers are cheap: more runs for them. */
const PARSE_RUNS = RUNS * 5;
const SEED = fuzz.seed ?? 42;
const timeoutFor = (runs: number, msPerRun: number) => Math.max(60_000, runs * msPerRun);

fc.configureGlobal({ seed: SEED, numRuns: RUNS, includeErrorInReport: true });

/** Throws with `message` unless `condition` holds (plain, fast checks for hot loops). */
function must(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function checkIssues(list: unknown, what: string): asserts list is ParseError[] {
  must(Array.isArray(list), `${what} is not an array`);
  for (const issue of list as unknown[]) {
    const { path, message } = (issue ?? {}) as Partial<ParseError>;
    must(typeof path === 'string' && path.length > 0, `${what}: path ${JSON.stringify(path)} is not a non-empty string`);
    // JSON paths; for RSS and Atom, element paths (XML names may have a prefix: channel.item[0].dc:creator).
    must(/^[\w@$.[\]:-]+$/.test(path), `${what}: path ${JSON.stringify(path)} is not a JSON (or element) path`);
    must(typeof message === 'string' && message.trim().length > 0, `${what}: message ${JSON.stringify(message)} is not a sentence`);
  }
}

/** `{ok: true, value, warnings}` or `{ok: false, errors}` with at least one error — nothing else. */
function checkResult<T>(result: ParseResult<T>): void {
  must(typeof result === 'object' && result !== null, 'result is not an object');
  const keys = Object.keys(result).sort().join(',');
  if (result.ok === true) {
    must(keys === 'ok,value,warnings', `ok result has keys ${keys}`);
    must(result.value !== undefined && result.value !== null, 'ok result without a value');
    checkIssues(result.warnings, 'warnings');
  } else {
    must(result.ok === false, `ok is ${String((result as { ok: unknown }).ok)}`);
    must(keys === 'errors,ok', `failed result has keys ${keys}`);
    checkIssues(result.errors, 'errors');
    must(result.errors.length > 0, 'failed without saying why');
  }
}

// What the parser promises about text: plain, trimmed, one kind of space, no controls or bidi
// overrides, no invisible edges, capped.
const FORBIDDEN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
function checkText(value: unknown, max: number, what: string, allowEmpty = false): void {
  if (value === undefined) return;
  must(typeof value === 'string', `${what} is not a string`);
  if (allowEmpty && value === '') return;
  must(value.length > 0 && value.length <= max, `${what} has length ${value.length} (cap ${max})`);
  must(!FORBIDDEN_TEXT.test(value), `${what} keeps a control or bidi character`);
  must(!/[^\S ]|\s{2}/.test(value), `${what} keeps raw whitespace`);
  must(!/^[\s\u200B-\u200D\u2060\uFEFF]|[\s\u200B-\u200D\u2060\uFEFF]$/.test(value), `${what} has invisible edges`);
}

function checkUrl(value: unknown, what: string, required = false): void {
  if (value === undefined && !required) return;
  // The cap holds for the URL as it will be used: resolved and percent-encoded.
  must(typeof value === 'string' && value.length <= MAX_LENGTH.url, `${what} is ${String(value).length} characters (cap ${MAX_LENGTH.url})`);
  const url = new URL(value);
  must(url.protocol === 'http:' || url.protocol === 'https:', `${what} is ${url.protocol}`);
  must(!url.username && !url.password, `${what} carries credentials`);
}

function checkImage(image: ImageObject | undefined, what: string): void {
  if (!image) return;
  checkUrl(image.url, `${what}.url`, true);
  for (const dim of ['width', 'height'] as const) {
    if (image[dim] !== undefined) must(Number.isInteger(image[dim]) && image[dim]! >= 0, `${what}.${dim} is ${image[dim]}`);
  }
  checkText(image.alt, MAX_LENGTH.caption, `${what}.alt`, true);
  checkText(image.caption, MAX_LENGTH.caption, `${what}.caption`);
  checkText(image.creditText, MAX_LENGTH.short, `${what}.creditText`);
  checkText(image.copyrightNotice, MAX_LENGTH.short, `${what}.copyrightNotice`);
  checkUrl(image.license, `${what}.license`);
  checkUrl(image.acquireLicensePage, `${what}.acquireLicensePage`);
  if (image.srcset) {
    must(image.srcset.length > 0 && image.srcset.length <= MAX_LIST, `${what}.srcset has ${image.srcset.length} candidates`);
    for (const source of image.srcset) {
      checkUrl(source.url, `${what}.srcset url`, true);
      must(!/[\s,]/.test(source.url), `${what}.srcset url would split the list`);
      must(Number.isInteger(source.width), `${what}.srcset width is ${source.width}`);
    }
  }
}

/**
 * Everything the strict `Article` type promises, beyond the type. A feed item may have no date
 * (formats where dates are optional): it is then frozen but not a parsed Article.
 */
function checkArticle(article: Article | FeedItem, what = 'article'): void {
  must(Object.isFrozen(article) && (!article.image || Object.isFrozen(article.image)) && Object.isFrozen(article.author), `${what} is not frozen`);
  if (article.datePublished === undefined) {
    must(!isParsedArticle(article), `${what} has no date but is marked as a parsed article`);
    must(!parseArticle(article).ok, `${what} has no date but parses as an article`);
    article = { ...article, datePublished: new Date(0) };
  } else must(isParsedArticle(article), `${what} is not marked as parsed`);
  checkUrl(article.url, `${what}.url`, true);
  checkText(article.headline, MAX_LENGTH.headline, `${what}.headline`);
  must(article.headline !== undefined, `${what} has no headline`);
  checkText(article.id, MAX_LENGTH.id, `${what}.id`);
  must(article.datePublished instanceof Date && !Number.isNaN(article.datePublished.getTime()), `${what}.datePublished is not a date`);
  if (article.dateModified !== undefined) must(!Number.isNaN(article.dateModified.getTime()), `${what}.dateModified is not a date`);
  checkText(article.description, MAX_LENGTH.description, `${what}.description`);
  checkText(article.articleSection, MAX_LENGTH.short, `${what}.articleSection`);
  checkText(article.kicker, MAX_LENGTH.short, `${what}.kicker`);
  must(Array.isArray(article.labels) && article.labels.every((l) => LABELS.includes(l)) && new Set(article.labels).size === article.labels.length, `${what}.labels`);
  must(article.author.length <= MAX_LIST, `${what} has ${article.author.length} authors`);
  article.author.forEach((person, i) => {
    checkText(person.name, MAX_LENGTH.name, `${what}.author[${i}].name`);
    must(person.name !== undefined, `${what}.author[${i}] has no name`);
    checkUrl(person.url, `${what}.author[${i}].url`);
    checkText(person.jobTitle, MAX_LENGTH.short, `${what}.author[${i}].jobTitle`);
    checkUrl(person.image, `${what}.author[${i}].image`);
  });
  if (article.inLanguage !== undefined) must(Intl.getCanonicalLocales(article.inLanguage)[0] === article.inLanguage, `${what}.inLanguage`);
  if (article.wordCount !== undefined) must(Number.isInteger(article.wordCount) && article.wordCount >= 0, `${what}.wordCount`);
  checkImage(article.image, `${what}.image`);
  if (article.publisher) {
    checkText(article.publisher.name, MAX_LENGTH.name, `${what}.publisher.name`);
    checkUrl(article.publisher.url, `${what}.publisher.url`);
    checkUrl(article.publisher.logo, `${what}.publisher.logo`);
  }
  // An article that was parsed is trusted as it is: parsing it again changes nothing.
  if (!isParsedArticle(article)) return;
  const again = parseArticle(article);
  must(again.ok && again.value === article, `${what} does not parse to itself`);
}

/** Calls `parse`, failing the property (not the page) if it throws. */
function neverThrows<T>(parse: () => ParseResult<T>): ParseResult<T> {
  let result: ParseResult<T>;
  try {
    result = parse();
  } catch (error) {
    throw new Error(`threw ${String((error as Error)?.stack ?? error)}`);
  }
  checkResult(result);
  return result;
}

function checkFeedResult(input: unknown): void {
  const result = neverThrows(() => parseFeed(input));
  if (!result.ok) return;
  const feed = result.value;
  must(Array.isArray(feed.items) && feed.items.length <= MAX_FEED_ITEMS, `feed has ${feed.items.length} items`);
  checkText(feed.name, MAX_LENGTH.short, 'feed.name');
  must(new Set(feed.items.map((a) => a.id)).size === feed.items.length, 'feed keeps duplicate ids');
  feed.items.forEach((item, i) => checkArticle(item, `items[${i}]`));
}

describe('property: parsers never throw and answer value-or-errors', function () {
  this.timeout(timeoutFor(PARSE_RUNS * 4, 5));

  it(`parseArticle: any JSON value (${PARSE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = neverThrows(() => parseArticle(input));
        if (result.ok) checkArticle(result.value);
      }),
      { numRuns: PARSE_RUNS },
    );
  });

  it(`parseArticle: article-like input, JSON-LD wrappers and hostile objects (${PARSE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(articleInput, (input) => {
        const result = neverThrows(() => parseArticle(input));
        if (result.ok) checkArticle(result.value);
        // Relative URLs resolve against the base given, never to another scheme.
        const based = neverThrows(() => parseArticle(input, { baseUrl: 'https://publisher.example/news/' }));
        if (based.ok) checkArticle(based.value);
      }),
      { numRuns: PARSE_RUNS },
    );
  });

  it(`parseFeed: any JSON value (${PARSE_RUNS} runs)`, () => {
    fc.assert(fc.property(fc.jsonValue(), checkFeedResult), { numRuns: PARSE_RUNS });
  });

  it(`parseFeed: arrays, {items}, ItemList and JSON Feed of article-like items (${PARSE_RUNS} runs)`, () => {
    fc.assert(fc.property(feedInput, checkFeedResult), { numRuns: PARSE_RUNS });
  });

  it(`parseImage and the photo credit's input parser (${PARSE_RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.oneof(imageLike, creditInput, fc.jsonValue()), (input) => {
        const image = neverThrows(() => parseImage(input));
        if (image.ok) checkImage(image.value, 'image');
        const credit = neverThrows(() => parseCreditInput(input, {}));
        if (credit.ok) checkImage(credit.value, 'credit');
      }),
      { numRuns: PARSE_RUNS },
    );
  });

  it('is deterministic: the same input gives the same answer', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), articleInput.filter((v) => {
        try {
          return JSON.stringify(v) !== undefined;
        } catch {
          return false;
        }
      })), (input) => {
        const json = JSON.parse(JSON.stringify(input ?? null)) as unknown;
        const a = parseArticle(json);
        const b = parseArticle(JSON.parse(JSON.stringify(input ?? null)));
        expect(JSON.stringify(b)).to.equal(JSON.stringify(a));
      }),
      { numRuns: Math.min(RUNS, 2000) },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Components

interface ComponentCase {
  tag: Tag;
  /** The property the data goes in. */
  property: 'article' | 'feed' | 'image';
  input: fc.Arbitrary<unknown>;
  /** The component's own parser, with the element's time-zone: the oracle for ready vs error. */
  parse: (input: unknown, timeZone: string | undefined) => ParseResult<unknown>;
  attributes: readonly string[];
  /** Checks that the ready state shows the parsed value; throws when it does not. */
  checkReady: (el: NewsEl, value: unknown) => void;
}

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

const CASES: ComponentCase[] = [
  {
    tag: 'news-article-card',
    property: 'article',
    input: articleInput,
    parse: (input, timeZone) => parseArticle(input, { timeZone }),
    attributes: ['lang', 'dir', 'time-zone', 'date-format', 'relative', 'theme', 'layout', 'headline-level', 'lead-in', 'sizes'],
    checkReady(el, value) {
      const article = value as Article;
      const root = el.shadowRoot!;
      const links = root.querySelectorAll('a');
      must(links.length === 1, `the card has ${links.length} links`);
      const link = links[0]!;
      must(link.href === article.url, `the headline links to ${link.href}, not ${article.url}`);
      must(text(link) === article.headline.replace(/\s+/g, ' ').trim(), `the headline reads "${text(link)}", not "${article.headline}"`);
      const byline = root.querySelector<NewsEl>('news-byline');
      must(byline?.state === 'ready', `the byline is ${byline?.state}`);
      const credit = root.querySelector<NewsEl>('news-photo-credit');
      must(!!credit === !!article.image, 'the photo credit is there exactly when the article has an image');
      if (credit) must(credit.state === 'ready', `the photo credit is ${credit.state}`);
    },
  },
  {
    tag: 'news-byline',
    property: 'article',
    input: articleInput,
    parse: (input, timeZone) => parseArticle(input, { timeZone }),
    attributes: ['lang', 'dir', 'time-zone', 'date-format', 'relative', 'theme', 'lead-in'],
    checkReady(el, value) {
      const article = value as Article;
      const root = el.shadowRoot!;
      const time = root.querySelector('time');
      // A day without a time is a date in <time datetime>, never an instant.
      const instant = article.datePublished.toISOString();
      const datetime = article.datePublished instanceof CalendarDate ? instant.slice(0, 10) : instant;
      must(time?.getAttribute('datetime') === datetime, `the time says ${time?.getAttribute('datetime')}, not ${datetime}`);
      must(text(time).length > 0, 'the time is empty');
      const authors = root.querySelectorAll('[part="author"]');
      must(authors.length === article.author.length, `${authors.length} author names shown for ${article.author.length}`);
      authors.forEach((node, i) => must(text(node) === article.author[i]!.name, `author ${i} reads "${text(node)}"`));
    },
  },
  {
    tag: 'news-trending-list',
    property: 'feed',
    input: feedInput,
    parse: (input, timeZone) => parseFeed(input, { timeZone }),
    attributes: ['lang', 'dir', 'time-zone', 'date-format', 'relative', 'theme', 'headline-level', 'max', 'heading', 'thumbnails'],
    checkReady(el, value) {
      const feed = value as { items: Article[] };
      const max = Math.floor(Number(el.getAttribute('max')));
      const limit = max >= 1 ? Math.min(max, 100) : 10;
      const rows = el.shadowRoot!.querySelectorAll('ol > li');
      const expected = Math.min(limit, feed.items.length);
      must(rows.length === expected, `${rows.length} rows for ${expected} items`);
      rows.forEach((row, i) => {
        const link = row.querySelector('a')!;
        must(link.href === feed.items[i]!.url, `row ${i} links to ${link.href}`);
        must(text(link) === feed.items[i]!.headline, `row ${i} reads "${text(link)}"`);
      });
      if (!expected) must(el.shadowRoot!.querySelector('[part="empty"]'), 'an empty feed shows no "empty" line');
      must(text(el.shadowRoot!.querySelector('[part="heading"]')).length > 0, 'the list has no heading');
    },
  },
  {
    tag: 'news-photo-credit',
    property: 'image',
    input: creditInput,
    parse: (input) => parseCreditInput(input, {}),
    attributes: ['lang', 'dir', 'theme', 'variant', 'sizes', 'hide-caption'],
    checkReady(el, value) {
      const image = value as ImageObject;
      const img = el.shadowRoot!.querySelector('img');
      must(img?.getAttribute('src') === image.url, `the image is ${img?.getAttribute('src')}, not ${image.url}`);
      must(img.getAttribute('alt') === (image.alt ?? ''), 'the alt text differs');
      if (image.creditText) must(text(el.shadowRoot!.querySelector('[part="credit"]')).endsWith(image.creditText), 'the credit is missing');
      if (image.caption && !el.hasAttribute('hide-caption')) must(text(el.shadowRoot!.querySelector('[part="caption"]')) === image.caption, 'the caption differs');
    },
  },
];

/** Totals across the component properties, printed at the end. */
const totals = { runs: 0, ready: 0, error: 0, loading: 0, escaped: 0 };

describe('property: every component renders content or its error state, never throws', function () {
  this.timeout(timeoutFor(RUNS, 40));

  let watch: ReturnType<typeof watchPage>;
  let base: HTMLBaseElement;
  before(() => {
    // Relative URLs resolve against a publisher that does not exist: images fail fast instead of
    // filling the test server's log with 404s.
    base = document.createElement('base');
    base.href = 'http://publisher.invalid/news/';
    document.head.prepend(base);
  });
  beforeEach(() => {
    watch = watchPage();
  });
  afterEach(() => watch.stop());
  after(() => {
    base.remove();
    console.log(
      `property: ${totals.runs} component renders (${RUNS} per component, seed ${SEED}): ` +
        `${totals.ready} ready, ${totals.error} error, ${totals.loading} loading; ${totals.escaped} uncaught errors/rejections`,
    );
  });

  for (const c of CASES) {
    it(`<${c.tag}>: arbitrary ${c.property} and attributes (${RUNS} runs)`, async () => {
      // Far below the fold: lazy images are never fetched, so thousands of random image URLs
      // cost nothing (the injection test loads them eagerly instead).
      const box = container('position:absolute; top:100000px; left:0; width:640px');
      const el = document.createElement(c.tag) as NewsEl;
      const events: CustomEvent[] = [];
      const record = (e: Event) => {
        const detail = (e as CustomEvent).detail as { source?: string };
        if (detail?.source !== 'image') events.push(e as CustomEvent);
      };
      el.addEventListener('news-load', record);
      el.addEventListener('news-error', record);
      box.append(el);
      await settleDeep(el);
      let previous: unknown = Symbol('none');
      const counts = { ready: 0, error: 0, loading: 0 };

      await fc.assert(
        fc.asyncProperty(c.input, attributes(c.attributes), async (input, attrs) => {
          for (const [name, value] of Object.entries(attrs)) {
            if (value === null) el.removeAttribute(name);
            else el.setAttribute(name, value);
          }
          const before = events.length;
          (el as unknown as Record<string, unknown>)[c.property] = input;
          // A rejected update would surface here (and as an unhandled rejection if unawaited).
          await settleDeep(el);
          const expected = c.parse(input, el.getAttribute('time-zone') ?? undefined);
          // The same value again changes nothing: Lit compares with Object.is (NaN equals NaN),
          // the data controller with === (0 equals -0); either way no new event is due.
          const same = Object.is(input, previous) || input === previous;
          previous = input;
          const fired = events.slice(before);
          if (input === undefined || input === null) {
            must(el.state === 'loading', `state is ${el.state} without data`);
            counts.loading++;
          } else if (expected.ok) {
            must(el.state === 'ready', `state is ${el.state} for data its parser accepts: ${JSON.stringify(el.errors)}`);
            c.checkReady(el, expected.value);
            if (!same) must(fired.length === 1 && fired[0]!.type === 'news-load', `fired ${fired.map((e) => e.type).join(', ') || 'nothing'}`);
            counts.ready++;
          } else {
            must(el.state === 'error', `state is ${el.state} for data its parser refuses`);
            const line = errorLine(el);
            must(line && text(line).length > 0, 'the error state shows no error line');
            must(!el.shadowRoot!.querySelector('a, img, time, ol'), 'the error state still shows content');
            if (!same) {
              must(fired.length === 1 && fired[0]!.type === 'news-error', `fired ${fired.map((e) => e.type).join(', ') || 'nothing'}`);
              checkIssues(fired[0]!.detail.errors, 'news-error detail.errors');
              must(fired[0]!.detail.errors.length > 0, 'news-error without a reason');
            }
            counts.error++;
          }
          const unsafe = unsafeRendering(el);
          must(!unsafe.length, unsafe.join('; '));
          must(allRendered(el).length < 2000, 'rendered an unbounded tree');
          const leaked = escaped(watch);
          must(!leaked.length, leaked.join('\n'));
        }),
        { numRuns: RUNS },
      );
      // Rejections and error events are reported a task later. A negative check (nothing escaped):
      // a slow machine can only make it pass more, never fail.
      await macrotask();
      await sleep(20);
      totals.runs += RUNS;
      totals.ready += counts.ready;
      totals.error += counts.error;
      totals.loading += counts.loading;
      totals.escaped += escaped(watch).length;
      expect(escaped(watch), 'nothing escaped into the page').to.deep.equal([]);
      // The generators must exercise both outcomes, or the property proves little.
      if (RUNS >= 200) {
        expect(counts.ready, 'runs that rendered content').to.be.greaterThan(RUNS / 10);
        expect(counts.error, 'runs that rendered the error state').to.be.greaterThan(RUNS / 10);
      }
    });
  }
});
