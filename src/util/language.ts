/** Language tags: canonical forms and writing direction, shared by the parser and the elements. */
import { memo } from './memo.js';

const RTL = /^(?:ar|arc|ckb|dv|fa|he|iw|ks|ku-Arab|nqo|ps|sd|syr|ug|ur|yi)(?:-|$)/i;

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

/** Writing direction of a language, from Intl where the engine knows it. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return memo(`dir|${lang}`, () => lookUpDirection(lang));
}

function lookUpDirection(lang: string): 'ltr' | 'rtl' {
  try {
    const locale = new Intl.Locale(lang) as Intl.Locale & {
      getTextInfo?: () => { direction?: string };
      textInfo?: { direction?: string };
    };
    const info = locale.getTextInfo?.() ?? locale.textInfo;
    if (info?.direction === 'rtl' || info?.direction === 'ltr') return info.direction;
  } catch {
    // fall through to the list
  }
  return RTL.test(lang) ? 'rtl' : 'ltr';
}
