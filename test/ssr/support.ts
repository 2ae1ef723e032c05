// Helpers for the server-rendering tests: fragments from the built renderer (test/server/ssr.mjs),
// pages made of them in iframes, the CDN bundle behind a gate opened file by file, and what a
// reader gets from a page — its composed tree, every element's box, every DOM change.

export interface Fragment {
  html: string;
  ok: boolean;
  errors: Array<{ path: string; message: string }>;
}

export interface RenderRequest {
  widget: string;
  file?: string;
  data?: unknown;
  options?: { attributes?: Record<string, string | boolean>; baseUrl?: string; fallback?: string; now?: number; xml?: boolean };
}

/** A fragment from `renderWidget` in dist/ssr, as `news-widgets render` writes it. */
export async function render(request: RenderRequest): Promise<Fragment> {
  const response = await fetch('/ssr/render', { method: 'POST', body: JSON.stringify(request) });
  return (await response.json()) as Fragment;
}

let keys = 0;
/** A gate of its own for each page: nothing of the bundle arrives until opened. */
export const newGate = (): string => `g${Date.now().toString(36)}${++keys}`;

export const openGate = async (key: string, file = '*'): Promise<void> => {
  await fetch(`/ssr/open?key=${key}&file=${encodeURIComponent(file)}`, { method: 'POST' });
};

/** The bundle's files the page has asked for so far (answered or not). */
export async function requested(key: string): Promise<string[]> {
  return (await (await fetch(`/ssr/gate/${key}/`)).json()) as string[];
}

/** Console output, errors and the news-error events of the page, recorded before any other script. */
const RECORDER = `<script>
window.__console = [];
for (const level of ['log', 'info', 'warn', 'error', 'debug']) console[level] = (...args) => __console.push(level + ': ' + args.join(' '));
addEventListener('error', (e) => __console.push('uncaught: ' + e.message));
addEventListener('unhandledrejection', (e) => __console.push('unhandled: ' + e.reason));
window.__events = [];
for (const type of ['news-load', 'news-error', 'news-click', 'news-impression']) document.addEventListener(type, (e) => __events.push({ type, tag: e.composedPath()[0].localName, detail: e.detail }));
</script>`;

/** A page: the recorder, the bundle (the module or the `classic` script behind `gate`, the npm entry, or none) and the body given. */
export function page(body: string, script: { gate?: string; npm?: boolean; classic?: boolean } = {}, lang = 'en'): string {
  const bundle = script.gate
    ? script.classic
      ? `<script src="/ssr/gate/${script.gate}/news-widgets.iife.js" defer></script>`
      : `<script type="module" src="/ssr/gate/${script.gate}/news-widgets.js"></script>`
    : script.npm
      ? '<script type="module">import "/dist/index.js";</script>'
      : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><link rel="icon" href="data:,">${RECORDER}${bundle}
<style>body { margin: 0; width: 760px; font: 16px/1.5 Georgia, serif; } body > * { display: block; margin: 0 0 16px; }</style></head>
<body>${body}</body></html>`;
}

export interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __console: string[]; __events: Array<{ type: string; tag: string; detail: any }> };
  doc: Document;
}

/** Loads `html` in an iframe; resolves once its body is parsed (not when its scripts have run). */
export async function openPage(html: string, attributes: Record<string, string> = {}): Promise<Frame> {
  const { url } = (await (await fetch('/ssr/page', { method: 'POST', body: html })).json()) as { url: string };
  const frame = document.createElement('iframe');
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  frame.style.cssText = 'width: 800px; height: 1400px; border: 0;';
  frame.src = url;
  document.body.append(frame);
  await until(() => frame.contentWindow?.location.pathname === url && frame.contentDocument?.readyState !== 'loading', 'the page to be parsed');
  return { frame, win: frame.contentWindow as Frame['win'], doc: frame.contentDocument! };
}

/** Waits for `condition` (polled about every frame), failing with `what` after `timeout` ms. */
export async function until(condition: () => unknown, what: string, timeout = 10000): Promise<void> {
  const start = performance.now();
  while (!(await condition())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** Every news-widgets element of the page, nested ones included. */
export function widgets(doc: Document): Array<HTMLElement & { state: string; renderRoot?: ShadowRoot; updateComplete: Promise<boolean> }> {
  const out: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.localName.startsWith('news-')) out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(doc);
  return out as never;
}

/** Lit owns the widget's shadow root: taken over (hydrated or rendered) by the bundle. */
export const takenOver = (el: Element): boolean => Boolean(el.shadowRoot && (el.shadowRoot as unknown as { _$litPart$?: unknown })._$litPart$);

/** Waits until every widget has been taken over and has finished updating. */
export async function pickedUp(frame: Frame): Promise<void> {
  await until(() => widgets(frame.doc).every((el) => takenOver(el) && el.state !== 'loading'), 'every widget to be taken over');
  for (let round = 0; round < 3; round++) await Promise.all(widgets(frame.doc).map((el) => el.updateComplete));
  await frames(frame.win, 2);
}

export const frames = (win: Window, n: number): Promise<void> =>
  new Promise((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** Attributes that say how the page was made, not what a reader gets. */
const MAKING = new Set(['defer-hydration', 'data-news-ssr']);

/**
 * The composed tree under `root` as lines: elements with their attributes, the text between them
 * (adjacent pieces joined: Lit's comments split it differently on each side), shadow roots in
 * place. Comments, <style>, <script> and <template> are left out.
 */
export function composed(root: Node): string[] {
  const out: string[] = [];
  const walk = (parent: Node, depth: number) => {
    let text = '';
    const flush = () => {
      if (text) out.push(`${'  '.repeat(depth)}${JSON.stringify(text)}`);
      text = '';
    };
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (/^(?:style|script|template)$/.test(el.localName)) continue;
      flush();
      const attributes = el
        .getAttributeNames()
        .filter((name) => !MAKING.has(name))
        .sort()
        .map((name) => ` ${name}=${JSON.stringify(urlOf(el, name))}`)
        .join('');
      out.push(`${'  '.repeat(depth)}<${el.localName}${attributes}>`);
      if (el.shadowRoot) {
        out.push(`${'  '.repeat(depth + 1)}#shadow-root`);
        walk(el.shadowRoot, depth + 2);
      }
      walk(el, depth + 1);
    }
    flush();
  };
  walk(root, 0);
  return out;
}

/** src and href as the browser resolves them (a fragment may carry root-relative URLs). */
function urlOf(el: Element, name: string): string {
  const value = el.getAttribute(name)!;
  return name === 'src' || name === 'href' ? new URL(value, el.ownerDocument.baseURI).href : value;
}

/** Every element's box in the composed tree under `host`, relative to `host`'s, in CSS pixels. */
export function boxes(host: Element): string[] {
  const origin = host.getBoundingClientRect();
  const out: string[] = [];
  const visit = (el: Element) => {
    const r = el.getBoundingClientRect();
    out.push(`${el.localName} ${[r.x - origin.x, r.y - origin.y, r.width, r.height].map((v) => Math.round(v * 100) / 100).join(',')}`);
    for (const child of el.shadowRoot ? Array.from(el.shadowRoot.children) : []) if (!/^(?:style|script|template)$/.test(child.localName)) visit(child);
    for (const child of Array.from(el.children)) if (!/^(?:style|script|template)$/.test(child.localName)) visit(child);
  };
  visit(host);
  return out;
}

/**
 * Records every change to the page's DOM and its shadow roots from now on, leaving out what no
 * reader can see: an attribute written again with the value it had, `defer-hydration` (the
 * server's note to the client) going away, and a <time>'s tooltip reworded by the engine's Intl.
 */
export function watch(doc: Document): () => string[] {
  const changes: string[] = [];
  const observers: MutationObserver[] = [];
  const roots: Node[] = [doc];
  const collect = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        collect(el.shadowRoot);
      }
    }
  };
  collect(doc);
  const handle = (records: MutationRecord[]) => {
    for (const r of records) {
      const target = r.target as Element & ShadowRoot;
      const where = target.localName ?? target.host?.localName ?? r.target.nodeName;
      if (r.type === 'attributes') {
        const now = target.getAttribute(r.attributeName!);
        if (now === r.oldValue || (r.attributeName === 'defer-hydration' && now === null)) continue;
        // A tooltip is painted only on hover: the engine's own wording of a date may replace the server's.
        if (r.attributeName === 'title' && target.localName === 'time') continue;
        changes.push(`attribute ${r.attributeName} of ${where}: ${JSON.stringify(r.oldValue)} → ${JSON.stringify(now)}`);
      } else if (r.type === 'characterData') {
        changes.push(`text in ${where}: ${JSON.stringify(r.oldValue)} → ${JSON.stringify(r.target.textContent)}`);
      } else {
        changes.push(`children of ${where}: +${r.addedNodes.length} -${r.removedNodes.length}`);
      }
    }
  };
  for (const root of roots) {
    const observer = new MutationObserver(handle);
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });
    observers.push(observer);
  }
  return () => {
    for (const observer of observers) handle(observer.takeRecords());
    return changes;
  };
}

/** What a reader gets as text from `el`: the composed tree's text, whitespace collapsed. */
export function readerText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const e = node as Element;
    if (/^(?:style|script|template)$/.test(e.localName)) return;
    if (e.localName === 'slot') {
      (e as HTMLSlotElement).assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    (e.shadowRoot ?? e).childNodes.forEach(walk);
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}
