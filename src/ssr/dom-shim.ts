// First import of news-widgets/ssr: Lit's server DOM shim (customElements, HTMLElement, …) must be
// on globalThis before the elements' modules define their tags (index.ts imports them after it).
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
