/** `rel` for a link: `noopener` when it leaves the page's origin, plus any extra tokens. */
export function relFor(href: string, ...extra: string[]): string {
  return [...extra, ...(leavesPage(href) ? ['noopener'] : [])].join(' ');
}

function leavesPage(href: string): boolean {
  if (typeof location === 'undefined') return true;
  // Parsed hrefs are absolute http(s) URLs: the origin is everything before the path.
  const origin = /^https?:\/\/[^/?#]*/i.exec(href)?.[0];
  return origin === undefined || origin.toLowerCase() !== location.origin.toLowerCase();
}
