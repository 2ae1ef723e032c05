/** `rel` for a link: `noopener` when it leaves the page's origin, plus any extra tokens. */
export function relFor(href: string, ...extra: string[]): string {
  const rel = [...extra];
  try {
    if (typeof location === 'undefined' || new URL(href).origin !== location.origin) rel.push('noopener');
  } catch {
    rel.push('noopener');
  }
  return rel.join(' ');
}
