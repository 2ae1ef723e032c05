// `news-widgets/svelte`: defines the four tags (as the package's main entry does) and types them
// for Svelte 5's templates (`SvelteHTMLElements`). Svelte 5 sets a custom element's properties
// (`{article}`) and listens to its events through `on` + the event's name (`onnews-click`); both
// are typed here, from the manifest.
import type { HTMLAttributes } from 'svelte/elements';
import type { NewsWidgetsElements } from './elements.js';

export * from '../index.js';
export type * from './elements.js';

/** The `on` + event name attributes Svelte 5 listens with: `onnews-click={(event) => …}`. */
export type SvelteEventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

/** What a template accepts on a tag: HTML's attributes, the element's properties, attributes and events. */
export type SvelteProps<Tag extends keyof NewsWidgetsElements> = HTMLAttributes<NewsWidgetsElements[Tag]['element']> &
  NewsWidgetsElements[Tag]['properties'] &
  NewsWidgetsElements[Tag]['attributes'] &
  SvelteEventProps<NewsWidgetsElements[Tag]['events']>;

/** Every tag's template attributes. */
export type NewsWidgetsSvelteElements = { [Tag in keyof NewsWidgetsElements]: SvelteProps<Tag> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends NewsWidgetsSvelteElements {}
}
