// "Show code" for every story (preview.ts, `parameters.docs.source.transform`): HTML that works
// when pasted into a page. Storybook's own snippet is the story's markup before the elements ran,
// without what the stories set as properties (the data above all: pasted, a widget waited in its
// skeleton for data that never came). This one is read from the story as rendered: the module
// script first (docs/embedding.md), then each widget with its attributes and its data in a child
// `<script type="application/json">` (or `ld+json`, or the RSS text), as docs/embedding.md's
// "Inline JSON" describes; relative image URLs are made absolute, so they load from any page.
import type { StoryContext } from '@storybook/web-components-vite';
import { VERSION } from '../../src/internal/version.js';
import { dataProperties, elementDoc } from './manifest.js';
import { NEVER_ANSWERS } from './never-answers.js';

export const MODULE_SCRIPT = `<script type="module" src="https://cdn.jsdelivr.net/npm/news-widgets@${VERSION}/dist/cdn/news-widgets.js" blocking="render"></script>`;

const INLINE_DATA = ':scope > script[type="application/json"], :scope > script[type="application/ld+json"], :scope > script[type$="xml"]';

/** Relative URLs in the data (a `url`, `contentUrl`, `thumbnailUrl`…) resolved against this page. */
function absoluteUrls(key: string, value: unknown): unknown {
  if (typeof value !== 'string' || !/url$/i.test(key) || /^[a-z][a-z\d+.-]*:|^\/\//i.test(value)) return value;
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return value;
  }
}

/** The data as a child script, the form docs/embedding.md gives ("Inline JSON", JSON-LD, RSS). */
function dataScript(value: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  if (typeof value === 'string') {
    // Feed text (RSS or Atom), as the `feed` property takes it.
    script.type = /<feed[\s>]/.test(value) ? 'application/atom+xml' : /^\s*</.test(value) ? 'application/rss+xml' : 'application/json';
    // From its first character: an XML declaration must open the text.
    script.textContent = `${value.trim().replace(/<\/script/gi, '<\\/script')}\n`;
  } else {
    const ld = typeof value === 'object' && value !== null && ['@context', '@graph', '@type'].some((key) => key in value);
    script.type = ld ? 'application/ld+json' : 'application/json';
    // `<\/` and `\u003c!--` read back as the same JSON and cannot end the script early.
    const text = JSON.stringify(value, absoluteUrls, 2).replace(/<\//g, '<\\/').replace(/<!--/g, '\\u003c!--');
    script.textContent = `\n${text}\n`;
  }
  return script;
}

type Widget = HTMLElement & { updateComplete?: Promise<unknown> } & Record<string, unknown>;

/**
 * The story's markup with each widget's data inline, after the module script; `code` (Storybook's
 * own snippet) when the story has no widget on the page itself (the server-rendered page's frame).
 */
export async function pasteableSource(code: string, context: StoryContext): Promise<string> {
  try {
    const canvas = context.canvasElement as HTMLElement | undefined;
    if (!canvas) return code;
    // A story that returns a Lit template renders into a wrapper of Storybook's.
    const root = canvas.querySelector(':scope > #root-inner') ?? canvas;
    const widgets = [...root.querySelectorAll<Widget>('*')].filter((el) => elementDoc(el.localName));
    if (!widgets.length) return code;
    await Promise.all(widgets.map((el) => el.updateComplete));

    const copy = root.cloneNode(true) as HTMLElement;
    const all = [...root.querySelectorAll('*')];
    const copies = [...copy.querySelectorAll('*')];
    for (const widget of widgets) {
      const twin = copies[all.indexOf(widget)]!;
      const doc = elementDoc(widget.localName)!;
      const data = dataProperties(doc)
        .map((prop) => widget[prop.name])
        .find((value) => value !== undefined && value !== null);
      if (data !== undefined && !twin.querySelector(INLINE_DATA)) twin.prepend('\n', dataScript(data), '\n');
      if (widget.getAttribute('src')?.endsWith(NEVER_ANSWERS)) {
        twin.before(document.createComment(` ${NEVER_ANSWERS} stands for a request that never answers (stories/support/never-answers.ts): the loading look. Point src at your JSON. `));
      }
    }
    // Lit's markers.
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
    const markers: Comment[] = [];
    while (walker.nextNode()) if (/^\??(lit\$\d+\$)?$/.test((walker.currentNode as Comment).data)) markers.push(walker.currentNode as Comment);
    for (const marker of markers) marker.remove();

    return `${MODULE_SCRIPT}\n\n${copy.innerHTML.trim()}\n`;
  } catch {
    return code;
  }
}
