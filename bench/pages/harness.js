// In-page measurement, shared by every variant. A variant module exports renderCards, renderList,
// updateList, updateCard and clear (each may return a promise that resolves once it has rendered);
// the harness times them with performance.now() up to a forced layout, counts mutations, and
// checks that what was rendered is complete.
import { articleWithHeadline, articles, feed, withHeadline } from './data.js';

const stage = () => document.getElementById('stage');

/** Every shadow root at or under `node`, nested ones included. */
export function shadowRoots(node) {
  const out = [];
  const stack = [node];
  while (stack.length) {
    const walker = document.createTreeWalker(stack.pop(), NodeFilter.SHOW_ELEMENT);
    for (let el = walker.nextNode(); el; el = walker.nextNode()) {
      if (el.shadowRoot) {
        out.push(el.shadowRoot);
        stack.push(el.shadowRoot);
      }
    }
  }
  return out;
}

/** Starts counting every mutation under `node` and inside each shadow root; returns `stop()`. */
export function watchMutations(node) {
  const records = [];
  const observer = new MutationObserver((list) => records.push(...list));
  const options = { subtree: true, childList: true, characterData: true, attributes: true };
  observer.observe(node, options);
  for (const root of shadowRoots(node)) observer.observe(root, options);
  return () => {
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records;
  };
}

function label(node) {
  if (node instanceof ShadowRoot) return `#shadow-root(${node.host.localName})`;
  if (node.nodeType === Node.TEXT_NODE) return `#text(${node.parentNode?.localName ?? ''})`;
  if (node.nodeType === Node.COMMENT_NODE) return '#comment';
  return node.localName + (node.className && typeof node.className === 'string' ? `.${node.className.split(' ')[0]}` : '');
}

export function describeRecord(r) {
  return {
    type: r.type,
    target: label(r.target),
    ...(r.attributeName ? { attribute: r.attributeName } : {}),
    ...(r.type === 'childList' ? { added: [...r.addedNodes].map(label), removed: [...r.removedNodes].map(label) } : {}),
  };
}

/** Elements by tag in the composed tree (light DOM and every shadow root), for completeness checks. */
export function composedCounts(node) {
  const counts = { elements: 0, shadowRoots: 0, time: 0, img: 0, a: 0, li: 0 };
  const roots = [node, ...shadowRoots(node)];
  counts.shadowRoots = roots.length - 1;
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      counts.elements++;
      if (el.localName in counts) counts[el.localName]++;
    }
  }
  return counts;
}

/**
 * The composed tree as text, normalised for comparing two renderers: comments dropped (Lit's
 * markers), adjacent text merged, attributes sorted. With `whitespace: false`, text that is only
 * whitespace is left out too (template formatting, not content).
 */
export function composedHTML(node, { whitespace = true } = {}) {
  let out = '';
  let text = '';
  const flush = () => {
    if (text && (whitespace || text.trim())) out += JSON.stringify(text);
    text = '';
  };
  const visit = (parent) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        flush();
        const attrs = [...child.attributes].map((a) => `${a.name}="${a.value}"`).sort();
        out += `<${[child.localName, ...attrs].join(' ')}>`;
        if (child.shadowRoot) {
          out += '#shadow{';
          visit(child.shadowRoot);
          flush();
          out += '}';
        }
        visit(child);
        flush();
        out += `</${child.localName}>`;
      }
    }
  };
  visit(node);
  flush();
  return out;
}

/** An element's step in a composed path: `tag.first-class[i]`, i its index among its parent's elements. */
const step = (el, i) => `${el.localName}${el.classList?.length ? `.${el.classList[0]}` : ''}[${i}]`;
/** `path > step`, or `path >>> step` into a shadow root (whose path ends with `>>>`). */
const below = (path, el, i) => (!path ? step(el, i) : `${path}${path.endsWith('>>>') ? ' ' : ' > '}${step(el, i)}`);

/**
 * The composed tree as a list of [path, token] — a token is an element's opening tag with its
 * attributes sorted, `#shadow{`, `}`, a closing tag or a text run (comments dropped, adjacent text
 * merged, whitespace-only text left out) — so that two renderers' trees can be compared and their
 * first difference named by where it is (`news-article-card[3] >>> div.frame[0] > …`).
 */
export function composedTokens(node) {
  const out = [];
  let text = '';
  let at = '';
  const flush = () => {
    if (text.trim()) out.push([`${at} > #text`, JSON.stringify(text)]);
    text = '';
  };
  const visit = (parent, path) => {
    let i = 0;
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!text) at = path;
        text += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        flush();
        const here = below(path, child, i++);
        const attrs = [...child.attributes].map((a) => `${a.name}="${a.value}"`).sort();
        out.push([here, `<${[child.localName, ...attrs].join(' ')}>`]);
        if (child.shadowRoot) {
          out.push([`${here} >>>`, '#shadow{']);
          visit(child.shadowRoot, `${here} >>>`);
          flush();
          out.push([`${here} >>>`, '}']);
        }
        visit(child, here);
        flush();
        out.push([here, `</${child.localName}>`]);
      }
    }
  };
  visit(node, '');
  flush();
  return out;
}

/**
 * Every element's box in the composed tree, relative to `node`, to 1/100 px:
 * [tag, x, y, w, h, path] (the path as composedTokens writes it).
 */
export function composedLayout(node) {
  const origin = node.getBoundingClientRect();
  const out = [];
  const r = (v) => Math.round(v * 100) / 100;
  const visit = (parent, path) => {
    let i = 0;
    for (const el of parent.children) {
      const b = el.getBoundingClientRect();
      const here = below(path, el, i++);
      out.push([el.localName, r(b.x - origin.x), r(b.y - origin.y), r(b.width), r(b.height), here]);
      if (el.shadowRoot) visit(el.shadowRoot, `${here} >>>`);
      visit(el, here);
    }
  };
  visit(node, '');
  return out;
}

/**
 * Runs `work` and forces style and layout. `ms`: from start to laid out; `scriptMs`: until the
 * DOM was complete (the renderer's own work), the rest being style recalc and layout.
 */
async function timed(work) {
  const el = stage();
  const t0 = performance.now();
  await work();
  const t1 = performance.now();
  void el.offsetHeight; // forced style recalc + layout of everything rendered
  const t2 = performance.now();
  return { ms: t2 - t0, scriptMs: t1 - t0 };
}

export function api(variant) {
  let current; // data rendered last, for updates

  return {
    name: variant.name,
    crossOriginIsolated,

    async cards(n) {
      current = articles(n);
      const time = await timed(() => variant.renderCards(stage(), current));
      return { ...time, counts: composedCounts(stage()) };
    },

    async list(n) {
      current = feed(n);
      const time = await timed(() => variant.renderList(stage(), current));
      return { ...time, counts: composedCounts(stage()) };
    },

    /** Renders an n-item list, then sets a new feed with item `index`'s headline changed. */
    updateList: variant.updateList && (async (n, index) => {
      current = feed(n);
      await variant.renderList(stage(), current);
      void stage().offsetHeight;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const next = withHeadline(current, index, `Changed: ${current.items[index].headline}`);
      const stop = watchMutations(stage());
      const time = await timed(() => variant.updateList(stage(), next));
      const records = stop();
      current = next;
      const shown = [stage(), ...shadowRoots(stage())].flatMap((r) => [...r.querySelectorAll('a')]).map((a) => a.textContent);
      return {
        ...time,
        mutations: records.length,
        records: records.slice(0, 12).map(describeRecord),
        applied: shown.includes(next.items[index].headline),
      };
    }),

    /** Renders one card, then sets a new article object with only its headline changed. */
    updateCard: variant.updateCard && (async () => {
      [current] = articles(1);
      await variant.renderCards(stage(), [current]);
      void stage().offsetHeight;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      const next = articleWithHeadline(current, `Changed: ${current.headline}`);
      const stop = watchMutations(stage());
      const time = await timed(() => variant.updateCard(stage(), next));
      const records = stop();
      current = next;
      return { ...time, mutations: records.length, records: records.slice(0, 12).map(describeRecord) };
    }),

    /** Renders without timing (memory runs, equivalence checks). */
    async renderOnly(kind, n, now) {
      current = kind === 'cards' ? articles(n, now) : feed(n, now);
      await (kind === 'cards' ? variant.renderCards(stage(), current) : variant.renderList(stage(), current));
      void stage().offsetHeight;
      return composedCounts(stage());
    },

    async clear() {
      await variant.clear(stage());
      current = undefined;
      void stage().offsetHeight;
      // Let timers, observers and microtasks that hold on to removed nodes run out.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      return stage().childNodes.length;
    },

    /**
     * The rendered tree for comparing renderers: strict, whitespace aside, as tokens with their
     * paths (to name the first difference), and laid out.
     */
    composed: () => ({
      strict: composedHTML(stage()),
      text: composedHTML(stage(), { whitespace: false }),
      tokens: composedTokens(stage()),
      layout: composedLayout(stage()),
    }),
  };
}
