import { html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { distanceFeature, formatTime, patternFeature, type RelativeMode } from '../time/format.js';
import { subscribeTicks, unsubscribeTicks } from '../time/ticker.js';
import { NewsElement } from './news-element.js';
import { isVisible, VisibilityWatch } from './visibility.js';

/**
 * A `NewsElement` that shows times: the `time-zone`, `date-format` and `relative` attributes,
 * `<time datetime>` rendering, on-demand pattern formatting, and relative times that refresh
 * while the element is visible.
 */
export abstract class TimedElement<T> extends NewsElement<T> {
  static override properties: PropertyDeclarations = {
    timeZone: { attribute: 'time-zone', reflect: true },
    dateFormat: { attribute: 'date-format', reflect: true },
    relative: { reflect: true },
  };

  /** IANA time zone for dates, e.g. `Europe/Copenhagen`. The reader's zone when absent or unknown. */
  declare timeZone?: string;
  /** A date-fns pattern such as `MMM.dd - yyyy hh:mm a`. Dates use the locale's Intl format when absent. */
  declare dateFormat?: string;
  /** `auto` (relative for the last 24 hours), `always` or `never`. */
  declare relative?: RelativeMode;

  #hasRelative = false;
  readonly #visibility = new VisibilityWatch(this);

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#tick(false);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // Rendered at once with the Intl format; re-rendered when the chunk arrives (a failed load
    // leaves the Intl format in place).
    if (this.dateFormat) this.need(patternFeature);
    if (this.relative === 'always') this.need(distanceFeature);
    this.#hasRelative = false;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#tick(this.#hasRelative && this.isConnected);
  }

  /** Relative times tick while shown: only then is the element ticked and watched for visibility. */
  #tick(on: boolean): void {
    this.#visibility.set(on);
    if (on) subscribeTicks(this, () => isVisible(this));
    else unsubscribeTicks(this);
  }

  /** `<time>` with the exact instant in `datetime` and the full date and zone as its tooltip. */
  protected renderTime(date: Date, lang: string, part = 'time'): TemplateResult {
    const time = formatTime(date, {
      lang,
      timeZone: this.timeZone,
      pattern: this.dateFormat,
      relative: this.relative,
    });
    if (time.relative) this.#hasRelative = true;
    return html`<time part=${part} datetime=${time.datetime} title=${time.title}>${time.text}</time>`;
  }
}
