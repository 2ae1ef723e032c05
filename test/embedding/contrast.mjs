// Helpers for the contrast suite (contrast.test.mjs): generated photos, the article data, the
// in-page collection of every visible text run, the style that hides text without moving anything,
// and WCAG contrast measured against the pixels actually behind each run.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

export const OUT_DIR = 'test-results/contrast';

// ---------------------------------------------------------------------------------------------
// Photos

/** A deterministic pseudo-random generator (mulberry32), so the busy photo is the same every run. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A PNG of `width` × `height`. `kind`: `white`, `black`, `grey` (#777777), or `busy`: black and
 * white squares at random (8 px in the file, a few px once the widget scales it down, so smaller
 * than a glyph) crossed by thin diagonal stripes: no stretch of one tone a run of text could sit on.
 */
export function makePhoto(kind, width, height) {
  const png = new PNG({ width, height });
  const next = random(14);
  const block = 8;
  const cols = Math.ceil(width / block);
  const cells = Array.from({ length: cols * Math.ceil(height / block) }, () => (next() < 0.5 ? 0 : 255));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let v;
      if (kind === 'white') v = 255;
      else if (kind === 'black') v = 0;
      else if (kind === 'grey') v = 0x77;
      else if (kind === 'busy') v = (x + y) % 24 < 3 ? 255 - cells[Math.floor(y / block) * cols + Math.floor(x / block)] : cells[Math.floor(y / block) * cols + Math.floor(x / block)];
      else throw new Error(`unknown photo kind ${kind}`);
      const i = (y * width + x) * 4;
      png.data[i] = png.data[i + 1] = png.data[i + 2] = v;
      png.data[i + 3] = 255;
    }
  }
  return PNG.sync.write(png);
}

// ---------------------------------------------------------------------------------------------
// Data

const SAFE_JSON = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** An article that makes every piece of text the card, byline and credit can show appear. */
export function article(photo) {
  return {
    url: 'https://news.example/world/nato-accuses-china-of-aiding-russias-war-efforts',
    headline: "NATO Accuses China of Aiding Russia's War Efforts",
    description: 'As NATO marks its 75th anniversary, the summit in Washington has been dominated by concerns over the strategic partnership between Russia and China.',
    articleSection: 'World',
    labels: ['live', 'breaking', 'opinion', 'analysis', 'sponsored'],
    inLanguage: 'en',
    datePublished: '2024-07-11T10:15:00+02:00',
    dateModified: '2024-07-11T14:40:00+02:00',
    author: [
      { name: 'Kathrine Frich', url: 'https://news.example/authors/kathrine-frich', jobTitle: 'Foreign correspondent' },
      { name: 'Mads Holm' },
    ],
    image: {
      url: photo.url,
      width: photo.width,
      height: photo.height,
      alt: 'A photo behind the text',
      caption: 'NATO Secretary General Jens Stoltenberg voiced strong concerns about China’s support for Russia',
      creditText: 'Shutterstock',
      copyrightNotice: '© News Example 2024',
      license: 'https://news.example/licensing',
    },
    wordCount: 278,
    publisher: { name: 'News Example', url: 'https://news.example/' },
  };
}

/** A trending feed whose items carry `photo` as their thumbnail. */
export function feed(photo) {
  const headlines = [
    "NATO Accuses China of Aiding Russia's War Efforts",
    "Biden Hosts Allies as Summit Turns to Ukraine's Air Defences",
    'Japan and South Korea Join NATO Talks on Pacific Security',
    'Markets Steady as Central Banks Hold Rates',
  ];
  return {
    name: 'Trending Now',
    items: headlines.map((headline, i) => ({
      url: `https://news.example/world/story-${i + 1}`,
      headline,
      articleSection: 'World',
      datePublished: `2024-07-11T0${9 - i}:15:00+02:00`,
      author: [{ name: 'Kathrine Frich' }],
      image: { url: photo.url, width: photo.width, height: photo.height, alt: '' },
    })),
  };
}

export const inlineData = (value) => `<script type="application/json">${SAFE_JSON(value)}</script>`;

// ---------------------------------------------------------------------------------------------
// In the page. These functions are sent to the browser as source text (WebKit's stand-in
// evaluates String(fn)): they must not use anything from this module's scope.

/**
 * Every visible text run inside `stageSelector`, walking the flat tree (shadow roots, slots'
 * assigned nodes): text, client rects (relative to the stage, clipped by every clipping ancestor,
 * so visually-hidden text has none), the text colour (alpha multiplied by the ancestors'
 * opacity), font size and weight, and the `data-case` of the nearest case wrapper.
 */
export function collectTextRuns(stageSelector) {
  const stage = document.querySelector(stageSelector);
  const origin = stage.getBoundingClientRect();
  const parentOf = (node) => node.assignedSlot ?? node.parentNode ?? null;
  const flatParent = (node) => {
    const p = parentOf(node);
    return p instanceof ShadowRoot ? p.host : p;
  };
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const parseColor = (value) => {
    const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(value);
    if (m) {
      const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
      return [+m[1], +m[2], +m[3], a];
    }
    // Anything else (color(srgb …), oklch(…)): let a canvas resolve it.
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = value;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const weightOf = (w) => (w === 'bold' ? 700 : w === 'normal' ? 400 : Number(w) || 400);
  const runs = [];
  const visit = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (node.data.trim()) measure(node);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    if (node.nodeType === Node.ELEMENT_NODE && ['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT'].includes(node.tagName)) return;
    let children;
    if (node.shadowRoot) children = node.shadowRoot.childNodes;
    else if (node.localName === 'slot') {
      const assigned = node.assignedNodes({ flatten: true });
      children = assigned.length ? assigned : node.childNodes;
    } else children = node.childNodes;
    for (const child of children) visit(child);
  };
  const measure = (text) => {
    const el = flatParent(text);
    if (!(el instanceof Element)) return;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible') return;
    const range = document.createRange();
    range.selectNodeContents(text);
    let rects = [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    // Clip by every ancestor that clips (overflow, clip, the 1 × 1 px visually-hidden box).
    let opacity = 1;
    let caseId = null;
    for (let a = el; a && a instanceof Element; a = flatParent(a)) {
      const s = getComputedStyle(a);
      opacity *= Number(s.opacity);
      if (caseId === null && a.dataset && a.dataset.case) caseId = a.dataset.case;
      if (s.display === 'none') return;
      const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible' || (s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none');
      if (clips && a !== el.ownerDocument.documentElement && a !== document.body) {
        const box = a.getBoundingClientRect();
        rects = rects.map((r) => ({
          left: Math.max(r.left, box.left),
          top: Math.max(r.top, box.top),
          right: Math.min(r.right, box.right),
          bottom: Math.min(r.bottom, box.bottom),
        }));
      }
    }
    rects = rects.filter((r) => r.right - r.left > 2 && r.bottom - r.top > 2);
    if (!rects.length || opacity === 0) return;
    const fill = style.webkitTextFillColor || style.color;
    const [r, g, b, a] = parseColor(fill);
    runs.push({
      case: caseId,
      text: text.data.trim().replace(/\s+/g, ' '),
      tag: el.localName + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''),
      rects: rects.map((q) => ({ x: q.left - origin.left, y: q.top - origin.top, width: q.right - q.left, height: q.bottom - q.top })),
      color: [r, g, b, a * opacity],
      fontSize: parseFloat(style.fontSize),
      fontWeight: weightOf(style.fontWeight),
    });
  };
  visit(stage);
  const cases = {};
  for (const el of stage.querySelectorAll('[data-case]')) {
    const box = el.getBoundingClientRect();
    cases[el.dataset.case] = { x: box.left - origin.left, y: box.top - origin.top, width: box.width, height: box.height };
  }
  return { origin: { x: origin.left, y: origin.top, width: origin.width, height: origin.height }, dpr: window.devicePixelRatio, runs, cases };
}

/**
 * Makes all text invisible without moving anything: a style in the document and in every shadow
 * root (found again at call time, so none is missed), then two animation frames. Colours that
 * follow the text colour (`currentColor` borders, backgrounds, outlines, SVG paint, shadows) are
 * first pinned to their computed values on each element, so only the text itself disappears.
 * (Pseudo-elements cannot be pinned: one painted in `currentColor` would vanish too.)
 */
export async function hideAllText(css) {
  const roots = [document];
  const find = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        roots.push(el.shadowRoot);
        find(el.shadowRoot);
      }
    }
  };
  find(document);
  const pinned = ['border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color', 'background-color', 'box-shadow', 'column-rule-color', 'fill', 'stroke'];
  const values = [];
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      if (!el.style) continue;
      const style = getComputedStyle(el);
      values.push([el, pinned.map((name) => style.getPropertyValue(name))]);
    }
  }
  for (const [el, list] of values) pinned.forEach((name, i) => list[i] && el.style.setProperty(name, list[i], 'important'));
  for (const root of roots) {
    const style = document.createElement('style');
    style.setAttribute('data-contrast-probe', '');
    style.textContent = css;
    (root === document ? document.head : root).append(style);
  }
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return roots.length;
}

/** Text becomes transparent; nothing else changes (no property here affects layout). */
export const HIDE_TEXT_CSS = `*, *::before, *::after, *::marker {
  color: transparent !important;
  -webkit-text-fill-color: transparent !important;
  -webkit-text-stroke-color: transparent !important;
  text-shadow: none !important;
  text-decoration-color: transparent !important;
  caret-color: transparent !important;
  transition: none !important;
}`;

/** Pins the stage to whole CSS pixels, so an element screenshot starts exactly at its box. */
export function pinStage(stageSelector) {
  const stage = document.querySelector(stageSelector);
  stage.style.height = `${Math.ceil(stage.getBoundingClientRect().height)}px`;
  const box = stage.getBoundingClientRect();
  return [box.left, box.top, box.width, box.height, window.innerWidth, window.innerHeight];
}

// ---------------------------------------------------------------------------------------------
// Contrast

const LINEAR = Array.from({ length: 256 }, (_, v) => {
  const c = v / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
});
const luminanceOf = (r, g, b) => 0.2126 * LINEAR[r] + 0.7152 * LINEAR[g] + 0.0722 * LINEAR[b];

/** WCAG 2 relative luminance of an sRGB colour with 0–255 channels (fractions are rounded). */
export function luminance([r, g, b]) {
  return luminanceOf(Math.round(r), Math.round(g), Math.round(b));
}

export function contrastRatio(a, b) {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** WCAG large text: at least 18pt (24px), or 14pt (18.66px) and bold. */
export function isLarge({ fontSize, fontWeight }) {
  return fontSize >= 24 || (fontSize >= 18.66 && fontWeight >= 700);
}

export const thresholdOf = (run) => (isLarge(run) ? 3 : 4.5);

const hex = ([r, g, b]) => `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;

/**
 * The run's contrast against the background screenshot: its colour (composited over each pixel
 * when it is translucent) against every background pixel inside its rects, each rect shrunk by
 * 1 CSS px on every side so neighbours (borders, a thumbnail's edge) stay out.
 *
 * The measure is the MINIMUM over all those pixels, the strictest there is: text must be legible
 * over the worst part of what is behind it, and the background image has no text in it, so no
 * glyph anti-aliasing can drag it down. `painted` counts the pixels where the rendered screenshot
 * differs from the background one: zero means the text was not drawn where its rects say (or
 * drawn in exactly its background's colour), and is reported as a failure of its own.
 * `underGlyphs` (the minimum over those drawn pixels only) is a diagnostic for the person reading
 * a failure (is the worst pixel under a glyph or beside it?); it decides nothing.
 */
export function measureRun(run, rendered, background, { dpr }) {
  let min = Infinity;
  let worst = null;
  let pixels = 0;
  let painted = 0;
  let underGlyphs = Infinity;
  const [cr, cg, cb, ca] = run.color;
  for (const rect of run.rects) {
    const x0 = Math.max(0, Math.ceil((rect.x + 1) * dpr));
    const y0 = Math.max(0, Math.ceil((rect.y + 1) * dpr));
    const x1 = Math.min(background.width, Math.floor((rect.x + rect.width - 1) * dpr));
    const y1 = Math.min(background.height, Math.floor((rect.y + rect.height - 1) * dpr));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * background.width + x) * 4;
        const br = background.data[i];
        const bg = background.data[i + 1];
        const bb = background.data[i + 2];
        pixels++;
        const drawn = rendered.data[i] !== br || rendered.data[i + 1] !== bg || rendered.data[i + 2] !== bb;
        const fg = [cr * ca + br * (1 - ca), cg * ca + bg * (1 - ca), cb * ca + bb * (1 - ca)];
        const ratio = contrastRatio(fg, [br, bg, bb]);
        if (drawn) {
          painted++;
          underGlyphs = Math.min(underGlyphs, ratio);
        }
        if (ratio < min) {
          min = ratio;
          worst = { x, y, background: hex([br, bg, bb]), text: hex(fg) };
        }
      }
    }
  }
  return { ratio: pixels ? min : null, underGlyphs: painted ? underGlyphs : null, worst, pixels, painted, threshold: thresholdOf(run), color: run.color };
}

/** Cuts a case's box (CSS px relative to the stage) out of a decoded screenshot. */
export function crop(png, box, dpr) {
  const x = Math.max(0, Math.floor(box.x * dpr));
  const y = Math.max(0, Math.floor(box.y * dpr));
  const width = Math.min(png.width - x, Math.ceil(box.width * dpr));
  const height = Math.min(png.height - y, Math.ceil(box.height * dpr));
  const out = new PNG({ width, height });
  PNG.bitblt(png, out, x, y, width, height, 0, 0);
  return PNG.sync.write(out);
}

/** Keeps a failing case's two images (as rendered; text hidden) for a person to look at. */
export function keepCase(name, rendered, background) {
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(join(OUT_DIR, `${name}.rendered.png`), rendered);
  writeFileSync(join(OUT_DIR, `${name}.background.png`), background);
}

export const fmt = (ratio) => (ratio === null ? 'n/a' : `${ratio.toFixed(2)}:1`);
