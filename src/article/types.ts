/** Badges an article can carry. */
export type Label = 'live' | 'breaking' | 'opinion' | 'analysis' | 'sponsored';

export const LABELS: readonly Label[] = ['live', 'breaking', 'opinion', 'analysis', 'sponsored'];

/** One problem found in the input, located by its JSON path (`author[0].name`). */
export interface ParseError {
  path: string;
  message: string;
}

/**
 * The outcome of parsing: a value (possibly with warnings about optional fields that were
 * dropped) or the errors that made the input unusable. Parsers never throw.
 */
export type ParseResult<T> =
  | { ok: true; value: T; warnings: ParseError[] }
  | { ok: false; errors: ParseError[] };

export interface Person {
  name: string;
  url?: string;
  jobTitle?: string;
  image?: string;
}

export interface Organization {
  name: string;
  url?: string;
  logo?: string;
}

export interface ImageSource {
  url: string;
  width: number;
}

export interface ImageObject {
  url: string;
  width?: number;
  height?: number;
  /** `''` marks the image as decorative; `undefined` means the publisher gave no alt text. */
  alt?: string;
  caption?: string;
  creditText?: string;
  copyrightNotice?: string;
  license?: string;
  acquireLicensePage?: string;
  srcset?: ImageSource[];
}

/** The strict internal shape every component renders. Dates are real `Date`s. */
export interface Article {
  id: string;
  url: string;
  headline: string;
  description?: string;
  articleSection?: string;
  kicker?: string;
  labels: Label[];
  inLanguage?: string;
  datePublished: Date;
  dateModified?: Date;
  author: Person[];
  image?: ImageObject;
  wordCount?: number;
  publisher?: Organization;
}

export interface Feed {
  name?: string;
  items: Article[];
}

export interface ParseOptions {
  /** Base for relative URLs: the fetched JSON's URL, else the document's. */
  baseUrl?: string;
}
