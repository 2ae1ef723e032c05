import type { Label } from '../article/types.js';
import { onDemand, type OnDemand } from '../util/on-demand.js';

/**
 * Each widget by what it shows, in the English words of its error line: the card's article, the
 * trending list's stories, the photo credit's photo, the byline.
 */
export type Widget = 'article' | 'stories' | 'photo' | 'byline';

/** The few words the components write themselves; everything else comes from the data or Intl. */
export interface Messages {
  by: string;
  updated: string;
  /** "Photo: {credit}" */
  photo: (credit: string) => string;
  trending: string;
  readingTime: (minutes: string) => string;
  /** The error line when the data is refused and there is no fallback: it names what is missing. */
  unavailable: (widget: Widget) => string;
  loading: string;
  empty: string;
  license: string;
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

// English is built in; the other languages are chunks loaded the first time a page needs them.
const WORDS: Record<string, OnDemand<{ default: Messages }>> = {
  ar: onDemand(() => import('./messages/ar.js')),
  da: onDemand(() => import('./messages/da.js')),
  de: onDemand(() => import('./messages/de.js')),
  es: onDemand(() => import('./messages/es.js')),
  fr: onDemand(() => import('./messages/fr.js')),
  he: onDemand(() => import('./messages/he.js')),
};

/** The on-demand words for `lang`, or undefined when it is English or has no words of its own. */
export function wordsFor(lang: string): OnDemand<{ default: Messages }> | undefined {
  return WORDS[lang.split('-')[0]!.toLowerCase()];
}

/**
 * The words for `lang` (by its primary language): English when there are none, or while (or
 * if) its chunk is not there; `wordsFor(lang).load()` brings them.
 */
export function messages(lang: string): Messages {
  return wordsFor(lang)?.module?.default ?? en;
}

/** Languages with built-in words (others fall back to English; dates still follow the language). */
export const MESSAGE_LANGUAGES = ['en', .../*#__PURE__*/ Object.keys(WORDS)];
