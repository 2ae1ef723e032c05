// The floor's claim, checked: a floor variant (VARIANTS[key].floorOf) must render what the variant
// it is the floor of renders — the same composed tree (elements, attributes and text, in every
// shadow root; Lit's comment markers and whitespace-only text aside) and every element in the same
// box. The bench checks this before it times anything and refuses to report ratios against a
// floor that renders something else (`node bench/run.mjs --check-floor` runs the check alone).
import { writeBuild } from './build.mjs';
import { inPage, VARIANTS } from './pages.mjs';

/**
 * What the check renders: the same data both ways, dated from the same instant — a fixed one long
 * past (every time an absolute date) and the moment of the check (every time relative: the data's
 * times are whole minutes before it, so no text changes for a minute, and both renders happen
 * within seconds).
 */
const PAST = Date.parse('2024-07-11T12:00:00Z');
export const SCENARIOS = {
  cards: { kind: 'cards', n: 20, at: PAST, label: '20 cards, dates' },
  list: { kind: 'list', n: 100, at: PAST, label: '100-item list, dates' },
  cardsRelative: { kind: 'cards', n: 20, at: 'now', label: '20 cards, relative times' },
  listRelative: { kind: 'list', n: 100, at: 'now', label: '100-item list, relative times' },
};

/** Largest difference allowed in an element's box: text split into several nodes may shape a fraction of a pixel apart. */
export const TOLERANCE_PX = 0.5;

/** Every floor and what it must be equivalent to. */
export const FLOORS = Object.entries(VARIANTS)
  .filter(([, v]) => v.floorOf)
  .map(([key, v]) => ({ key, of: v.floorOf }));

/**
 * The library's stylesheets as its elements define them, written to bench/.build/floor-styles.json
 * for the floor to adopt (so the floor pays for exactly the same CSS, and follows it when it changes).
 */
export async function extractStyles(browser, origin) {
  const styles = await inPage(browser, `${origin}/bench/ours.html`, (page) =>
    page.evaluate(() =>
      Object.fromEntries(
        ['news-article-card', 'news-byline', 'news-photo-credit', 'news-trending-list'].map((tag) => [tag, customElements.get(tag).elementStyles.map((s) => s.cssText)]),
      ),
    ),
  );
  writeBuild('floor-styles.json', JSON.stringify(styles));
  return styles;
}

/** The composed trees a variant renders for each scenario (`now`: the instant 'now' stands for). */
async function render(browser, origin, key, now) {
  const scenarios = Object.fromEntries(Object.entries(SCENARIOS).map(([name, s]) => [name, { ...s, at: s.at === 'now' ? now : s.at }]));
  return inPage(browser, `${origin}/bench/${key}.html`, (page) =>
    page.evaluate(async (scenarios) => {
      const out = {};
      for (const [name, { kind, n, at }] of Object.entries(scenarios)) {
        await bench.renderOnly(kind, n, at);
        out[name] = bench.composed();
        await bench.clear();
      }
      return out;
    }, scenarios),
  );
}

/** The first token (element, shadow root, text) where two composed trees part, with its path. */
function firstTokenDiff(expected, actual) {
  let i = 0;
  while (i < expected.length && i < actual.length && expected[i][0] === actual[i][0] && expected[i][1] === actual[i][1]) i++;
  if (i === expected.length && i === actual.length) return undefined;
  const [path, token] = expected[i] ?? ['(end)', '(nothing more)'];
  const [actualPath, actualToken] = actual[i] ?? ['(end)', '(nothing more)'];
  return { token: i, path, expected: token, actualPath, actual: actualToken, after: i > 0 ? expected[i - 1][1] : undefined };
}

/** Boxes compared element by element: the first that differs (tag, or a side by more than TOLERANCE_PX). */
function compareBoxes(expected, actual) {
  let deviation = 0;
  let first;
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) {
    const [e, a] = [expected[i], actual[i]];
    let d = e[0] === a[0] ? 0 : Infinity;
    for (let j = 1; j < 5; j++) d = Math.max(d, Math.abs(e[j] - a[j]));
    deviation = Math.max(deviation, d);
    if (d > TOLERANCE_PX && !first) {
      first = { element: i, path: e[5], expected: e.slice(0, 5), actualPath: a[5], actual: a.slice(0, 5) };
    }
  }
  if (!first && expected.length !== actual.length) {
    const i = Math.min(expected.length, actual.length);
    first = { element: i, path: expected[i]?.[5] ?? '(end)', expected: expected[i]?.slice(0, 5) ?? '(no more elements)', actualPath: actual[i]?.[5] ?? '(end)', actual: actual[i]?.slice(0, 5) ?? '(no more elements)' };
  }
  const same = !first && expected.length === actual.length;
  return same
    ? { same, elements: expected.length, maxDeviationPx: deviation }
    : { same, elements: [expected.length, actual.length], maxDeviationPx: Number.isFinite(deviation) ? deviation : null, first };
}

/** One scenario, `expected` (the library) against `actual` (its floor). */
export function compare(expected, actual) {
  const boxes = compareBoxes(expected.layout, actual.layout);
  const withoutWhitespace = expected.text === actual.text;
  return {
    equivalent: withoutWhitespace && boxes.same,
    strict: expected.strict === actual.strict,
    withoutWhitespace,
    layout: boxes.same,
    boxes,
    characters: expected.text.length,
    diff: withoutWhitespace ? undefined : firstTokenDiff(expected.tokens, actual.tokens),
  };
}

/**
 * Renders every scenario with every floor and the variant it is the floor of; returns
 * `{ [floor]: { of, [scenario]: comparison } }` and whether all of them are equivalent.
 */
export async function checkFloors(browser, origin) {
  await extractStyles(browser, origin);
  const trees = {};
  const now = Date.now();
  for (const key of new Set(FLOORS.flatMap((f) => [f.of, f.key]))) trees[key] = await render(browser, origin, key, now);
  const floors = {};
  for (const { key, of } of FLOORS) {
    floors[key] = { of };
    for (const scenario of Object.keys(SCENARIOS)) floors[key][scenario] = compare(trees[of][scenario], trees[key][scenario]);
  }
  const ok = Object.values(floors).every((f) => Object.keys(SCENARIOS).every((s) => f[s].equivalent));
  return { floors, ok };
}

/** What differs, for a contributor to fix the floor: one block per scenario that is not equivalent. */
export function describe({ floors }) {
  const lines = [];
  const box = (b) => (Array.isArray(b) ? `${b[0]} x ${b[1]} y ${b[2]} w ${b[3]} h ${b[4]}` : b);
  for (const [key, f] of Object.entries(floors)) {
    const ours = VARIANTS[f.of].label;
    for (const scenario of Object.keys(SCENARIOS)) {
      const e = f[scenario];
      const what = `${key} (${VARIANTS[key].module}) vs ${ours}, ${SCENARIOS[scenario].label}`;
      if (e.equivalent) {
        lines.push(`  ok          ${what}: same elements, attributes and text; ${e.boxes.elements} boxes within ${TOLERANCE_PX} px (largest difference ${e.boxes.maxDeviationPx.toFixed(2)} px)`);
        continue;
      }
      lines.push(`  DIFFERENT   ${what}:`);
      if (e.diff) {
        lines.push(`    elements, attributes or text: first difference at token ${e.diff.token}${e.diff.after ? `, after ${e.diff.after}` : ''}`);
        lines.push(`      at       ${e.diff.path}`);
        lines.push(`      expected ${e.diff.expected}   (${ours})`);
        if (e.diff.actualPath !== e.diff.path) lines.push(`      floor at ${e.diff.actualPath}`);
        lines.push(`      actual   ${e.diff.actual}   (${key})`);
      } else {
        lines.push('    elements, attributes and text: the same');
      }
      if (!e.boxes.same) {
        const b = e.boxes;
        lines.push(`    layout: ${Array.isArray(b.elements) ? `${b.elements[0]} elements expected, ${b.elements[1]} in the floor; ` : ''}first box that differs (element ${b.first.element}):`);
        lines.push(`      at       ${b.first.path}`);
        lines.push(`      expected ${box(b.first.expected)}   (${ours})`);
        if (b.first.actualPath !== b.first.path) lines.push(`      floor at ${b.first.actualPath}`);
        lines.push(`      actual   ${box(b.first.actual)}   (${key})`);
      } else {
        lines.push(`    layout: the same (${e.boxes.elements} boxes)`);
      }
    }
  }
  return lines.join('\n');
}
