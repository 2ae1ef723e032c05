import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Article, ImageObject } from '../article/types.js';
import { emit } from '../internal/events.js';
import { relFor } from '../internal/links.js';
import { NewsElement } from '../internal/news-element.js';
import { baseStyles, tokenLayer } from '../internal/tokens.js';
import { parseCreditInput } from './parse-credit-input.js';
import { photoCreditStyles } from './photo-credit.styles.js';

/**
 * @summary A photo with its caption and credit ("Photo: Shutterstock") in a `<figure>`.
 *
 * @tag news-photo-credit
 *
 * @attr src - URL of an article or ImageObject JSON, fetched without credentials.
 * @attr theme - `light` (default), `dark` or `auto`.
 * @attr lang - Language of the credit line; falls back to the nearest ancestor's `lang`.
 * @attr dir - `ltr` or `rtl` to force the layout's direction; by default it follows the content's language.
 * @attr variant - `below` (default): caption under the photo; `overlay`: on the photo.
 * @attr loading - `lazy` (default) or `eager` (for a hero image at the top of the page).
 * @attr sizes - The image's `sizes` for `srcset`; `auto, 100vw` by default.
 * @attr hide-caption - Shows only the credit line, not the caption (as article cards do).
 *
 * @prop {ImageObject | Article | object} image - An ImageObject (or image URL) to show; wins over `article`.
 * @prop {Article | object} article - An article whose `image` to show.
 * @prop {'loading' | 'ready' | 'error'} state - Read-only: where the data stands.
 * @prop {ParseError[]} errors - Read-only: why the data was refused, with JSON paths.
 *
 * @slot - Fallback content shown when the data cannot be used (e.g. a plain `<img>`).
 *
 * @csspart base - The root wrapper.
 * @csspart figure - The `<figure>`.
 * @csspart image - The `<img>`.
 * @csspart caption-area - The `<figcaption>`.
 * @csspart caption - The caption text.
 * @csspart credit - "Photo: {creditText}".
 * @csspart copyright - The copyright notice.
 * @csspart license - The licence link.
 * @csspart error - The error line shown without fallback content.
 *
 * @cssprop --news-credit-font-family - Font family (falls back to `--news-font-family`).
 * @cssprop --news-credit-small-font-size - Caption size (falls back to `--news-small-font-size`).
 * @cssprop --news-credit-color-text - Caption colour (falls back to `--news-color-text`).
 * @cssprop --news-credit-color-muted - Credit colour (falls back to `--news-color-muted`).
 * @cssprop --news-credit-color-surface - Background (falls back to `--news-color-surface`).
 * @cssprop --news-credit-radius - Image corner radius (falls back to `--news-radius`).
 * @cssprop --news-credit-space - Spacing unit (falls back to `--news-space`).
 *
 * @fires {CustomEvent<NewsLoadDetail>} news-load - The image data was read and accepted; it is on screen at once, or once its language’s words have loaded.
 * @fires {CustomEvent<NewsErrorDetail>} news-error - The data was refused or the image failed to load; `detail.errors` says why.
 */
export class NewsPhotoCredit extends NewsElement<ImageObject> {
  static override styles = [baseStyles, tokenLayer('credit'), photoCreditStyles];

  static override properties: PropertyDeclarations = {
    image: { attribute: false },
    article: { attribute: false },
    variant: { reflect: true },
    loading: { reflect: true },
    sizes: { reflect: true },
    hideCaption: { type: Boolean, attribute: 'hide-caption', reflect: true },
  };

  declare image?: ImageObject | string | Record<string, unknown>;
  declare article?: Article | Record<string, unknown>;
  declare variant?: 'below' | 'overlay';
  declare loading?: 'lazy' | 'eager';
  declare sizes?: string;
  declare hideCaption: boolean;
  /** The image failed to load: a placeholder keeps its space. */
  #broken = false;

  constructor() {
    super(parseCreditInput, 'photo');
    this.hideCaption = false;
  }

  /** @internal */
  static override dataKeys = ['image', 'article'];

  /** @internal */
  get dataProperty(): unknown {
    return this.image ?? this.article;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('image') || changed.has('article') || changed.has('src')) this.#broken = false;
  }

  protected renderLoading(): unknown {
    return html`<div class="skeleton media" aria-hidden="true"></div>
      <div class="skeleton line" aria-hidden="true"></div>
      ${this.loadingLabel()}`;
  }

  protected renderReady(image: ImageObject, lang: string): unknown {
    const t = this.text(lang);
    // The broken-image box keeps the image's shape: an empty SVG sized by its viewBox (no inline
    // style, so nothing for a strict CSP to refuse, and no directive to ship).
    const box = image.width && image.height ? `0 0 ${image.width} ${image.height}` : '0 0 16 9';
    const license = image.license ?? image.acquireLicensePage;
    const caption = this.hideCaption ? undefined : image.caption;
    const hasText = caption || image.creditText || image.copyrightNotice || license;
    // Set through the CSSOM, which a strict CSP allows (a style attribute it would refuse).
    const focus = image.focalPoint;
    return html`<figure part="figure" class=${this.variant === 'overlay' ? 'overlay' : 'below'}>
      ${this.#broken
        ? html`<div
            class="broken"
            part="image"
            role=${image.alt ? 'img' : nothing}
            aria-label=${image.alt || nothing}
            aria-hidden=${image.alt ? nothing : 'true'}
          >
            <svg viewBox=${box} aria-hidden="true"></svg>
          </div>`
        : html`<img
            part="image"
            src=${image.url}
            srcset=${image.srcset?.map((s) => `${s.url} ${s.width}w`).join(', ') || nothing}
            sizes=${image.srcset?.length ? this.sizes || 'auto, 100vw' : nothing}
            width=${image.width ?? nothing}
            height=${image.height ?? nothing}
            alt=${image.alt ?? ''}
            loading=${this.loading === 'eager' ? 'eager' : 'lazy'}
            decoding="async"
            .style=${focus ? `object-position:${focus.x * 100}% ${focus.y * 100}%` : ''}
            @error=${this.#onImageError}
          />`}
      ${hasText
        ? html`<figcaption part="caption-area">
            ${caption ? html`<span part="caption" class="caption" dir="auto">${caption}</span>` : nothing}
            ${image.creditText ? html`<span part="credit" class="credit">${this.#credit(image.creditText, t.photo)}</span>` : nothing}
            ${image.copyrightNotice ? html`<span part="copyright" class="copyright">${image.copyrightNotice}</span>` : nothing}
            ${license ? html`<a part="license" class="license" href=${license} rel=${relFor(license, 'license')}>${t.license}</a>` : nothing}
          </figcaption>`
        : nothing}
    </figure>`;
  }

  /** "Photo: {credit}", unless the credit already says what it is ("Photograph: …", "Foto: …"). */
  #credit(credit: string, photo: (credit: string) => string): string {
    const label = photo('').replace(/[\s:]+$/, '').toLowerCase();
    const lower = credit.toLowerCase();
    return /^(?:photo|image|credit)/.test(lower) || (label && lower.startsWith(label)) ? credit : photo(credit);
  }

  #onImageError = (): void => {
    const url = this.data.value?.url;
    this.#broken = true;
    this.requestUpdate();
    emit(this, 'news-error', { errors: [{ path: 'image.url', message: `${url} could not be loaded` }], source: 'image' });
  };
}
