import type { DateVerdict } from './date.js';
import type { Json } from './json-ld.js';
import type { FocalPoint, ImageSource, Label, ParseError, ParseOptions } from './types.js';

/**
 * The parser in every bundle reads the canonical shape and plain JSON-LD articles. What only some
 * publishers' data needs — `@id` graphs, dates as they are written in the wild, HTML text, RSS
 * and Atom — is in readers/, an on-demand chunk (always present through `news-widgets/article.js`).
 * When the core meets such input without the readers, it says so in `wants`, so that an element
 * can load what is missing and parse again.
 */
export interface Readers {
  /** The article node of a JSON-LD document that is not a plain article object. */
  article(input: unknown, prefix: string): Located;
  /** A feed the core does not read: ItemList, JSON Feed, `@graph`, RSS or Atom. */
  feed(input: unknown, options: ParseOptions): FeedSource | { error: ParseError };
  /** A value that may be an `{"@id": …}` reference: what it names, and where that is. */
  ref(value: unknown, path: string): [unknown, string];
  /** The page an article without `url` belongs to (`mainEntityOfPage`, `isPartOf`). */
  pageUrl(node: Json, path: string, baseUrl?: string): [unknown, string] | undefined;
  /** Any date publishers write (see docs/data-shape.md, "Dates"). */
  date(value: unknown, options: ParseOptions): DateVerdict;
  /** Text with HTML character references decoded and tags removed. */
  text(value: string): string;
  /** Labels a node's `@type` implies (`OpinionNewsArticle` → opinion). */
  labels(node: Json): Label[];
  /** An image's responsive candidates. */
  srcset(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): ImageSource[];
  focalPoint(value: unknown, path: string, warnings: ParseError[]): FocalPoint | undefined;
}

/** Where the article is; `warning` when it was found by a guess worth telling (a WebPage read as the article). */
export type Located = { node: Json; path: string; warning?: ParseError } | { error: ParseError };

export interface FeedEntry {
  value: unknown;
  path: string;
  /** Canonical key → the source's key, so error paths name the source's fields (JSON Feed, RSS). */
  aliases?: Record<string, string>;
  /** The format makes dates optional (JSON Feed, RSS): an undated item is kept, without a time. */
  undated?: boolean;
}

export interface FeedSource {
  entries: FeedEntry[];
  listPath: string;
  name?: unknown;
}

/** What a parse could not do without a chunk: the `readers`, the `xml` feed reader, or HTML's rarer named `entities`. */
export type Want = 'readers' | 'xml' | 'entities';

/** Filled in by parse calls that met input needing what is not loaded; read (and cleared) by elements. */
export const wants = new Set<Want>();

export function want(what: Want): void {
  wants.add(what);
}

/**
 * The parse call under way: the document it started from (`@id` references anywhere in it
 * resolve against its nodes; a feed's items may share one publisher node), and whether its text
 * is plain already (`serialized`: no HTML decoding).
 */
export const parsing: { root?: unknown; plain?: boolean } = {};

/** Starts a parse call of `input` (the parsers' entry points). */
export function begin(input: unknown, options: ParseOptions): void {
  parsing.root = input;
  parsing.plain = options.serialized;
}

let installed: Readers | undefined;

/** The readers, once loaded; undefined before. Noting that they are wanted when absent. */
export function readers(): Readers | undefined {
  if (!installed) want('readers');
  return installed;
}

export function installReaders(value: Readers): void {
  installed = value;
}
