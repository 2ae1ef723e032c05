import { html, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ParseError } from '../article/types.js';
import { DataController, type DataHost, type Parser } from './data-source.js';
import { directionOf, inheritedLang, resolveLang } from './locale.js';
import { messages, wordsFor, type Messages } from './messages.js';
import type { OnDemand } from './on-demand.js';
import { baseStyles } from './tokens.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';

/**
 * What every news-widgets element shares: data in three ways (through `DataController`), the
 * loading / ready / error states with light-DOM fallback, `theme`, language and direction, and
 * a render that can never throw into the host page. Subclasses implement `renderReady`.
 */
export abstract class NewsElement<T> extends LitElement implements DataHost {
  /** The news-widgets version that defined this element. */
  static version = VERSION;

  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    theme: { reflect: true },
  };

  /** URL of the JSON to render, fetched without credentials. Used when no property or inline JSON is given. */
  declare src?: string;
  /** `light`, `dark`, or `auto` to follow the reader's colour scheme. Light when absent. */
  declare theme?: Theme;

  protected readonly data: DataController<T>;

  /** On-demand chunks this element is waiting for; each re-renders it when it arrives. */
  readonly #pending = new Map<OnDemand<unknown>, Promise<unknown>>();

  // `lang` and `dir` are native attributes, not Lit properties: watch them so a change re-renders.
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang', 'dir'];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the language around it may have changed, and anything watched for
    // impressions was forgotten on disconnect; a fresh render (and its `updated`) restores both.
    if (this.hasUpdated) this.requestUpdate();
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((name === 'lang' || name === 'dir') && old !== value) this.requestUpdate();
  }

  constructor(parse: Parser<T>) {
    super();
    this.data = new DataController<T>(this, parse);
  }

  /** @internal */
  abstract get dataProperty(): unknown;

  /** `loading`, `ready` or `error`. */
  get state(): 'loading' | 'ready' | 'error' {
    return this.data.state;
  }

  /** Why the data was refused, with JSON paths; empty unless `state` is `error`. */
  get errors(): readonly ParseError[] {
    return this.data.errors;
  }

  /** Language of the text around the data: own `lang`, an ancestor's, then the data's. */
  protected resolvedLang(dataLang?: string): string {
    return resolveLang(inheritedLang(this), dataLang);
  }

  protected text(lang: string): Messages {
    return messages(lang);
  }

  /**
   * Asks for an on-demand chunk: false while it is on its way (the element renders again when
   * it arrives), true once it is there or has failed for good (callers then use their fallback).
   */
  protected need(feature: OnDemand<unknown>): boolean {
    if (feature.settled) return true;
    if (!this.#pending.has(feature)) {
      const arrival = feature.load().then(
        () => this.requestUpdate(),
        () => this.requestUpdate(), // a chunk that cannot be loaded: render with the fallback
      );
      this.#pending.set(feature, arrival);
    }
    return false;
  }

  /** Resolves once the chunks the element asked for have arrived and been rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#pending.size) {
      const waiting = [...this.#pending.values()];
      this.#pending.clear();
      await Promise.all(waiting);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * The properties that carry data (`article`, `feed`, `image`); a change re-reads the inputs.
   * @internal
   */
  static dataKeys: readonly string[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    const keys = (this.constructor as typeof NewsElement).dataKeys;
    if (changed.has('src') || keys.some((key) => changed.has(key))) this.data.sync();
  }

  protected override render(): TemplateResult {
    const dataLang = this.dataLang();
    const lang = this.resolvedLang(dataLang);
    // Words and dates follow the page's language; the layout's direction follows the content's
    // (a Hebrew article on an English page still reads right to left). An explicit `dir` wins.
    const ownDir = this.getAttribute('dir');
    const dir = ownDir === 'rtl' || ownDir === 'ltr' ? ownDir : directionOf(dataLang ? resolveLang(dataLang) : lang);
    // A language with words of its own waits for them (in the loading look) rather than
    // flashing English first.
    const words = wordsFor(lang);
    const waiting = words !== undefined && !this.need(words);
    let body: unknown;
    try {
      body = waiting
        ? this.renderLoading()
        : this.data.state === 'ready' && this.data.value !== undefined
          ? this.renderReady(this.data.value, lang)
          : this.data.state === 'error'
            ? this.renderError(lang)
            : this.renderLoading();
    } catch (error) {
      // A rendering bug must not become an exception in someone else's page.
      console.error('news-widgets: could not render', error);
      body = this.renderError(lang);
    }
    // The frame keeps the page's flow around the widget whatever the page does to the host's
    // display (a CSS reset's `display: revert` makes it inline, and an inline host would let the
    // floated root spill over the content that follows).
    return html`<div class="frame"><div part="base" class="root" lang=${lang} dir=${dir} aria-busy=${waiting || this.data.state === 'loading' ? 'true' : nothing}>${body}</div></div>`;
  }

  /** Language carried by the data itself (an article's `inLanguage`). */
  protected dataLang(): string | undefined {
    return undefined;
  }

  protected abstract renderReady(value: T, lang: string): unknown;

  protected abstract renderLoading(): unknown;

  /** The publisher's fallback children if there are any, else a short, polite line. */
  protected renderError(lang: string): unknown {
    if (this.#hasFallback()) return html`<slot></slot>`;
    return html`<p part="error" class="error">${this.text(lang).unavailable}</p>`;
  }

  #hasFallback(): boolean {
    for (const node of Array.from(this.childNodes)) {
      if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'script') return true;
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
    }
    return false;
  }
}
