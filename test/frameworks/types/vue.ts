// The components as Volar (vue-tsc) sees them in templates: GlobalComponents. What a template may
// write compiles, what it must not does not. Type-checked against the packed package by
// test/embedding/frameworks.test.mjs.
import 'news-widgets/vue';
import type { GlobalComponents } from 'vue';
import type { Article } from 'news-widgets/vue';

type PropsOf<T> = T extends new (...args: never[]) => { $props: infer P } ? P : never;
type Card = PropsOf<GlobalComponents['news-article-card']>;
type List = PropsOf<GlobalComponents['news-trending-list']>;

declare const article: Article;

export const card: Card = {
  article,
  layout: 'compact',
  'lead-in': 'By',
  'headline-level': 3,
  onNewsClick: (event) => event.detail.position,
  onNewsLoad: (event) => event.detail.source,
};
export const list: List = { feed: [article], max: 3, thumbnails: true, onNewsImpression: (event) => event.detail.article.url };

// @ts-expect-error a layout the card does not have
export const diagonal: Card = { layout: 'diagonal' };
// @ts-expect-error news-click's detail has no value
export const clickValue: Card = { onNewsClick: (event) => event.detail.value };
// @ts-expect-error max is a number
export const max: List = { max: [3] };
