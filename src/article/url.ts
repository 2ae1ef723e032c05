import { boundedCache } from '../util/memo.js';
import { MAX_LENGTH } from './limits.js';
import type { ParseError } from './types.js';

/**
 * Resolves a URL and keeps it only if it is http(s). Everything else (javascript:, data:,
 * vbscript:, blob:, file:, …) is refused however it is disguised: the WHATWG URL parser strips
 * the whitespace and control characters that tricks rely on before we read the protocol.
 */
export function safeUrl(value: unknown, baseUrl?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = value.trim();
  if (!raw || raw.length > MAX_LENGTH.url) return undefined;
  // The URL parser is the costliest step of reading an article, and feeds repeat the same
  // publisher, author and (on every refresh) article addresses: each is resolved once.
  // Its own cache: a feed's addresses would crowd the Intl formatters out of the shared one.
  return resolved(`${baseUrl ?? ''} ${raw}`, () => resolve(raw, baseUrl));
}

const resolved = boundedCache(1000);

function resolve(raw: string, baseUrl: string | undefined): string | undefined {
  let url: URL;
  try {
    url = baseUrl ? new URL(raw, baseUrl) : new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.username || url.password) return undefined;
  // Resolving percent-encodes non-ASCII text, so the cap is checked again on the result.
  return url.href.length <= MAX_LENGTH.url ? url.href : undefined;
}

/** Reads a URL field, recording why it was refused. */
export function readUrl(
  value: unknown,
  path: string,
  errors: ParseError[],
  baseUrl?: string,
): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' || !value.trim()) {
    errors.push({ path, message: 'expected a URL string' });
    return undefined;
  }
  const url = safeUrl(value, baseUrl);
  if (!url) errors.push({ path, message: 'expected an absolute http(s) URL (or one relative to the page)' });
  return url;
}

/** The base for relative URLs when none is given: the document's, where there is one. */
export function defaultBaseUrl(): string | undefined {
  return typeof document !== 'undefined' ? document.baseURI : undefined;
}
