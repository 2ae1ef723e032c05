// The language around an element in the page; language tags themselves are in util/language.ts.
import { isServer } from 'lit';

/** The nearest `lang` at or above `el`, crossing shadow roots (a byline inside a card). */
export function inheritedLang(el: Element): string | undefined {
  // On the server an element knows only its own attributes (news-widgets/ssr sets `lang`).
  if (isServer) return el.getAttribute('lang')?.trim() || undefined;
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim()) return lang.trim();
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}
