import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parserFeatures } from '../article/features.js';
import { wants } from '../article/hooks.js';
import type { ParseError, ParseOptions, ParseResult } from '../article/types.js';
import type { OnDemand } from '../util/on-demand.js';
import { emit, type DataSource } from './events.js';
import { FETCH_TIMEOUT_MS, fetchJson, FetchError } from './fetch-json.js';
import { clock } from '../time/clock.js';
import { isVisible, VisibilityWatch } from './visibility.js';

export type DataState = 'loading' | 'ready' | 'error';

/** What the controller needs from its element. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** The value set as a property (`el.article = …`), if any. */
  readonly dataProperty: unknown;
  readonly src?: string | null;
  /** Seconds between refetches of `src`; 0 or undefined for none. */
  readonly refresh?: number;
  /** The zone in which dates written without an offset are read (TimedElement's `time-zone`). */
  readonly timeZone?: string;
}

/** Asks the element for an on-demand chunk: true once it is there (or will not come within `patienceMs`). */
export type Need = (feature: OnDemand<unknown>, patienceMs: number) => boolean;

export type Parser<T> = (input: unknown, options: ParseOptions) => ParseResult<T>;

const XML_SCRIPT = ['application/rss+xml', 'application/atom+xml', 'application/xml', 'text/xml'];
const INLINE = ['application/json', 'application/ld+json', ...XML_SCRIPT].map((type) => `:scope > script[type="${type}"]`).join();
const MAX_BACKOFF = 32;

/**
 * The one way data reaches a component: a property, else inline JSON in a child `<script>`, else
 * `src`. Parses with the component's parser, tracks loading/ready/error, fires `news-load` and
 * `news-error`, and owns the fetch lifecycle: aborts on removal or a new `src` (a late answer to
 * an old request never wins), and polite refreshes that keep the last good value on failure.
 * @internal Each component's own; its state reaches publishers as the component's `state` and `errors`.
 */
export class DataController<T> implements ReactiveController {
  state: DataState = 'loading';
  value: T | undefined;
  errors: ParseError[] = [];

  #request?: AbortController;
  #seq = 0;
  #lastInput: unknown;
  #lastText?: string;
  #loadedSrc?: string;
  #failures = 0;
  /** The last `Cache-Control: max-age` the server sent for `loadedSrc`. */
  #maxAge?: number;
  #timer?: ReturnType<typeof clock.set>;
  #due = false;
  #children?: MutationObserver;
  /** A read waiting for parser chunks the data turned out to need; run again on each update until they are there. */
  #parked?: () => void;
  /** Refreshes wait for the element to be on screen in a visible tab: watched only while planned. */
  readonly #visibility: VisibilityWatch;

  readonly #host: DataHost;
  readonly #parse: Parser<T>;
  readonly #need: Need;

  constructor(host: DataHost, parse: Parser<T>, need: Need) {
    this.#host = host;
    this.#parse = parse;
    this.#need = need;
    this.#visibility = new VisibilityWatch(host, (visible) => {
      if (visible && this.#due) this.#refetch();
    });
    host.addController(this);
  }

  hostConnected(): void {
    // Inline JSON or fallback children may arrive after the element (CMS scripts, frameworks).
    this.#children = new MutationObserver(() => {
      this.sync();
      this.#host.requestUpdate();
    });
    this.#children.observe(this.#host, { childList: true, subtree: true, characterData: true });
    this.sync();
    // Moved in the DOM after a completed load: only the refresh plan was lost.
    if (this.#loadedSrc && !this.#request && this.state !== 'loading') this.#schedule(this.#maxAge);
  }

  hostUpdate(): void {
    const parked = this.#parked;
    this.#parked = undefined;
    parked?.();
  }

  hostDisconnected(): void {
    this.#children?.disconnect();
    this.#visibility.set(false);
    // A first load cut short by removal starts again if the element comes back; a refresh cut
    // short keeps what is on screen and is simply planned again on return.
    if (this.#request && this.value === undefined) this.#loadedSrc = undefined;
    this.#cancel();
  }

  /** Plans refreshes again from now; the element calls it when `refresh` changes (0 stops them). */
  refreshChanged(): void {
    if (!this.#loadedSrc || this.#request) return; // a load in flight plans the next when it ends
    this.#schedule(this.#maxAge);
  }

  /**
   * Re-reads the inputs; the element calls it when `article`/`feed`/`src` change, and with
   * `again` when the same data must be read anew (its `time-zone` changed).
   */
  sync(again = false): void {
    // A detached element (removed before its first update ran) reads nothing and fetches nothing;
    // on the server (news-widgets/ssr) there is no page, only the property.
    if (!this.#host.isConnected && !isServer) return;
    if (again) {
      this.#lastInput = undefined;
      if (this.#loadedSrc && !this.#request) this.#loadedSrc = undefined;
    }
    const property = this.#host.dataProperty;
    if (property !== undefined && property !== null) {
      this.#cancel();
      this.#loadedSrc = undefined;
      this.#use(property, 'property');
      return;
    }
    if (isServer) return;
    const script = this.#host.querySelector<HTMLScriptElement>(INLINE);
    if (script) {
      this.#cancel();
      this.#loadedSrc = undefined;
      const text = script.textContent ?? '';
      if (text === this.#lastInput) return;
      this.#lastInput = text;
      let data: unknown = text; // RSS or Atom are read as text
      if (!XML_SCRIPT.includes(script.type)) {
        try {
          data = JSON.parse(text);
        } catch (error) {
          this.#fail([{ path: '$', message: `inline JSON is not valid (${(error as Error).message})` }], 'inline');
          return;
        }
      }
      // A server-rendered fragment's data is the library's own serialisation (plain text).
      this.#read(data, { serialized: script.hasAttribute('data-news-ssr') }, (result) => this.#apply(result, 'inline'));
      return;
    }
    const src = this.#host.src?.trim();
    if (src) {
      if (src !== this.#loadedSrc) this.#load(src);
      return;
    }
    this.#cancel();
    this.#lastInput = undefined;
    this.#loadedSrc = undefined;
    this.#setState('loading', undefined, []);
  }

  #use(input: unknown, source: DataSource): void {
    if (input === this.#lastInput) return;
    this.#lastInput = input;
    this.#read(input, {}, (result) => this.#apply(result, source));
  }

  /**
   * Parses, first bringing the parser chunks the data turns out to need (JSON-LD graphs, dates as
   * publishers write them, HTML text, RSS): until they arrive the element keeps what it shows,
   * then parses again. A chunk that does not come within the fetch timeout leaves the parse as
   * the core could do it.
   */
  #read(input: unknown, options: ParseOptions, then: (result: ParseResult<T>) => void): void {
    this.#parked = undefined;
    wants.clear();
    const result = this.#parse(input, { ...options, timeZone: this.#host.timeZone });
    const needed = [...wants].map((want) => parserFeatures[want]);
    wants.clear();
    if (needed.map((feature) => this.#need(feature, FETCH_TIMEOUT_MS)).every(Boolean)) then(result);
    else this.#parked = () => this.#read(input, options, then);
  }

  #apply(result: ParseResult<T>, source: DataSource): void {
    if (result.ok) {
      this.#setState('ready', result.value, []);
      emit(this.#host, 'news-load', { value: result.value, source, warnings: result.warnings });
    } else {
      this.#fail(result.errors, source);
    }
  }

  #fail(errors: ParseError[], source: DataSource): void {
    this.#setState('error', undefined, errors);
    emit(this.#host, 'news-error', { errors, source });
  }

  #setState(state: DataState, value: T | undefined, errors: ParseError[]): void {
    this.state = state;
    this.value = value;
    this.errors = errors;
    this.#host.requestUpdate();
  }

  async #load(src: string, revalidate = false): Promise<void> {
    this.#cancel();
    this.#lastInput = undefined;
    if (src !== this.#loadedSrc) {
      // A new address: what was shown belonged to the old one.
      this.#loadedSrc = src;
      this.#lastText = undefined;
      this.#failures = 0;
      this.#maxAge = undefined;
      this.#setState('loading', undefined, []);
    }
    const request = new AbortController();
    this.#request = request;
    const seq = ++this.#seq;
    // One microtask first: an element added and removed in the same task fetches nothing.
    await null;
    if (seq !== this.#seq) return;
    try {
      const fetched = await fetchJson(src, request.signal, { revalidate, previousText: this.#lastText });
      if (seq !== this.#seq) return;
      this.#maxAge = fetched.maxAge;
      if (fetched.json === undefined) {
        this.#failures = 0; // the same body as the last good answer
      } else {
        this.#read(fetched.json, { baseUrl: fetched.url }, (result) => {
          if (seq !== this.#seq) return;
          if (result.ok) {
            this.#failures = 0;
            this.#lastText = fetched.text;
            this.#apply(result, 'src');
          } else {
            // Junk counts as a failure (and backs off); after a good answer the good list stays.
            this.#failures++;
            if (this.value !== undefined) emit(this.#host, 'news-error', { errors: result.errors, source: 'src' });
            else this.#apply(result, 'src');
          }
        });
      }
    } catch (error) {
      if (seq !== this.#seq) return;
      this.#failures++;
      const message = error instanceof FetchError ? error.message : `could not be loaded (${String(error)})`;
      const errors = [{ path: 'src', message: `${src} ${message}` }];
      if (this.value !== undefined) emit(this.#host, 'news-error', { errors, source: 'src' });
      else this.#fail(errors, 'src');
    } finally {
      if (seq === this.#seq) {
        this.#request = undefined;
        this.#schedule(this.#maxAge);
      }
    }
  }

  /** Plans the next refresh: never sooner than `refresh` or the server's max-age, later after failures, jittered. */
  #schedule(maxAge?: number): void {
    clock.clear(this.#timer);
    this.#timer = undefined;
    this.#due = false;
    const every = Number(this.#host.refresh);
    const on = every > 0 && this.#host.isConnected;
    this.#visibility.set(on);
    if (!on) return;
    const base = Math.max(every, maxAge ?? 0);
    const backoff = Math.min(2 ** this.#failures, MAX_BACKOFF);
    // ±20 % jitter, so a million open pages do not refetch in lockstep.
    const delay = base * backoff * (0.8 + Math.random() * 0.4) * 1000;
    this.#timer = clock.set(() => {
      this.#timer = undefined;
      this.#due = true;
      if (isVisible(this.#host)) this.#refetch();
    }, delay);
  }

  #refetch(): void {
    this.#due = false;
    const src = this.#host.src?.trim();
    if (src && src === this.#loadedSrc && this.#host.dataProperty == null && !this.#host.querySelector(INLINE)) {
      this.#load(src, true);
    }
  }

  #cancel(): void {
    // A read waiting for parser chunks is dropped; the same data is read again when asked.
    if (this.#parked) {
      this.#parked = undefined;
      this.#lastInput = undefined;
      if (this.value === undefined) this.#loadedSrc = undefined;
    }
    this.#seq++;
    this.#request?.abort();
    this.#request = undefined;
    clock.clear(this.#timer);
    this.#timer = undefined;
    this.#due = false;
  }
}
