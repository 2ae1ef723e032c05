import { html, nothing, type PropertyDeclarations } from 'lit';
import { parseArticle } from '../article/parse-article.js';
import type { Article } from '../article/types.js';
import { emit } from '../internal/events.js';
import { heading } from '../internal/heading.js';
import { ImpressionTracker } from '../internal/impressions.js';
import { relFor } from '../internal/links.js';
import { readingMinutes } from '../internal/reading-time.js';
import { TimedElement } from '../internal/timed-element.js';
import { baseStyles, tokenLayer } from '../internal/tokens.js';
import { articleCardStyles } from './article-card.styles.js';

export type CardLayout = 'stacked' | 'horizontal' | 'overlay' | 'compact';
const LAYOUTS: readonly CardLayout[] = ['stacked', 'horizontal', 'overlay', 'compact'];

/**
 * The card renders `<news-byline>` and `<news-photo-credit>` inside itself: importing
 * `news-widgets/article-card.js` defines all three tags.
 *
 * @summary A teaser for one article: kicker, headline link covering the card, description, photo
 * with credit, byline, reading time and labels.
 *
 * @tag news-article-card
 *
 * @attr src - URL of the article JSON, fetched without credentials.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language for dates and words; falls back to the nearest ancestor's `lang`, then the article's `inLanguage`.
 * @attr dir - `ltr` or `rtl` to force the layout's direction; by default it follows the content's language.
 * @attr time-zone - IANA time zone for dates (default: the reader's).
 * @attr date-format - A date-fns pattern, e.g. `MMM.dd - yyyy hh:mm a` (default: the locale's Intl format).
 * @attr relative - `auto` (relative for the last 24 hours, default), `always` or `never`.
 * @attr layout - `stacked` (default), `horizontal`, `overlay` or `compact`.
 * @attr headline-level - Heading level of the headline, 1–6 (default 2).
 * @attr lead-in - Words before the author names (default "By").
 * @attr loading - `lazy` (default) or `eager` for the image.
 * @attr sizes - The image's `sizes` for `srcset`.
 *
 * @prop {Article | object} article - The article (canonical shape or JSON-LD).
 * @prop {'loading' | 'ready' | 'error'} state - Read-only: where the data stands.
 * @prop {ParseError[]} errors - Read-only: why the data was refused, with JSON paths.
 *
 * @slot - Fallback content shown when the data cannot be used (e.g. a plain `<a href>` to the article).
 *
 * @csspart base - The root wrapper.
 * @csspart card - The `<article>`.
 * @csspart media - The photo credit element holding the image.
 * @csspart image - The `<img>` (exported from the photo credit).
 * @csspart credit - "Photo: {creditText}" (exported from the photo credit).
 * @csspart body - Everything but the image.
 * @csspart kicker - The section or kicker above the headline.
 * @csspart headline - The heading.
 * @csspart link - The headline link.
 * @csspart description - The description.
 * @csspart meta - The line with byline and reading time.
 * @csspart byline - The byline element.
 * @csspart author - Each author name (exported from the byline).
 * @csspart time - The published `<time>` (exported from the byline).
 * @csspart reading-time - "2 min read".
 * @csspart labels - The list of labels.
 * @csspart label - Each label.
 * @csspart error - The error line shown without fallback content.
 *
 * @cssprop --news-card-font-family - Font family (falls back to `--news-font-family`).
 * @cssprop --news-card-headline-font-family - Headline font (falls back to `--news-headline-font-family`).
 * @cssprop --news-card-font-size - Body text size (falls back to `--news-font-size`).
 * @cssprop --news-card-headline-font-size - Headline size (falls back to `--news-headline-font-size`).
 * @cssprop --news-card-headline-font-weight - Headline weight (falls back to `--news-headline-font-weight`).
 * @cssprop --news-card-color-text - Text colour (falls back to `--news-color-text`).
 * @cssprop --news-card-color-muted - Secondary text colour (falls back to `--news-color-muted`).
 * @cssprop --news-card-color-accent - Kicker and live/breaking label colour (falls back to `--news-color-accent`).
 * @cssprop --news-card-color-surface - Background (falls back to `--news-color-surface`).
 * @cssprop --news-card-color-border - Label borders (falls back to `--news-color-border`).
 * @cssprop --news-card-color-focus - Focus ring (falls back to `--news-color-focus`).
 * @cssprop --news-card-radius - Image corner radius (falls back to `--news-radius`).
 * @cssprop --news-card-space - Spacing unit (falls back to `--news-space`).
 *
 * @fires {CustomEvent<NewsLoadDetail>} news-load - The article was read and accepted; it is on screen at once, or once its language’s words have loaded.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The data was refused; `detail.errors` says why, with JSON paths.
 * @fires {CustomEvent<NewsItemDetail>} news-click - The reader followed the headline link.
 * @fires {CustomEvent<NewsItemDetail>} news-impression - The card was at least half visible for a second (once).
 */
export class NewsArticleCard extends TimedElement<Article> {
  static override styles = [baseStyles, tokenLayer('card'), articleCardStyles];

  /** @internal */
  static override dataKeys = ['article'];

  static override properties: PropertyDeclarations = {
    article: { attribute: false },
    layout: { reflect: true },
    headlineLevel: { attribute: 'headline-level', type: Number, reflect: true },
    leadIn: { attribute: 'lead-in', reflect: true },
    loading: { reflect: true },
    sizes: { reflect: true },
  };

  declare article?: Article | Record<string, unknown>;
  declare layout?: CardLayout;
  declare headlineLevel?: number;
  declare leadIn?: string;
  declare loading?: 'lazy' | 'eager';
  declare sizes?: string;

  #impressions = new ImpressionTracker(() => {
    const article = this.data.value;
    if (article) emit(this, 'news-impression', { article, position: 1 });
  });

  constructor() {
    super(parseArticle, 'article');
  }

  /** @internal */
  get dataProperty(): unknown {
    return this.article;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#impressions.reset();
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    // Seen means seen with its content: not while the loading look waits for the words.
    if (this.data.state === 'ready' && this.isConnected && !this.waitingForChunks) this.#impressions.observe(this);
  }

  protected override dataLang(): string | undefined {
    return this.data.value?.inLanguage;
  }

  get #layoutName(): CardLayout {
    return LAYOUTS.includes(this.layout as CardLayout) ? (this.layout as CardLayout) : 'stacked';
  }

  protected renderLoading(): unknown {
    const layout = this.#layoutName;
    return html`<div class="card ${layout}" aria-hidden="true">
        ${layout === 'compact' ? nothing : html`<div class="media skeleton"></div>`}
        <div class="body">
          <span class="skeleton line w30"></span>
          <span class="skeleton headline"></span>
          <span class="skeleton line w80"></span>
          <span class="skeleton line w50"></span>
        </div>
      </div>
      ${this.loadingLabel()}`;
  }

  protected renderReady(article: Article, lang: string): unknown {
    const t = this.text(lang);
    const layout = this.#layoutName;
    const kicker = article.kicker ?? article.articleSection;
    const minutes = readingMinutes(article.wordCount, article.inLanguage ?? lang, lang, t.minute);
    const link = html`<a part="link" class="link" dir="auto" href=${article.url} rel=${relFor(article.url) || nothing} @click=${this.#onClick}
      >${article.headline}</a
    >`;
    return html`<article part="card" class="card ${article.image || layout === 'compact' ? layout : 'stacked'}" lang=${article.inLanguage ?? nothing}>
      ${article.image
        ? html`<news-photo-credit
            part="media"
            class="media crop ${layout === 'overlay' ? 'fill' : ''}"
            exportparts="image, credit"
            hide-caption
            .image=${article.image}
            theme=${this.theme ?? nothing}
            lang=${lang}
            dir=${this.direction}
            loading=${this.loading ?? nothing}
            sizes=${this.sizes ?? nothing}
            @news-load=${stop}
            @news-error=${this.#onChildError}
          ></news-photo-credit>`
        : nothing}
      <div part="body" class="body">
        ${article.labels.length
          ? html`<ul part="labels" class="labels">
              ${article.labels.map((label) => html`<li part="label" class="label ${label}">${t.labels[label]}</li>`)}
            </ul>`
          : nothing}
        ${kicker ? html`<p part="kicker" class="kicker" dir="auto">${kicker}</p>` : nothing}
        ${heading(this.headlineLevel, 'headline', link)}
        ${article.description && layout !== 'compact' ? html`<p part="description" class="description" dir="auto">${article.description}</p>` : nothing}
        <div part="meta" class="meta">
          <news-byline
            part="byline"
            exportparts="author, time"
            .article=${article}
            theme=${this.theme ?? nothing}
            lang=${lang}
            dir=${this.direction}
            lead-in=${this.leadIn ?? nothing}
            time-zone=${this.timeZone ?? nothing}
            date-format=${this.dateFormat ?? nothing}
            relative=${this.relative ?? nothing}
            @news-load=${stop}
            @news-error=${stop}
          ></news-byline>
          ${minutes ? html`<span part="reading-time" class="muted reading">${t.readingTime(...minutes)}</span>` : nothing}
        </div>
      </div>
    </article>`;
  }

  #onClick = (): void => {
    const article = this.data.value;
    if (article) emit(this, 'news-click', { article, position: 1 });
  };

  // The card reports a broken image as its own error; the child's event stays inside.
  #onChildError = (event: CustomEvent): void => {
    event.stopPropagation();
    emit(this, 'news-error', event.detail);
  };
}

// Children's load/error events are the card's business, not the page's.
function stop(event: Event): void {
  event.stopPropagation();
}
