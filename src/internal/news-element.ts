import { html, isServer, LitElement, nothing, ReactiveElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { ParseError } from '../article/types.js';
import { DataController, type DataHost, type Parser } from './data-source.js';
import { directionOf, resolveLang } from '../util/language.js';
import { inheritedLang } from './locale.js';
import { messages, wordsFor, type Messages, type Widget } from './messages.js';
import { onDemand, type OnDemand } from '../util/on-demand.js';
import { clock } from '../time/clock.js';
import { baseStyles } from './tokens.js';
import { VERSION } from './version.js';

export type Theme = 'light' | 'dark' | 'auto';

/** How long an element waits for an on-demand chunk before rendering with its fallback. */
export const CHUNK_PATIENCE_MS = 3000;

/** Taking over server-rendered widgets (pick-up.ts): loaded only where there are some. */
export const pickUpFeature = onDemand(() => import('./pick-up.js'));

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

  /** On-demand chunks this element is waiting for, each until it arrives or patience runs out. */
  readonly #pending = new Map<OnDemand<unknown>, Promise<void>>();
  /** Chunks that took longer than CHUNK_PATIENCE_MS: rendered with the fallback meanwhile. */
  readonly #late = new Set<OnDemand<unknown>>();
  /** Ends the wait for each pending chunk at once (on removal). */
  readonly #stopWaiting = new Set<() => void>();
  #waiting = false;
  /** Rendered by the server (a declarative shadow root was there) and not taken over yet. */
  #server?: boolean;

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

  /** `widget`: what the element shows, which its error line names (Messages.unavailable). */
  constructor(
    parse: Parser<T>,
    protected readonly widget: Widget,
  ) {
    super();
    this.data = new DataController<T>(this, parse, (feature, patienceMs) => this.need(feature, patienceMs));
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

  /** Language of the text around the data: own `lang`, an ancestor's, then the data's; with its digits. */
  protected resolvedLang(dataLang?: string): string {
    const lang = resolveLang(inheritedLang(this), dataLang);
    // The language's own digits, unless the tag has a Unicode extension (`-u-nu-latn` names others).
    return lang.includes('-u-') ? lang : lang + (messages(lang).digits ?? '');
  }

  protected text(lang: string): Messages {
    return messages(lang);
  }

  /**
   * Asks for an on-demand chunk: false while it is on its way (the element renders again when
   * it arrives), true once it is there, has failed for good, or is late (callers then use their
   * fallback; a late chunk that does arrive is rendered then).
   */
  protected need(feature: OnDemand<unknown>, patienceMs = CHUNK_PATIENCE_MS): boolean {
    if (feature.settled || this.#late.has(feature)) return true;
    // A detached element starts no wait (and no timer); it asks again when it is back.
    if (this.isConnected && !this.#pending.has(feature)) {
      let stop = () => {};
      const patience = new Promise<void>((resolve) => {
        const timer = clock.set(() => {
          this.#late.add(feature);
          resolve();
        }, patienceMs);
        stop = () => (clock.clear(timer), resolve());
      });
      const arrival = feature.load().then(
        () => {},
        () => {}, // a chunk that cannot be loaded: render with the fallback
      );
      // A late chunk that arrives after all replaces the fallback.
      void arrival.then(() => this.#late.delete(feature) && this.requestUpdate());
      this.#stopWaiting.add(stop);
      const done = Promise.race([arrival, patience]).then(() => {
        stop();
        this.#stopWaiting.delete(stop);
        this.#pending.delete(feature);
        this.requestUpdate();
      });
      this.#pending.set(feature, done);
    }
    return false;
  }

  /** True while the element shows its loading look only because a chunk it needs is on its way. */
  protected get waitingForChunks(): boolean {
    return this.#waiting;
  }

  /** Resolves once the chunks the element asked for have arrived (or are late) and been rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Every caller waits for the same chunks (each entry leaves the map when its wait is over).
    while (this.#pending.size) {
      await Promise.all(this.#pending.values());
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /**
   * A server-rendered widget keeps the server's DOM until its own first render would be the same
   * (its data read, its words and formats loaded), then adopts it (pick-up.ts).
   */
  protected override update(changed: PropertyValues): void {
    // The first update finds the server's declarative shadow root filled; a client-only one is empty.
    if (!(this.#server ??= !!this.renderRoot.firstChild)) return super.update(changed);
    const value = this.render();
    const pickUp = this.need(pickUpFeature) ? pickUpFeature.module : undefined;
    // What LitElement's update does besides rendering (reflecting attributes), without the render.
    (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update.call(this, changed);
    this.#server = !pickUp?.takeOver(this, value, this.#waiting || this.#pending.size > 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // No timer outlives the element; a chunk still on its way renders it if it comes back.
    for (const stop of this.#stopWaiting) stop();
  }

  /** The hidden "Loading…" for screen readers; none while the language's own words are on their way (aria-busy says it). */
  protected loadingLabel(): unknown {
    if (this.#waiting) return nothing;
    return html`<span class="visually-hidden">${this.text(this.resolvedLang(this.dataLang())).loading}</span>`;
  }

  /**
   * The properties that carry data (`article`, `feed`, `image`); a change re-reads the inputs.
   * @internal
   */
  static dataKeys: readonly string[] = [];

  protected override willUpdate(changed: PropertyValues): void {
    const keys = (this.constructor as typeof NewsElement).dataKeys;
    // Dates written without an offset are read in the element's zone: a new zone reads them anew.
    if (changed.has('timeZone') && this.hasUpdated) this.data.sync(true);
    else if (changed.has('src') || keys.some((key) => changed.has(key))) this.data.sync();
  }

  protected override render(): TemplateResult {
    const dataLang = this.dataLang();
    const lang = this.resolvedLang(dataLang);
    // Words and dates follow the page's language; the layout's direction follows the content's
    // (a Hebrew article on an English page still reads right to left). An explicit `dir` wins.
    const ownDir = this.getAttribute('dir');
    const dir = (this.direction = ownDir === 'rtl' || ownDir === 'ltr' ? ownDir : directionOf(resolveLang(dataLang, lang)));
    // A language with words of its own waits for them (in the loading look) rather than
    // flashing English first.
    const words = wordsFor(lang);
    const waiting = words !== undefined && !this.need(words);
    this.#waiting = waiting;
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

  /** The layout's direction in the current render: widgets nested in this one are given it. */
  protected direction: 'ltr' | 'rtl' = 'ltr';

  /** Language carried by the data itself (an article's `inLanguage`). */
  protected dataLang(): string | undefined {
    return undefined;
  }

  protected abstract renderReady(value: T, lang: string): unknown;

  protected abstract renderLoading(): unknown;

  /** The publisher's fallback children if there are any, else a short, polite line. */
  protected renderError(lang: string): unknown {
    if (this.#hasFallback()) return html`<slot></slot>`;
    return html`<p part="error" class="error">${this.text(lang).unavailable(this.widget)}</p>`;
  }

  #hasFallback(): boolean {
    // On the server the fallback is news-widgets/ssr's to place.
    if (isServer) return false;
    for (const node of this.childNodes) {
      // Data scripts, and the declarative shadow root of a server-rendered fragment inserted with
      // innerHTML (which attaches nothing), are not fallback content.
      if (node.nodeType === Node.ELEMENT_NODE && !/^(?:script|template)$/.test((node as Element).localName)) return true;
      if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) return true;
    }
    return false;
  }
}
