// A publisher's own words (a house lead-in such as "Written by"), without forking the library.
// Its own module, so pages that never override a word do not download it: on the CDN it is
// dist/cdn/news-widgets-words.js beside the bundle; in the npm package, part of the main entry.
import type { Label } from '../article/types.js';
import type { Messages } from './messages.js';

/** Any of a language's words; each label on its own. */
export type WordsOverride = Partial<Omit<Messages, 'labels'>> & { labels?: Partial<Record<Label, string>> };

const TAGS = ['news-article-card', 'news-byline', 'news-photo-credit', 'news-trending-list'];

const overrides = new Map<string, WordsOverride>();
/** The merged words, per built-in words object (a language's chunk may arrive later) and tag. */
let cache = new WeakMap<Messages, Map<string, Messages>>();
/** Prototypes whose `text()` already looks here. */
const patched = new WeakSet<object>();

/**
 * Puts the publisher's words for `lang` in place of the built-in ones: `defineWords('en',
 * { by: 'Written by' })`. A tag with a script or region (`pt-PT`) applies over its language's
 * (`pt`), which applies to every tag of the language. A later call for the same tag replaces the
 * earlier one. Elements already on the page render again with the new words.
 */
export function defineWords(lang: string, words: WordsOverride): void {
  overrides.set(lang.toLowerCase(), { ...words, labels: { ...words.labels } });
  cache = new WeakMap();
  const registry = globalThis.customElements;
  if (!registry) return;
  for (const tag of TAGS) {
    patch(registry.get(tag));
    // Tags the page defines later (the bundle loading after this module) are patched then.
    void registry.whenDefined(tag).then((ctor) => patch(ctor ?? registry.get(tag)));
  }
  if (typeof document !== 'undefined') renderAgain(document);
}

/**
 * Every element asks its class's `text(lang)` for its words. The elements' shared base class
 * (whichever copy of the library defined the tags) is given a `text` that puts the publisher's
 * words over the built-in ones: the bundle itself carries no code for this.
 */
function patch(ctor: CustomElementConstructor | undefined): void {
  let owner = ctor?.prototype as { text?: (lang: string) => Messages } | undefined;
  while (owner && !Object.hasOwn(owner, 'text')) owner = Object.getPrototypeOf(owner);
  if (!owner?.text || patched.has(owner)) return;
  patched.add(owner);
  const builtIn = owner.text;
  owner.text = function (this: unknown, lang: string): Messages {
    return withOverrides(lang, builtIn.call(this, lang));
  };
}

function withOverrides(lang: string, base: Messages): Messages {
  let byLang = cache.get(base);
  if (!byLang) cache.set(base, (byLang = new Map()));
  let words = byLang.get(lang);
  if (!words) {
    words = base;
    // The language's own first, then the exact tag's (without its -u- extension: `ar-u-nu-arab` is `ar`).
    const tag = lang.toLowerCase().split('-u-')[0]!;
    for (const key of new Set([tag.split('-')[0]!, tag])) {
      const own = overrides.get(key);
      if (own) words = { ...words, ...own, labels: { ...words.labels, ...own.labels } } as Messages;
    }
    byLang.set(lang, words);
  }
  return words;
}

/** Asks every news-widgets element in `root` (and in the open shadow roots within) to render again. */
function renderAgain(root: Document | ShadowRoot): void {
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('news-') && 'requestUpdate' in el) (el as unknown as { requestUpdate(): void }).requestUpdate();
    if (el.shadowRoot) renderAgain(el.shadowRoot);
  }
}
