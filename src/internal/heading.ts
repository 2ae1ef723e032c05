import { html, type TemplateResult } from 'lit';

/** A real `<h1>`–`<h6>` for `level`: clamped to 1–6, and 2 when absent or not a number. */
export function heading(level: unknown, part: string, content: unknown, id?: string): TemplateResult {
  switch (headingLevel(level)) {
    case 1:
      return html`<h1 part=${part} class="heading" id=${id ?? ''}>${content}</h1>`;
    case 3:
      return html`<h3 part=${part} class="heading" id=${id ?? ''}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} class="heading" id=${id ?? ''}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} class="heading" id=${id ?? ''}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part} class="heading" id=${id ?? ''}>${content}</h6>`;
    default:
      return html`<h2 part=${part} class="heading" id=${id ?? ''}>${content}</h2>`;
  }
}

export function headingLevel(level: unknown): number {
  if (level === undefined || level === null || level === '') return 2;
  const n = Math.round(Number(level));
  return Number.isNaN(n) ? 2 : Math.min(6, Math.max(1, n));
}
