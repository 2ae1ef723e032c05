// The classic-script entry (dist/cdn/news-widgets.iife.js): the script-tag entry, plus
// defineWords on `NewsWidgets`, since a classic script has no module beside it to import it from.
export * from './cdn.js';
export { defineWords } from './internal/define-words.js';
