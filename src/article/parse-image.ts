import { isParsedImage, markParsedImage, parseImageAt } from './parse-article.js';
import type { ImageObject, ParseError, ParseOptions, ParseResult } from './types.js';
import { defaultBaseUrl } from './url.js';

/** Parses an ImageObject (or an image URL) on its own, as `<news-photo-credit>` accepts. */
export function parseImage(input: unknown, options: ParseOptions = {}): ParseResult<ImageObject> {
  if (isParsedImage(input)) return { ok: true, value: input, warnings: [] };
  const warnings: ParseError[] = [];
  try {
    const image = parseImageAt(input, '', warnings, options.baseUrl ?? defaultBaseUrl());
    if (image) return { ok: true, value: markParsedImage(image), warnings };
  } catch (error) {
    warnings.push({ path: '$', message: `could not be read (${String(error)})` });
  }
  return { ok: false, errors: warnings.length ? warnings.map((w) => ({ ...w, path: w.path || '$' })) : [{ path: '$', message: 'expected an image URL or an ImageObject' }] };
}
