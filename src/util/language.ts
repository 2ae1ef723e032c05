/** Language tags: canonical forms and writing direction, shared by the parser and the elements. */
import { memo } from './memo.js';

// The scripts written right to left that a language's likely script can be.
const RTL = /^(?:Adlm|Arab|Hebr|Nkoo|Syrc|Thaa)$/;

/** A usable BCP 47 tag from the first candidate that is one; 'en' when none is. */
export function resolveLang(...candidates: (string | undefined | null)[]): string {
  for (const candidate of candidates) {
    const tag = candidate ? canonical(candidate) : undefined;
    if (tag) return tag;
  }
  return 'en';
}

/** The canonical form of a BCP 47 tag (`en-us` → `en-US`), undefined when it is not one. Cached. */
export function canonical(candidate: string): string | undefined {
  return memo(`lang|${candidate}`, () => {
    try {
      return Intl.getCanonicalLocales(candidate)[0];
    } catch {
      return undefined; // not a language tag: the caller tries the next one
    }
  });
}

/** Writing direction of a language: that of its script, the one it names or its likely one (`ar` → Arab). */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return RTL.test(scriptOf(lang)!) ? 'rtl' : 'ltr';
}

/** The script a language is written in (`Latn`, `Hans`, `Jpan`…): the one it names, else its likely one. */
export function scriptOf(lang: string): string | undefined {
  return memo(`script|${lang}`, () => {
    try {
      return new Intl.Locale(lang).maximize().script;
    } catch {
      return undefined; // not a tag Intl knows: no script, written left to right
    }
  });
}

/** An integer as the language writes it: its own digits (Persian, Bengali…), or a `-u-nu-` extension's. */
export function formatNumber(lang: string, value: number): string {
  return memo(`number|${lang}`, () => new Intl.NumberFormat(lang)).format(value);
}
