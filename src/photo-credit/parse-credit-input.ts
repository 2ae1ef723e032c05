import { isParsedArticle } from '../article/parse-article.js';
import { parseImage } from '../article/parse-image.js';
import type { ImageObject, ParseError, ParseOptions, ParseResult } from '../article/types.js';

/**
 * The photo credit takes an article (and shows its `image`) or an ImageObject on its own.
 * Anything with an `image` field, or a `headline`, is read as an article.
 */
export function parseCreditInput(input: unknown, options: ParseOptions): ParseResult<ImageObject> {
  try {
    return readCreditInput(input, options);
  } catch (error) {
    // Throwing getters and proxy traps: an error, never an exception, as the other parsers do.
    return { ok: false, errors: [{ path: '$', message: `could not be read (${String(error).slice(0, 200)})` }] };
  }
}

function readCreditInput(input: unknown, options: ParseOptions): ParseResult<ImageObject> {
  if (isParsedArticle(input)) {
    return input.image
      ? { ok: true, value: input.image, warnings: [] }
      : { ok: false, errors: [{ path: 'image', message: 'is required' }] };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input) || !('image' in input || 'headline' in input)) {
    return parseImage(input, options);
  }
  const image = (input as { image?: unknown }).image;
  if (image === undefined || image === null) return { ok: false, errors: [{ path: 'image', message: 'is required' }] };
  const list = Array.isArray(image) ? image : [image];
  const errors: ParseError[] = [];
  for (let i = 0; i < list.length; i++) {
    const at = Array.isArray(image) ? `image[${i}]` : 'image';
    const result = parseImage(list[i], options);
    const located = (e: ParseError) => ({ path: e.path === '$' ? at : `${at}.${e.path}`, message: e.message });
    if (result.ok) return { ok: true, value: result.value, warnings: [...errors, ...result.warnings.map(located)] };
    errors.push(...result.errors.map(located));
  }
  return { ok: false, errors: errors.length ? errors : [{ path: 'image', message: 'expected an image URL or an ImageObject' }] };
}
