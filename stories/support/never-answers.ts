/**
 * Storybook has no server that can stall, so the "loading" stories point `src` at a path ending
 * in `/never-answers.json`, which this wrapper answers with a request that never settles (it only
 * rejects when the element aborts it, as a real stalled request would).
 */
export const NEVER_ANSWERS = '/never-answers.json';

export function installNeverAnsweringFetch(): void {
  const original = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(NEVER_ANSWERS)) return original(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  };
}
