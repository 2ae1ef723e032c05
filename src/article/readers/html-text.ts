// Publishers' text fields often carry HTML: references (`retailers&#8217; battle`, `&amp;`) and
// tags (`<p>…</p>`), sometimes escaped twice. Readers must see what a browser would show, as
// plain text: references are decoded by the HTML standard's rules and tags are removed. Nothing
// here builds markup; the result is only ever rendered as text.
import { want, type Want } from '../hooks.js';
import { COMMON, LEGACY } from './entities-common.js';

/** A table as scripts/entities.mjs packs it (`name:delta[.second]`, by code point) → name → text. */
export function unpack(packed: string): Map<string, string> {
  const table = new Map<string, string>();
  let point = 0;
  for (const entry of packed.split(' ')) {
    const [name, step, second] = entry.split(/[:.]/);
    point += parseInt(step!, 36);
    table.set(name!, String.fromCodePoint(point) + (second ? String.fromCodePoint(parseInt(second, 36)) : ''));
  }
  return table;
}

const common = unpack(COMMON);
let rest: Map<string, string> | undefined;

/** Adds the HTML5 names beyond the common ones (entities.ts, loaded on demand). */
export function installEntities(packed: string): void {
  rest = unpack(packed);
}

// The HTML standard's replacements for numeric references to C1 controls (Windows-1252).
const C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

// A reference: numeric (decimal or hex) or a run of name characters, each with an optional `;`.
const REFERENCE = /&(?:#(?:[xX]([\da-fA-F]+)|(\d+));?|([A-Za-z][A-Za-z\d]{0,31})(;?))/g;

// Elements whose content is not text to read, and tags that separate words when removed.
const HIDDEN = /<(script|style|template|noscript|svg|math)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const BREAK = /<\/?(?:p|br|div|li|ul|ol|h[1-6]|blockquote|figure|figcaption|section|article|header|footer|tr|td|th|table|hr|dd|dt|dl|pre|aside|nav|main|address)\b[^>]*>/gi;
const TAG = /<\/?[a-z][^>]*>|<!--[\s\S]*?-->|<![^>]*>|<\?[^>]*>/gi;

// Anything left to decode or remove after a round (text escaped twice: `&amp;#8217;`, `&lt;p&gt;`).
const MORE = /&(?:#\d+|#[xX][\da-fA-F]+|[A-Za-z][A-Za-z\d]*);|<\/?[a-z][^>]*>/i;

/** Plain text from a field that may hold HTML: references decoded, tags removed. */
export function htmlToText(value: string): string {
  // Longer text is cut when it is shown anyway; decoding it all would only cost time.
  let text = value.length > 65_536 ? value.slice(0, 65_536) : value;
  // A few rounds undo double escaping; more would be an attack or a mistake, not an article.
  for (let round = 0; round < 3; round++) {
    text = decodeReferences(text).replace(HIDDEN, '').replace(BREAK, ' ').replace(TAG, '');
    if (!MORE.test(text)) break;
  }
  return text;
}

/** Decodes character references as the HTML standard does in text (longest known name wins). */
export function decodeReferences(text: string): string {
  return text.includes('&') ? text.replace(REFERENCE, decodeOne) : text;
}

function decodeOne(match: string, hex: string | undefined, decimal: string | undefined, name: string | undefined, semicolon: string): string {
  if (name === undefined) return String.fromCodePoint(codePoint(hex ? parseInt(hex, 16) : Number(decimal)));
  if (semicolon) {
    const named = lookUp(name);
    if (named !== undefined) return named;
  }
  // Without a known `name;`, the longest legacy name at the start is decoded ("&copy2024",
  // "&notit;" → "¬it;"); otherwise the text stays as written ("AT&T").
  for (let end = name.length; end > 1; end--) {
    const prefix = name.slice(0, end);
    if (LEGACY.has(prefix)) return common.get(prefix)! + match.slice(end + 1);
  }
  return match;
}

/** The text a named reference (without `&` and `;`) stands for; undefined when it is not one. */
export function lookUp(name: string): string | undefined {
  const known = common.get(name) ?? rest?.get(name);
  if (known !== undefined || rest) return known;
  // A name the common table lacks may be in the rest: the element loads it and reads again.
  want(ENTITIES);
  return undefined;
}

const ENTITIES: Want = 'entities';

/** The standard's mapping of numeric references: no NUL, surrogates or out-of-range points; C1 as Windows-1252. */
function codePoint(n: number): number {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) || Number.isNaN(n)) return 0xfffd;
  if (n >= 0x80 && n <= 0x9f) return C1.charCodeAt(n - 0x80);
  return n;
}
