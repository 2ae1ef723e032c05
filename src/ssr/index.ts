// `news-widgets/ssr` (Node ≥ 20): a widget rendered from data to an HTML fragment — the element
// with its declarative shadow root (nested byline and photo credit included) and its data inline —
// that paints final before any script and that the CDN bundle or an npm build takes over in
// place (docs/ssr.md). Every input is explicit: the data, the element's attributes, the base URL,
// the clock. Nothing here throws: unusable data renders the error state, or the fallback given.
import './dom-shim.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { render } from '@lit-labs/ssr';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parseArticle, parseFeed } from '../article/index.js';
import type { ParseError, ParseOptions, ParseResult, XmlParser } from '../article/types.js';
import { wordsFor } from '../internal/messages.js';
import { VERSION } from '../internal/version.js';
import { parseCreditInput } from '../photo-credit/parse-credit-input.js';
import { clock } from '../time/clock.js';
import { distanceFeature, loadPatterns } from '../time/format.js';
import { canonical } from '../util/language.js';
import { isTimeZone } from '../util/zone.js';
import { serialize, serializeInput } from './serialize.js';

/** The widgets, by the names the CLI and the docs use. */
export const WIDGETS = {
  'article-card': { tag: 'news-article-card', property: 'article', parse: parseArticle, timed: true },
  byline: { tag: 'news-byline', property: 'article', parse: parseArticle, timed: true },
  'photo-credit': { tag: 'news-photo-credit', property: 'image', parse: parseCreditInput, timed: false },
  'trending-list': { tag: 'news-trending-list', property: 'feed', parse: parseFeed, timed: true },
} as const satisfies Record<string, { tag: string; property: string; parse: (input: unknown, options: ParseOptions) => ParseResult<unknown>; timed: boolean }>;

export type WidgetName = keyof typeof WIDGETS;

export interface RenderOptions {
  /**
   * The element's attributes, as in HTML (`lang`, `time-zone`, `date-format`, `relative`, `layout`,
   * `lead-in`, `max`, `theme` …); `true` for a boolean attribute, `false`/`null`/`undefined` leaves
   * one out. `lang` and `time-zone` are always written on the element, so the browser's text matches
   * the server's: without them, the data's language (else English) and UTC.
   */
  attributes?: Record<string, string | number | boolean | null | undefined>;
  /**
   * Where the data came from: relative URLs in it resolve against it. An absolute URL, or a path
   * from the site's root (`/articles/a.json`) when the fragment is for pages of the same site:
   * the URLs then stay root-relative (`/articles/hero.jpg`), whatever host serves the page.
   */
  baseUrl?: string;
  /**
   * The publisher's fallback content (HTML, yours: it is written as given). Readers see it when the
   * data cannot be used; with usable data it stays hidden behind the widget.
   */
  fallback?: string;
  /** The clock for relative times ("3 hours ago"); now when absent. */
  now?: Date | number;
  /** For RSS and Atom: a DOMParser, e.g. `new DOMParser()` from @xmldom/xmldom. */
  xmlParser?: XmlParser;
}

export interface RenderResult {
  /** The element, its declarative shadow root, its data and the fallback, ready to put in a page. */
  html: string;
  /** False when the data could not be used: `html` then shows the error state (or the fallback). */
  ok: boolean;
  /** Why the data could not be used, with JSON paths. */
  errors: ParseError[];
  /** Optional parts of the data that were dropped, with JSON paths. */
  warnings: ParseError[];
}

const ATTRIBUTE_NAME = /^[a-z][a-z\d-]*$/;

// The tags are defined once the DOM shim is in place: it finishes asynchronously, so the
// defining modules are imported after it, not beside it.
let defined: Promise<unknown> | undefined;
const defineElements = () =>
  (defined ??= Promise.all([
    import('../article-card/news-article-card.js'),
    import('../byline/news-byline.js'),
    import('../photo-credit/news-photo-credit.js'),
    import('../trending-list/news-trending-list.js'),
  ]));

/** Renders `widget` for `data`. Resolves (never rejects) once the words and formats it needs are loaded. */
export async function renderWidget(widget: WidgetName | string, data: unknown, options: RenderOptions = {}): Promise<RenderResult> {
  const name = String(widget).replace(/^news-/, '') as WidgetName;
  const entry = Object.hasOwn(WIDGETS, name) ? WIDGETS[name] : undefined;
  if (!entry) {
    return { html: '', ok: false, errors: [{ path: '$', message: `unknown widget "${String(widget).slice(0, 40)}": expected ${Object.keys(WIDGETS).join(', ')}` }], warnings: [] };
  }
  try {
    return await renderEntry(entry, data, options);
  } catch (error) {
    return { html: '', ok: false, errors: [{ path: '$', message: `could not be rendered (${String(error).slice(0, 200)})` }], warnings: [] };
  }
}

async function renderEntry(entry: (typeof WIDGETS)[WidgetName], data: unknown, options: RenderOptions): Promise<RenderResult> {
  const attributes = new Map<string, string>();
  for (const [key, raw] of Object.entries(options.attributes ?? {})) {
    const attribute = key.toLowerCase();
    if (!ATTRIBUTE_NAME.test(attribute) || raw === false || raw === null || raw === undefined) continue;
    attributes.set(attribute, raw === true ? '' : String(raw));
  }
  // Text that must read the same in the browser: its zone, and its language.
  if (entry.timed && !isTimeZone(attributes.get('time-zone'))) attributes.set('time-zone', 'UTC');
  const rooted = /^\/(?!\/)/.test(options.baseUrl ?? '');
  const baseUrl = rooted ? `${SITE}${options.baseUrl}` : options.baseUrl;
  const result = entry.parse(data, { baseUrl, timeZone: attributes.get('time-zone'), xmlParser: options.xmlParser });
  const lang = canonical(attributes.get('lang') ?? '') ?? (result.ok ? languageOf(result.value) : undefined) ?? 'en';
  attributes.set('lang', lang);
  attributes.set('data-news-ssr', VERSION);

  // What the browser loads on demand is loaded here first, so the server's text is the final text.
  await defineElements();
  await Promise.allSettled([
    wordsFor(lang)?.load(),
    attributes.has('date-format') ? loadPatterns() : undefined,
    attributes.get('relative') === 'always' ? distanceFeature.load() : undefined,
  ]);

  const errors = result.ok ? [] : result.errors;
  const warnings = result.ok ? result.warnings : [];
  const fallback = options.fallback ?? '';
  const attributeText = [...attributes].map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
  const open = `${entry.tag}${attributeText}`;
  // Usable data travels as the library's own serialisation (plain text, marked data-news-ssr);
  // unusable data as given, so the browser reaches the same error (and tells news-error).
  const inline = result.ok
    ? `<script type="application/json" data-news-ssr>${serialize(result.value as never)}</script>`
    : `<script type="application/json">${serializeInput(data)}</script>`;
  if (!result.ok && fallback) {
    // Unusable data with fallback content: the fallback as the page's own markup, no shadow root,
    // as the browser will show it too.
    return { html: `<${open}>${inline}${fallback}</${entry.tag}>`, ok: false, errors, warnings };
  }
  const tag = unsafeStatic(entry.tag);
  // Unusable data: the element is given `false`, which it refuses at once (its error state; null
  // would be no data at all, its loading look).
  const template = html`<${tag}${unsafeStatic(attributeText)} .${unsafeStatic(entry.property)}=${result.ok ? result.value : false}>${unsafeStatic(inline + fallback)}</${tag}>`;
  const now = options.now === undefined ? undefined : Number(options.now);
  const clockNow = clock.now;
  if (now !== undefined && Number.isFinite(now)) clock.now = () => now;
  let markup: string;
  try {
    markup = collectResultSync(render(template));
  } finally {
    clock.now = clockNow;
  }
  // The outer template's own hydration markers: the page, not Lit, owns the element itself.
  markup = markup.replace(/^<!--lit-part [^>]*--><!--lit-node \d+-->/, '').replace(/<!--\/lit-part-->$/, '');
  return { html: rooted ? markup.replaceAll(`${SITE}/`, '/') : markup, ok: result.ok, errors, warnings };
}

/**
 * Stands for "this site" while a root-relative base URL is resolved; the fragment's URLs are made
 * root-relative again at the end (`.invalid` is reserved: no real address contains it).
 */
const SITE = 'https://site.invalid';

function languageOf(value: unknown): string | undefined {
  const record = value as { inLanguage?: string; items?: Array<{ inLanguage?: string }> };
  if (record.items) {
    const langs = new Set(record.items.slice(0, 100).map((item) => item.inLanguage?.toLowerCase()));
    const [only] = langs;
    return langs.size === 1 && only ? canonical(only) : undefined;
  }
  return record.inLanguage;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export { VERSION };
