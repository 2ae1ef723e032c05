// An ImageObject's responsive candidates (`srcset: [{url, width}]`), checked for what a srcset
// attribute needs: http(s) URLs without commas or spaces, and widths.
import { isObject, join, readNumber } from '../json-ld.js';
import { MAX_LIST } from '../limits.js';
import type { ImageSource, ParseError } from '../types.js';
import { readUrl } from '../url.js';

export function readSrcset(value: unknown, path: string, warnings: ParseError[], baseUrl?: string): ImageSource[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    warnings.push({ path, message: 'expected an array of {url, width}' });
    return [];
  }
  const out: ImageSource[] = [];
  value.slice(0, MAX_LIST).forEach((item, i) => {
    const at = `${path}[${i}]`;
    if (!isObject(item)) {
      warnings.push({ path: at, message: 'expected {url, width}' });
      return;
    }
    const url = readUrl(item['url'], join(at, 'url'), warnings, baseUrl);
    if (item['url'] == null) warnings.push({ path: join(at, 'url'), message: 'is required' });
    const width = readNumber(item['width']);
    if (width === undefined) warnings.push({ path: join(at, 'width'), message: 'expected a positive number' });
    // A comma or space inside a srcset URL would split the candidate list; such URLs are refused.
    if (url && /[\s,]/.test(url)) warnings.push({ path: join(at, 'url'), message: 'must not contain commas or spaces' });
    else if (url && width) out.push({ url, width: Math.max(1, Math.round(width)) });
  });
  return out;
}
