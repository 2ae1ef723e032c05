// `news-widgets/vue`: defines the four tags (as the package's main entry does) and types them for
// Vue's templates (Volar / vue-tsc read `GlobalComponents`). Vue compiles `@news-click` to the
// `onNewsClick` prop, and `:article` sets the element's property; both are typed here, from the
// manifest. Vue itself must be told the tags are custom elements (`isCustomElement`,
// docs/frameworks.md).
import type { DefineComponent } from 'vue';
import type { NewsWidgetsElements } from './elements.js';

export * from '../index.js';
export type * from './elements.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** The `on` + PascalCase props Vue compiles `@news-click` into: `onNewsClick`. */
export type VueEventProps<Events> = { [K in keyof Events & string as `on${Capitalize<Camel<K>>}`]?: (event: Events[K]) => void };

/** What a template accepts on a tag: the element's properties, attributes and events. */
export type VueProps<Tag extends keyof NewsWidgetsElements> = NewsWidgetsElements[Tag]['properties'] &
  NewsWidgetsElements[Tag]['attributes'] &
  VueEventProps<NewsWidgetsElements[Tag]['events']>;

/** Every tag as a component type, as Volar reads it. */
export type NewsWidgetsVueComponents = { [Tag in keyof NewsWidgetsElements]: DefineComponent<VueProps<Tag>> };

declare module 'vue' {
  interface GlobalComponents extends NewsWidgetsVueComponents {}
}
