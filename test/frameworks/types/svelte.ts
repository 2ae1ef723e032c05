// The components as svelte-check sees them in templates: SvelteHTMLElements. What a template may
// write compiles, what it must not does not. Type-checked against the packed package by
// test/embedding/frameworks.test.mjs.
import 'news-widgets/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';
import type { Article } from 'news-widgets/svelte';

type Card = SvelteHTMLElements['news-article-card'];
type Credit = SvelteHTMLElements['news-photo-credit'];

declare const article: Article;

export const card: Card = {
  article,
  layout: 'horizontal',
  'time-zone': 'Europe/Copenhagen',
  class: 'teaser',
  'onnews-click': (event) => event.detail.position,
  'onnews-error': (event) => event.detail.errors[0]?.message,
};
export const credit: Credit = { image: article.image, variant: 'below', 'hide-caption': true };

// @ts-expect-error a layout the card does not have
export const diagonal: Card = { layout: 'diagonal' };
// @ts-expect-error the credit's variant is below or overlay
export const above: Credit = { variant: 'above' };
// @ts-expect-error news-load's detail has no position
export const loadPosition: Card = { 'onnews-load': (event) => event.detail.position };
