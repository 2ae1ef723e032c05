// Taking over a server-rendered widget (news-widgets/ssr): an on-demand chunk, loaded only on
// pages that carry one. Lit's hydration adopts the server's DOM as it is — no node replaced, no
// image reloaded, no frame painted differently — once the element's first render is final (data
// read, words and date formats loaded). Hydration trusts the server's text, so the render is
// checked against it first: a fragment from another version of the library, a relative time that
// has moved on, or an engine whose Intl writes a date differently gets the client's render
// instead — replaced in place, never shown twice.
import { hydrate } from '@lit-labs/ssr-client';
import { render, type LitElement } from 'lit';
import { VERSION } from './version.js';

type NewsElementLike = LitElement & { readonly state: string };

/**
 * Adopts the server's DOM for `value`, the element's first render, unless that render is not final
 * yet (chunks on their way, the loading look): false then, and the server's DOM stays as it is.
 */
export function takeOver(el: NewsElementLike, value: unknown, pending: boolean): boolean {
  if (pending || el.state === 'loading') return false;
  const root = el.renderRoot as ShadowRoot;
  // LitElement renders before what its root held when created (the server's DOM here); from now
  // on the root's own content is Lit's, wherever it came from: later renders update it in place.
  el.renderOptions.renderBefore = null;
  // Only the outer element carries the version; the nested ones come with it.
  const version = el.getAttribute('data-news-ssr');
  const sameVersion = version === null || version === VERSION;
  let adopted = false;
  try {
    const tooltips = sameVersion ? matches(root, value, el) : undefined;
    if (tooltips) {
      hydrate(value, root, el.renderOptions);
      // A tooltip is never painted: the browser's own wording replaces the server's in place.
      for (const [node, title] of tooltips) node.setAttribute('title', title);
      adopted = true;
    }
  } catch {
    // A template Lit does not recognise: rendered anew below.
  }
  if (!adopted) {
    // Lit's own markers may be half read: start from an empty root (the styles are adopted).
    delete (root as unknown as Record<string, unknown>)['_$litPart$'];
    root.replaceChildren();
    render(value, root, el.renderOptions);
  }
  // An image that failed before the script came got no error event: send it now.
  for (const img of root.querySelectorAll('img')) {
    if (img.complete && !img.naturalWidth) img.dispatchEvent(new Event('error'));
  }
  return true;
}

type Tooltips = Array<[Element, string]>;

/**
 * Whether the client's render of `value` is the DOM the server wrote: the same elements,
 * attributes and text, Lit's comments and the server's <style> aside. Rendered into an inert
 * document, where no image loads and no nested element starts. Tooltips (`title`) may differ —
 * the full date in words is the engine's Intl — and are returned to be brought up to date.
 */
function matches(root: ShadowRoot, value: unknown, el: LitElement): Tooltips | undefined {
  const inert = document.implementation.createHTMLDocument('');
  const fragment = inert.createDocumentFragment();
  render(value, fragment, { host: el, creationScope: inert });
  const tooltips: Tooltips = [];
  return same(root, fragment, tooltips) ? tooltips : undefined;
}

/** What a reader gets of `parent`'s children, in order: elements, and the text between them. */
function content(parent: Node): Array<Element | string> {
  const out: Array<Element | string> = [];
  for (const node of Array.from(parent.childNodes)) {
    const last = out.length - 1;
    if (node.nodeType === Node.TEXT_NODE) {
      // Lit's comments split text differently on each side: adjacent pieces are one text.
      if (typeof out[last] === 'string') out[last] += (node as Text).data;
      else out.push((node as Text).data);
    } else if (node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'style') out.push(node as Element);
  }
  return out;
}

/** An element's attributes, as text; URLs resolved (a fragment may carry root-relative ones). */
const attributes = (e: Element) =>
  e
    .getAttributeNames()
    .filter((name) => name !== 'defer-hydration' && name !== 'title')
    .sort()
    .map((name) => {
      const value = e.getAttribute(name)!;
      if (name === 'src' || name === 'href') return `${name}=${absolute(value)}`;
      if (name === 'srcset') return `${name}=${value.split(',').map((candidate) => candidate.trim().split(/\s+/).map((part, i) => (i ? part : absolute(part))).join(' '))}`;
      return `${name}=${value}`;
    })
    .join('\n');

function absolute(url: string): string {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
}

function same(a: Node, b: Node, tooltips: Tooltips): boolean {
  const [left, right] = [content(a), content(b)];
  return (
    left.length === right.length &&
    left.every((x, i) => {
      const y = right[i]!;
      if (typeof x === 'string' || typeof y === 'string') return x === y;
      const title = y.getAttribute('title');
      if (x.hasAttribute('title') !== (title !== null)) return false;
      if (title !== null && x.getAttribute('title') !== title) tooltips.push([x, title]);
      return x.localName === y.localName && attributes(x) === attributes(y) && same(x, y, tooltips);
    })
  );
}
