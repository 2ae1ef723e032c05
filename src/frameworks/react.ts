// `news-widgets/react`: defines the four tags (as the package's main entry does) and types them
// in React's JSX. React 19 sets a custom element's properties (`article={…}`) and listens to its
// events through `on` + the event's name (`onnews-click`); both are typed here, from the manifest.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsWidgetsElements } from './elements.js';

export * from '../index.js';
export type * from './elements.js';

/** The `on` + event name props React 19 listens with: `onnews-click={(event) => …}`. */
export type ReactEventProps<Events> = { [K in keyof Events & string as `on${K}`]?: (event: Events[K]) => void };

/** What JSX accepts on a tag: React's own props, the element's properties, attributes and events. */
export type ReactProps<Tag extends keyof NewsWidgetsElements> = DetailedHTMLProps<
  HTMLAttributes<NewsWidgetsElements[Tag]['element']>,
  NewsWidgetsElements[Tag]['element']
> &
  NewsWidgetsElements[Tag]['properties'] &
  NewsWidgetsElements[Tag]['attributes'] &
  ReactEventProps<NewsWidgetsElements[Tag]['events']>;

/** Every tag's JSX props. */
export type NewsWidgetsReactElements = { [Tag in keyof NewsWidgetsElements]: ReactProps<Tag> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements extends NewsWidgetsReactElements {}
  }
}
