import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

// Shared by every copy of the library on the page, so each clash is reported once, not once
// per copy and per module that defines the tag.
const warned: Set<string> = ((globalThis as Record<symbol, Set<string>>)[Symbol.for('news-widgets.define.warned')] ??= new Set());

/**
 * Registers a custom element once. Pages routinely include an embed script twice, or an npm build
 * and the CDN bundle meet; the second definition must not throw into the host page. When another
 * class already owns the tag, the first one stays and a warning names both versions.
 */
export function define(tag: string, ctor: Versioned): void {
  const registry = globalThis.customElements;
  if (!registry) return; // server-side rendering: nothing to register
  const existing = registry.get(tag) as Versioned | undefined;
  if (existing) {
    const clash = `${tag}@${ctor.version ?? VERSION}`;
    if (existing !== ctor && !warned.has(clash)) {
      warned.add(clash);
      console.warn(`news-widgets: <${tag}> is already defined by news-widgets ${existing.version ?? '?'}; this copy (${ctor.version ?? VERSION}) is not used.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // e.g. the same class already registered under another tag name by a developer.
    console.warn(`news-widgets: <${tag}> could not be defined (${String(error)}).`);
  }
}
