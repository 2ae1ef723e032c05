import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { parseFeed } from '../article/parse-feed.js';
import type { Article, Feed, FeedItem } from '../article/types.js';
import { emit } from '../internal/events.js';
import { heading } from '../internal/heading.js';
import { ImpressionTracker } from '../internal/impressions.js';
import { relFor } from '../internal/links.js';
import { directionOf, formatNumber } from '../util/language.js';
import { TimedElement } from '../internal/timed-element.js';
import { baseStyles, tokenLayer } from '../internal/tokens.js';
import { trendingListStyles } from './trending-list.styles.js';

export const DEFAULT_MAX = 10;

/**
 * @summary A heading ("Trending Now") over a ranked, ordered list of headlines, each with its time.
 *
 * @tag news-trending-list
 *
 * @attr src - URL of the feed: JSON (array, `{items}`, ItemList, JSON Feed) or RSS / Atom, fetched without credentials.
 * @attr refresh - Seconds between refetches of `src` (off when absent). Polite: revalidates, honours `Cache-Control: max-age`, jitters, backs off after failures, pauses when hidden.
 * @attr max - Most items shown (default 10).
 * @attr heading - The heading text (default: the feed's name, else "Trending Now" in the element's language).
 * @attr headline-level - Heading level of the list heading, 1–6 (default 2).
 * @attr thumbnails - Shows each item's image as a small thumbnail.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language for dates and words; falls back to the nearest ancestor's `lang`.
 * @attr dir - `ltr` or `rtl` to force the layout's direction; by default it follows the content's language.
 * @attr time-zone - IANA time zone for dates (default: the reader's).
 * @attr date-format - A date-fns pattern (default: the locale's Intl format).
 * @attr relative - `auto` (relative for the last 24 hours, default), `always` or `never`.
 *
 * @prop {Feed | Article[] | object | string} feed - The feed (any accepted shape; RSS or Atom as text).
 * @prop {'loading' | 'ready' | 'error'} state - Read-only: where the data stands.
 * @prop {ParseError[]} errors - Read-only: why the data was refused, with JSON paths.
 *
 * @slot - Fallback content shown when the data cannot be used (e.g. a plain list of links).
 *
 * @csspart base - The root wrapper.
 * @csspart heading - The list heading.
 * @csspart list - The `<ol>`.
 * @csspart item - Each `<li>`.
 * @csspart rank - Each item's rank number.
 * @csspart link - Each headline link.
 * @csspart time - Each item's `<time>`.
 * @csspart thumbnail - Each thumbnail `<img>`.
 * @csspart empty - The line shown for an empty feed.
 * @csspart error - The error line shown without fallback content.
 *
 * @cssprop --news-trending-font-family - Font family (falls back to `--news-font-family`).
 * @cssprop --news-trending-headline-font-size - Heading and rank size (falls back to `--news-headline-font-size`).
 * @cssprop --news-trending-color-text - Text colour (falls back to `--news-color-text`).
 * @cssprop --news-trending-color-muted - Times colour (falls back to `--news-color-muted`).
 * @cssprop --news-trending-color-accent - Rank colour (falls back to `--news-color-accent`).
 * @cssprop --news-trending-color-border - Row separators (falls back to `--news-color-border`).
 * @cssprop --news-trending-color-surface - Background (falls back to `--news-color-surface`).
 * @cssprop --news-trending-color-focus - Focus ring (falls back to `--news-color-focus`).
 * @cssprop --news-trending-space - Spacing unit (falls back to `--news-space`).
 *
 * @fires {CustomEvent<NewsLoadDetail>} news-load - The feed was read and accepted (also after each changed refresh); it is on screen at once, or once its language’s words have loaded.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The feed was refused or a refresh failed; `detail.errors` says why.
 * @fires {CustomEvent<NewsItemDetail>} news-click - The reader followed an item's link; `position` is its rank.
 * @fires {CustomEvent<NewsItemDetail>} news-impression - An item was at least half visible for a second (once per item).
 */
export class NewsTrendingList extends TimedElement<Feed> {
  static override styles = [baseStyles, tokenLayer('trending'), trendingListStyles];

  /** @internal */
  static override dataKeys = ['feed'];

  static override properties: PropertyDeclarations = {
    feed: { attribute: false },
    refresh: { type: Number, reflect: true },
    max: { type: Number, reflect: true },
    heading: { reflect: true },
    headlineLevel: { attribute: 'headline-level', type: Number, reflect: true },
    thumbnails: { type: Boolean, reflect: true },
  };

  declare feed?: Feed | Article[] | Record<string, unknown> | string;
  declare refresh?: number;
  declare max?: number;
  declare heading?: string;
  declare headlineLevel?: number;
  declare thumbnails: boolean;

  #shown: FeedItem[] = [];
  /** The href of the link that had the focus before an update. */
  #focused?: string | null;
  /** The feed whose rows are watched for impressions. */
  #observed?: Feed;
  /** Ids of the articles already reported, so an item counts once even after the list is moved. */
  #reported = new Set<string>();
  #impressions = new ImpressionTracker((el) => {
    const position = +(el as HTMLElement).dataset['position']!;
    const article = this.#shown[position - 1];
    if (!article || this.#reported.has(article.id)) return;
    this.#reported.add(article.id);
    emit(this, 'news-impression', { article, position });
  });

  constructor() {
    super(parseFeed, 'stories');
    this.thumbnails = false;
  }

  /** @internal */
  get dataProperty(): unknown {
    return this.feed;
  }

  get #limit(): number {
    const max = Math.floor(Number(this.max));
    return max >= 1 ? Math.min(max, 100) : DEFAULT_MAX;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#impressions.reset();
  }

  /** The language the shown items share, if they declare one: the list's language after `lang`. */
  protected override dataLang(): string | undefined {
    const langs = new Set((this.data.value?.items ?? []).slice(0, this.#limit).map((item) => item.inLanguage?.toLowerCase()));
    const [only] = langs;
    return langs.size === 1 ? only : undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Setting or removing `refresh` after the first load starts or stops the refreshes.
    if (changed.has('refresh') && this.hasUpdated) this.data.refreshChanged();
    this.#focused = (this.renderRoot as ShadowRoot | undefined)?.activeElement?.getAttribute('href');
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Rows are reused by position; a refresh that moves the focused story takes the focus along.
    const link = this.#focused && [...this.renderRoot.querySelectorAll('a')].find((a) => a.getAttribute('href') === this.#focused);
    if (link && link !== (this.renderRoot as ShadowRoot).activeElement) link.focus();
    this.#observeImpressions();
  }

  #observeImpressions(): void {
    if (!this.isConnected) return; // an update that ran after removal must not start watching
    // A row reported for one story may show another after a refresh: watch the rows afresh.
    if (this.#observed !== this.data.value) this.#impressions.reset();
    this.#observed = this.data.value;
    for (const item of this.renderRoot.querySelectorAll<HTMLElement>('li.item')) {
      const article = this.#shown[+item.dataset['position']! - 1];
      if (article && !this.#reported.has(article.id)) this.#impressions.observe(item);
    }
  }

  protected renderLoading(): unknown {
    const rows = Math.min(this.#limit, DEFAULT_MAX);
    return html`<div aria-hidden="true">
        <span class="skeleton heading"></span>
        ${Array.from({ length: rows }, () => html`<span class="skeleton row"></span>`)}
      </div>
      ${this.loadingLabel()}`;
  }

  protected renderReady(feed: Feed, lang: string): unknown {
    const t = this.text(lang);
    const items = feed.items.slice(0, this.#limit);
    this.#shown = items;
    const title = this.heading?.trim() || feed.name || t.trending;
    return html`<section aria-labelledby="heading">
      ${heading(this.headlineLevel, 'heading', title, 'heading')}
      ${items.length
        ? html`<ol part="list" role="list">
            ${items.map(
              // A headline in another language than the list's carries its own, and its direction;
              // any other is isolated and takes the direction of its own text.
              (item, i, _, other = this.#otherLang(item, lang)) => html`<li part="item" class="item" data-position=${i + 1}>
                <span part="rank" class="rank" aria-hidden="true">${formatNumber(lang, i + 1)}</span>
                <span class="text">
                  <a
                    part="link"
                    class="link"
                    href=${item.url}
                    rel=${relFor(item.url) || nothing}
                    lang=${other ?? nothing}
                    dir=${other ? directionOf(other) : 'auto'}
                    @click=${() => this.#onClick(item, i + 1)}
                    >${item.headline}</a
                  >
                  ${item.datePublished ? html`<span class="muted">${this.renderTime(item.datePublished, lang)}</span>` : nothing}
                </span>
                ${this.thumbnails && item.image
                  ? html`<img
                      part="thumbnail"
                      class="thumbnail"
                      src=${item.image.url}
                      width="64"
                      height="64"
                      alt=""
                      loading="lazy"
                      decoding="async"
                    />`
                  : nothing}
              </li>`,
            )}
          </ol>`
        : html`<p part="empty" class="empty muted">${t.empty}</p>`}
    </section>`;
  }

  /** An item's language when it differs from the list's (WCAG 3.1.2, language of parts). */
  #otherLang(item: FeedItem, lang: string): string | undefined {
    return item.inLanguage && item.inLanguage.toLowerCase() !== lang.toLowerCase() ? item.inLanguage : undefined;
  }

  #onClick(article: FeedItem, position: number): void {
    emit(this, 'news-click', { article, position });
  }
}
