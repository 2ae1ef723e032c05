/**
 * Fetches an element's data: a JSON document, or an RSS or Atom feed as text. No cookies,
 * bounded in time and size, abortable.
 */

import { clock } from '../time/clock.js';

export const FETCH_TIMEOUT_MS = 10_000;
export const MAX_RESPONSE_BYTES = 1_048_576;

export interface FetchedJson {
  /** Parsed JSON, the text of an XML feed, or undefined when the body is unchanged since `previousText`. */
  json?: unknown;
  text: string;
  /** The final URL after redirects: the base for relative URLs inside the document. */
  url: string;
  /** `Cache-Control: max-age` in seconds, when the server sent one. */
  maxAge?: number;
}

export class FetchError extends Error {}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json|^text\/json/i;
// RSS and Atom as servers label them (for the trending list; other elements refuse the text).
const XML_TYPE = /^(?:application\/(?:rss\+|atom\+|rdf\+)?xml|text\/xml)\b/i;

export async function fetchJson(
  src: string,
  signal: AbortSignal,
  options: { revalidate?: boolean; previousText?: string; timeoutMs?: number } = {},
): Promise<FetchedJson> {
  const timeout = new AbortController();
  const timer = clock.set(() => timeout.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
  const abort = () => timeout.abort();
  signal.addEventListener('abort', abort);
  try {
    let response: Response;
    try {
      response = await fetch(src, {
        credentials: 'omit',
        signal: timeout.signal,
        // `no-cache` makes the browser revalidate with its stored ETag / Last-Modified, so an
        // unchanged feed costs the server a 304, without custom headers that would force a
        // CORS preflight on every refresh.
        cache: options.revalidate ? 'no-cache' : 'default',
        // At most 128 characters, so Accept stays a CORS-safelisted header (no preflight).
        headers: { Accept: 'application/json, application/feed+json, application/ld+json, application/rss+xml, application/atom+xml, */*;q=0.5' },
      });
    } catch {
      throw new FetchError(
        timeout.signal.aborted && !signal.aborted
          ? `no answer within ${(options.timeoutMs ?? FETCH_TIMEOUT_MS) / 1000} s`
          : 'could not be fetched (network error, blocked by CORS, or a redirect loop)',
      );
    }
    if (!response.ok) throw new FetchError(`answered HTTP ${response.status}`);
    const type = response.headers.get('content-type')?.trim();
    const xml = !!type && XML_TYPE.test(type);
    if (type && !xml && !JSON_TYPE.test(type)) throw new FetchError(`answered ${type.split(';')[0]}, not JSON, RSS or Atom`);
    const text = await readCapped(response, timeout.signal, options.timeoutMs ?? FETCH_TIMEOUT_MS);
    const result: FetchedJson = { text, url: response.url || src };
    const maxAge = /(?:^|,)\s*max-age\s*=\s*(\d+)/i.exec(response.headers.get('cache-control') ?? '');
    if (maxAge) result.maxAge = +maxAge[1]!;
    if (text === options.previousText) return result;
    if (!text.trim()) throw new FetchError('answered with an empty body');
    if (xml) {
      result.json = text;
      return result;
    }
    try {
      result.json = JSON.parse(text);
    } catch (error) {
      throw new FetchError(`is not valid JSON (${(error as Error).message})`);
    }
    return result;
  } finally {
    clock.clear(timer);
    signal.removeEventListener('abort', abort);
  }
}

async function readCapped(response: Response, signal: AbortSignal, timeoutMs: number): Promise<string> {
  const declared = +response.headers.get('content-length')!;
  if (declared > MAX_RESPONSE_BYTES) throw new FetchError(`is larger than ${MAX_RESPONSE_BYTES} bytes`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_RESPONSE_BYTES) throw new FetchError(`is larger than ${MAX_RESPONSE_BYTES} bytes`);
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(signal.aborted ? `no complete answer within ${timeoutMs / 1000} s` : 'the response was cut off');
  } finally {
    reader.cancel().catch(() => {});
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
