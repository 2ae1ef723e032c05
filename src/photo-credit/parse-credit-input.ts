import { begin, readers } from '../article/hooks.js';
import { isObject } from '../article/json-ld.js';
import { isParsedArticle, markParsedImage, readImageList } from '../article/parse-article.js';
import { parseImage } from '../article/parse-image.js';
import type { ImageObject, ParseError, ParseOptions, ParseResult } from '../article/types.js';
import { defaultBaseUrl } from '../article/url.js';

/**
 * The photo credit takes an article (and shows its `image`) or an ImageObject on its own.
 * Anything with an `image` field, or a `headline`, is read as an article; so is a JSON-LD
 * document (a `@graph`, an array of nodes, a page around the article), whose article is found first.
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
  begin(input, options);
  let node = input;
  let path = '';
  const fields = (value: object): boolean => 'image' in value || 'headline' in value || 'thumbnailUrl' in value;
  // A JSON-LD document other than an ImageObject: its article is found first.
  if (Array.isArray(input) || (isObject(input) && !fields(input) && (input['@graph'] ?? input['@type']) != null && (input['url'] ?? input['contentUrl']) == null)) {
    const found = readers()?.article(input, '') ?? { error: { path: '$', message: 'no NewsArticle (or other Article type) found' } };
    if ('error' in found) return { ok: false, errors: [found.error] };
    ({ node, path } = found);
  }
  if (!isObject(node) || !fields(node)) return parseImage(input, options);
  const at = path ? `${path}.` : '';
  const key = node['image'] == null && node['thumbnailUrl'] != null ? 'thumbnailUrl' : 'image';
  if (node[key] == null) return { ok: false, errors: [{ path: `${at}image`, message: 'is required' }] };
  const warnings: ParseError[] = [];
  const image = readImageList(node[key], `${at}${key}`, warnings, options.baseUrl ?? defaultBaseUrl());
  if (image) return { ok: true, value: markParsedImage(image), warnings };
  return { ok: false, errors: warnings.length ? warnings : [{ path: `${at}${key}`, message: 'expected an image URL or an ImageObject' }] };
}
