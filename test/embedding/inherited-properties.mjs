// Which CSS properties an engine passes down by inheritance, and a value for each that differs
// from what the widgets would otherwise get. Nothing here is a hand-picked list: the candidate
// properties are every longhand the engine computes plus every property MDN's spec data (mdn-data)
// marks as inherited, and the engine itself decides which of them inherit and which values it
// accepts. Runs in the page (it is passed to page.evaluate as a function).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PROPERTIES = require('mdn-data/css/properties.json');
const SYNTAXES = require('mdn-data/css/syntaxes.json');

/** A sample for each value type a syntax names, chosen so a leak would show (large, coloured, odd). */
const SAMPLES = {
  length: ['7px', '0.6em'],
  'length-percentage': ['7px'],
  number: ['0.7', '3'],
  integer: ['3'],
  percentage: ['150%'],
  color: ['rgb(200, 0, 150)'],
  string: ['"»"', '"»" "«"'],
  angle: ['30deg'],
  time: ['3s'],
  'custom-ident': ['x-leak'],
  'family-name': ['monospace'],
  shadow: ['2px 2px 0 rgb(0, 200, 0)'],
  'feature-tag-value': ['"smcp"'],
};
/** Values some syntaxes need in combination (two lengths, a tag and a number, …). */
const COMBINATIONS = ['7px 3px', '"wght" 700', '"smcp"', 'filled dot', 'stroke', 'under right', 'over right', '2px 2px 0 rgb(0, 200, 0)', 'pre-wrap', 'break-spaces'];

/** Words a syntax allows, following its named sub-syntaxes a few levels down. */
function keywords(syntax, depth = 0) {
  if (!syntax || depth > 3) return [];
  const words = syntax
    .replace(/<[^>]+>/g, ' ')
    .replace(/[a-z-]+\(/g, ' ')
    .match(/[a-z][a-z0-9-]*/g) ?? [];
  const types = [...syntax.matchAll(/<'?([a-z-]+)'?(?:\s*\[[^\]]*\])?>/g)].map((m) => m[1]);
  // A type with a sample of its own is not expanded further (a family name is best a real font).
  const samples = types.flatMap((type) => SAMPLES[type] ?? []);
  const nested = types
    .filter((type) => !SAMPLES[type])
    .flatMap((type) => keywords(SYNTAXES[type]?.syntax ?? PROPERTIES[type]?.syntax ?? '', depth + 1));
  return [...words, ...samples, ...nested];
}

/** Candidate values per property name, for every property mdn-data knows (inherited or not). */
export function candidateValues() {
  const out = {};
  for (const [name, def] of Object.entries(PROPERTIES)) {
    if (name.startsWith('--')) continue;
    out[name] = [...new Set([...keywords(def.syntax), ...Object.values(SAMPLES).flat(), ...COMBINATIONS])];
  }
  return out;
}

/** Names of the properties mdn-data marks as inherited (the spec's side of the list). */
export const SPEC_INHERITED = Object.entries(PROPERTIES)
  .filter(([name, def]) => def.inherited === true && !name.startsWith('--'))
  .map(([name]) => name);

/**
 * In the page: for every longhand the engine computes (plus the spec's inherited ones it knows),
 * finds a value the engine accepts that computes differently from the initial one, and keeps the
 * property when a child computes the parent's value (it is inherited). Returns [{name, value}].
 * Shorthands are left to their longhands; properties that only apply to SVG or to printing are
 * kept too: a leak is a leak.
 */
export function deriveInherited({ candidates, specInherited }) {
  const parent = document.createElement('div');
  const child = document.createElement('span');
  parent.append(child);
  document.body.append(parent);
  const baseline = getComputedStyle(child);
  const longhands = new Set([...getComputedStyle(document.documentElement)]);
  for (const name of specInherited) if (CSS.supports(name, 'inherit') && getComputedStyle(child).getPropertyValue(name) !== '') longhands.add(name);
  const generic = [...new Set(Object.values(candidates).flat())];
  const found = [];
  for (const name of [...longhands].sort()) {
    if (name.startsWith('--')) continue;
    const before = baseline.getPropertyValue(name);
    const values = [...new Set([...(candidates[name] ?? []), ...generic])];
    for (const value of values) {
      if (!CSS.supports(name, value)) continue;
      parent.style.setProperty(name, value);
      const mine = getComputedStyle(parent).getPropertyValue(name);
      const theirs = getComputedStyle(child).getPropertyValue(name);
      parent.style.removeProperty(name);
      if (mine === getComputedStyle(parent).getPropertyValue(name)) continue; // no effect: try another value
      if (theirs !== before && theirs === mine) found.push({ name, value });
      break; // the first value that takes effect decides: inherited or not
    }
  }
  parent.remove();
  return found;
}
