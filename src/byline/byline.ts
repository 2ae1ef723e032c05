import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { parseArticle } from '../article/parse-article.js';
import type { Article, Person } from '../article/types.js';
import { relFor } from '../internal/links.js';
import { memo } from '../util/memo.js';
import { TimedElement } from '../internal/timed-element.js';
import { baseStyles, tokenLayer } from '../internal/tokens.js';
import { bylineStyles } from './byline.styles.js';

/** `dateModified` must be at least this much later than `datePublished` to show as "Updated". */
export const MEANINGFUL_UPDATE_MS = 5 * 60 * 1000;

/**
 * @summary "By" and the article's authors (linked, with job titles), its published time and,
 * when meaningfully later, its updated time.
 *
 * @tag news-byline
 *
 * @attr src - URL of the article JSON, fetched without credentials.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language for dates and words; falls back to the nearest ancestor's `lang`, then the article's `inLanguage`.
 * @attr dir - `ltr` or `rtl` to force the layout's direction; by default it follows the content's language.
 * @attr time-zone - IANA time zone for dates (default: the reader's).
 * @attr date-format - A date-fns pattern, e.g. `MMM.dd - yyyy hh:mm a` (default: the locale's Intl format).
 * @attr relative - `auto` (relative for the last 24 hours, default), `always` or `never`.
 * @attr lead-in - Words before the names: "By" (in the element's language) by default; e.g. "Written by".
 *
 * @prop {Article | object} article - The article (canonical shape or JSON-LD).
 * @prop {'loading' | 'ready' | 'error'} state - Read-only: where the data stands.
 * @prop {ParseError[]} errors - Read-only: why the data was refused, with JSON paths.
 *
 * @slot - Fallback content shown when the data cannot be used.
 *
 * @csspart base - The root wrapper.
 * @csspart byline - The line holding names and times.
 * @csspart lead-in - "By".
 * @csspart authors - The list of names.
 * @csspart author - Each author's name (a link when the author has a URL).
 * @csspart job-title - Each author's job title.
 * @csspart time - The published `<time>`.
 * @csspart updated - "Updated" and its `<time>`.
 * @csspart updated-time - The updated `<time>`.
 * @csspart error - The error line shown without fallback content.
 *
 * @cssprop --news-byline-font-family - Font family (falls back to `--news-font-family`).
 * @cssprop --news-byline-small-font-size - Text size (falls back to `--news-small-font-size`).
 * @cssprop --news-byline-color-text - Names colour (falls back to `--news-color-text`).
 * @cssprop --news-byline-color-muted - Times colour (falls back to `--news-color-muted`).
 * @cssprop --news-byline-color-surface - Background (falls back to `--news-color-surface`).
 * @cssprop --news-byline-color-focus - Focus ring (falls back to `--news-color-focus`).
 *
 * @fires {CustomEvent<NewsLoadDetail>} news-load - The article was read and accepted; it is on screen at once, or once its language’s words have loaded.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The data was refused; `detail.errors` says why, with JSON paths.
 */
export class NewsByline extends TimedElement<Article> {
  static override styles = [baseStyles, tokenLayer('byline'), bylineStyles];

  /** @internal */
  static override dataKeys = ['article'];

  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    leadIn: { attribute: 'lead-in', reflect: true },
  };

  declare article?: Article | Record<string, unknown>;
  declare leadIn?: string;

  constructor() {
    super(parseArticle, 'byline');
  }

  /** @internal */
  get dataProperty(): unknown {
    return this.article;
  }

  protected override dataLang(): string | undefined {
    return this.data.value?.inLanguage;
  }

  protected renderLoading(): unknown {
    return html`<span class="skeleton line" aria-hidden="true"></span>
      ${this.loadingLabel()}`;
  }

  protected renderReady(article: Article, lang: string): unknown {
    const t = this.text(lang);
    const modified = article.dateModified;
    const showUpdated = modified && modified.getTime() - article.datePublished.getTime() >= MEANINGFUL_UPDATE_MS;
    const leadIn = this.leadIn?.trim() || t.by;
    // Data that already writes the lead-in before the first name ("Af Jens Hansen") gets no second.
    const own = `${article.author[0]?.name} `.toLowerCase().startsWith(`${leadIn.toLowerCase()} `);
    // The separators are real text (not CSS content), so the line reads "By A · Jul 11" when
    // copied or read as text, not "By AJul 11"; the dot itself is hidden from screen readers.
    return html`<p part="byline" class="byline">
      ${article.author.length
        ? html`<span class="authors"
              >${own ? nothing : html`<span part="lead-in">${leadIn}</span> `}<span part="authors">${this.#renderAuthors(article.author, lang)}</span></span
            >
            <span class="sep" aria-hidden="true">·</span> `
        : nothing}<span class="times"
        ><span class="published">${this.renderTime(article.datePublished, lang)}</span>${showUpdated
          ? html` <span class="sep" aria-hidden="true">·</span>
              <span part="updated" class="updated">${t.updated} ${this.renderTime(modified, lang, 'updated-time')}</span>`
          : nothing}</span
      >
    </p>`;
  }

  /** Names joined the locale's way ("A, B and C"), each linked when it has a URL. */
  #renderAuthors(authors: Person[], lang: string): TemplateResult[] {
    const withTitles = authors.length === 1 ? 'inline' : 'bracketed';
    const parts = listParts(
      authors.map((_, i) => String(i)),
      lang,
    );
    return parts.map((part) =>
      part.type === 'element' ? this.#renderAuthor(authors[+part.value]!, withTitles) : html`${part.value}`,
    );
  }

  // Each name is isolated (dir="auto"): a Latin name in an Arabic byline, or the reverse, keeps
  // its own order without reordering the list's commas and words around it.
  #renderAuthor(person: Person, titles: 'inline' | 'bracketed'): TemplateResult {
    const name = person.url
      ? html`<a part="author" class="author" dir="auto" href=${person.url} rel=${relFor(person.url, 'author')}>${person.name}</a>`
      : html`<span part="author" class="author" dir="auto">${person.name}</span>`;
    if (!person.jobTitle) return name;
    // One author reads "Name, Title"; in a list, "Name (Title)" keeps the commas for the list.
    return titles === 'inline'
      ? html`${name}<span part="job-title" class="job">, ${person.jobTitle}</span>`
      : html`${name} <span part="job-title" class="job">(${person.jobTitle})</span>`;
  }
}

/**
 * `Intl.ListFormat` parts for the conjunction list (every engine that runs the bundle's ES2022
 * has it; `lang` is a canonical tag, which it accepts).
 */
function listParts(items: string[], lang: string): { type: string; value: string }[] {
  return memo(`list|${lang}`, () => new Intl.ListFormat(lang, { type: 'conjunction', style: 'long' })).formatToParts(items);
}
