import { memo } from '../util/memo.js';

/** Words a reader gets through in a minute (a common figure for news copy). */
export const WORDS_PER_MINUTE = 230;

/** "2 min" in the reader's language, or undefined without a word count. */
export function readingMinutes(wordCount: number | undefined, lang: string): string | undefined {
  if (!wordCount) return undefined;
  const minutes = Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE));
  try {
    return memo(`minutes|${lang}`, () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'short' })).format(minutes);
  } catch {
    return `${minutes} min`;
  }
}
