import type { Label } from '../article/types.js';
import { memo } from '../util/memo.js';
import { onDemand, type OnDemand } from '../util/on-demand.js';

/**
 * Each widget by what it shows, in the English words of its error line: the card's article, the
 * trending list's stories, the photo credit's photo, the byline.
 */
export type Widget = 'article' | 'stories' | 'photo' | 'byline';

/** The few words the components write themselves; everything else comes from the data or Intl. */
export interface Messages {
  /** The byline's lead-in before the names ("By"). */
  by: string;
  /** Before the time of the last change ("Updated"). */
  updated: string;
  /** "Photo: {credit}" */
  photo: (credit: string) => string;
  /** The trending list's heading when the feed has no name: the newsroom's usual "most read" heading. */
  trending: string;
  /**
   * "4 min read": `minutes` is the number and unit as Intl writes them in the language (in the
   * `minute` style below, with the language's digits); `count` is the number itself, for
   * `Intl.PluralRules` where the words around it agree with it.
   */
  readingTime: (minutes: string, count: number) => string;
  /** How Intl writes the unit in `readingTime`: `short` ("4 min", the default) or `long` ("4 minutes"). */
  minute?: 'short' | 'long';
  /**
   * The digits the language's newsrooms write where they are not the Latin ones, as the Unicode
   * extension that names them (`-u-nu-arab`, `-u-nu-arabext`, `-u-nu-beng`, `-u-nu-deva`…): every
   * date and number the element writes uses them, unless its `lang` has an extension of its own
   * (`-u-nu-latn`). Set here rather than left to each engine's default, which differs between
   * engines and their versions (plain `ar` is `arab` in one, `latn` in the next).
   */
  digits?: string;
  /** The error line when the data is refused and there is no fallback: it names what is missing. */
  unavailable: (widget: Widget) => string;
  /** Said to screen readers while the data loads. */
  loading: string;
  /** The trending list with no stories. */
  empty: string;
  /** The photo credit's link to the image's licence. */
  license: string;
  /** The labels on a card. */
  labels: Record<Label, string>;
}

const en: Messages = {
  by: 'By',
  updated: 'Updated',
  photo: (c) => `Photo: ${c}`,
  trending: 'Trending Now',
  readingTime: (m) => `${m} read`,
  // The widgets' names are English nouns: one sentence serves all four (other languages need one each).
  unavailable: (w) => `The ${w} could not be shown.`,
  loading: 'Loading…',
  empty: 'No stories to show right now.',
  license: 'License',
  labels: { live: 'Live', breaking: 'Breaking', opinion: 'Opinion', analysis: 'Analysis', sponsored: 'Sponsored' },
};

/**
 * A language's chunk: a function of the reader's locale, with its likely subtags filled in
 * (`zh-TW` arrives as `zh-Hant-TW`, `pt` as `pt-Latn-BR`), that gives its words; where the
 * script or the region changes them (zh, pt, sr) it picks by them.
 */
export interface WordsModule {
  default: (locale: Intl.Locale) => Messages;
}

const chunks = new Map<string, OnDemand<WordsModule>>();

/**
 * The on-demand words for `lang`, by its two-letter primary subtag: the chunk
 * `messages/<code>.js`, beside the CDN bundle. No list of the languages travels with the bundle
 * (every page would download it): a language without words of its own is a chunk that is not
 * there, which `onDemand` settles as failed, and the element keeps the English words. Undefined
 * for English, and for languages with a three-letter code, none of which has words of its own.
 */
export function wordsFor(lang: string): OnDemand<WordsModule> | undefined {
  // A canonical tag: its language subtag is lower case.
  const code = lang.split('-')[0]!;
  if (code.length !== 2 || code === 'en') return undefined;
  let chunk = chunks.get(code);
  if (!chunk) chunks.set(code, (chunk = onDemand(() => import(`./messages/${code}.js`))));
  return chunk;
}

/**
 * The words for `lang`: its chunk's (English while, or if, the chunk is not there;
 * `wordsFor(lang).load()` brings it). A publisher's own words are put over them by the elements
 * (defineWords, in define-words.ts).
 */
export function messages(lang: string): Messages {
  const words = wordsFor(lang)?.module?.default;
  return words ? memo(`words|${lang}`, () => words(new Intl.Locale(lang).maximize())) : en;
}

