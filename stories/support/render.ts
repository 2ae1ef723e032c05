import { html, render } from 'lit';

/**
 * Renders `tag` from story args: names with a dash (`time-zone`) become attributes, others
 * (`article`, `layout`, `timeZone`) are set as properties; empty values are left out.
 * `inline` puts the data in a child `<script type="application/json">` instead; `fallback` adds
 * light-DOM fallback content.
 */
export function renderElement(tag: string, args: Record<string, unknown>, options: { inline?: unknown; fallback?: string } = {}): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(args)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (name.includes('-')) el.setAttribute(name, value === true ? '' : String(value));
    else (el as unknown as Record<string, unknown>)[name] = value;
  }
  if (options.fallback) {
    const holder = document.createElement('template');
    holder.innerHTML = options.fallback;
    el.append(holder.content);
  }
  if (options.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = typeof options.inline === 'string' ? options.inline : JSON.stringify(options.inline);
    el.append(script);
  }
  return el;
}

/** A box of a given width, so layouts are judged at realistic sizes. */
export function frame(width: number, content: unknown): HTMLElement {
  const box = document.createElement('div');
  box.style.maxWidth = `${width}px`;
  render(html`${content}`, box);
  return box;
}
