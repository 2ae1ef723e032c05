import { scriptOf } from '../util/language.js';
import { memo } from '../util/memo.js';

/**
 * Reading rates by script (the table in docs/languages.md): words a minute, or characters a
 * minute for Chinese and Japanese, which are written without spaces and counted in characters.
 * From the IReST study (Trauzettel-Klosinski & Dietz 2012): for each script, the mean of the
 * study's languages written in it.
 */
export const READING_RATES: Readonly<Record<string, number>> = { Latn: 189, Arab: 138, Hebr: 187, Hans: 255, Hant: 255, Jpan: 357 };
/** Any other script: the study's mean over its 17 languages (also its Russian, for Cyrillic). */
export const OTHER_SCRIPTS_RATE = 184;

/**
 * The minutes `wordCount` takes to read in `textLang` (the article's language), as a number and
 * as Intl writes them in `lang` with its digits ("2 min", "٢ دقيقتان"); undefined without a count.
 */
export function readingMinutes(wordCount: number | undefined, textLang: string, lang: string, unitDisplay: 'short' | 'long' = 'short'): [string, number] | undefined {
  if (!wordCount) return undefined;
  const minutes = Math.max(1, Math.ceil(wordCount / (READING_RATES[scriptOf(textLang)!] ?? OTHER_SCRIPTS_RATE)));
  // `lang` is a canonical tag: Intl accepts it.
  return [memo(`minutes|${lang}|${unitDisplay}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay })).format(minutes), minutes];
}
