// `news-widgets/angular`: defines the four tags (as the package's main entry does). Angular's
// templates take the tags once a component lists `CUSTOM_ELEMENTS_SCHEMA` (from @angular/core);
// `[article]="…"` then sets the property and `(news-click)="…"` listens. The element classes
// (HTMLElementTagNameMap) and their events (HTMLElementEventMap) are typed globally by the main
// entry; these names type a handler's parameter or an element reference.
import type { NewsWidgetsElements } from './elements.js';

export * from '../index.js';
export type * from './elements.js';

/** The event a tag fires under `name`: `NewsEventOf<'news-article-card', 'news-click'>`. */
export type NewsEventOf<
  Tag extends keyof NewsWidgetsElements,
  Name extends keyof NewsWidgetsElements[Tag]['events'],
> = NewsWidgetsElements[Tag]['events'][Name];

/** The inputs a tag takes from a template (`[article]`, `[layout]`…). */
export type NewsInputsOf<Tag extends keyof NewsWidgetsElements> = NewsWidgetsElements[Tag]['properties'];
