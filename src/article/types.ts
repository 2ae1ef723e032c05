/** Badges an article can carry. */
export type Label = 'live' | 'breaking' | 'opinion' | 'analysis' | 'sponsored';

/** In the order they are shown: paid content is named first, before any editorial label. */
export const LABELS: readonly Label[] = ['sponsored', 'live', 'breaking', 'opinion', 'analysis'];

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

/** Where a photo's subject is, as fractions of its width and height from the top-left corner. */
export interface FocalPoint {
  x: number;
  y: number;
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
  /** Kept in frame when the photo is cropped to a widget's shape (`object-position`). */
  focalPoint?: FocalPoint;
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
  /** A `CalendarDate` when the data gave only a day. */
  datePublished: Date;
  /** A `CalendarDate` when the data gave only a day. */
  dateModified?: Date;
  author: Person[];
  image?: ImageObject;
  wordCount?: number;
  publisher?: Organization;
}

/**
 * An item of a feed. Feed formats that make dates optional (JSON Feed, RSS) may have items with
 * no date at all: they are kept, and shown without a time. A dated item is an `Article`.
 */
export type FeedItem = Omit<Article, 'datePublished'> & { datePublished?: Date };

export interface Feed {
  name?: string;
  items: FeedItem[];
}

/** The part of a DOM `DOMParser` that reading RSS and Atom needs (for Node, e.g. `@xmldom/xmldom`'s). */
export interface XmlParser {
  parseFromString(text: string, type: 'application/xml'): unknown;
}

export interface ParseOptions {
  /** Base for relative URLs: the fetched JSON's URL, else the document's. */
  baseUrl?: string;
  /**
   * IANA time zone in which date-times written without an offset are read (elements pass their
   * `time-zone`). UTC when absent or not a zone. Each such date adds a warning.
   */
  timeZone?: string;
  /** Reads RSS and Atom outside browsers: `new DOMParser()` from `@xmldom/xmldom`, say. The global `DOMParser` when absent. */
  xmlParser?: XmlParser;
  /**
   * The data is news-widgets' own serialisation (a server-rendered fragment's inline data): its
   * text is plain already, so it is not HTML-decoded again, and feed items may have no date.
   */
  serialized?: boolean;
}
