import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

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
    if (existing !== ctor) {
      console.warn(
        `news-widgets: <${tag}> is already defined by news-widgets ${existing.version ?? '(unknown version)'}; ` +
          `this copy (${ctor.version ?? VERSION}) is not registered and the first one stays in use.`,
      );
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
