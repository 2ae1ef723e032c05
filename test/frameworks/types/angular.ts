// What an Angular app with CUSTOM_ELEMENTS_SCHEMA types: element references and event handlers.
// Type-checked against the packed package by test/embedding/frameworks.test.mjs.
import type { NewsEventOf, NewsInputsOf } from 'news-widgets/angular';

export function onRead(event: NewsEventOf<'news-trending-list', 'news-click'>): string {
  return `${event.detail.position}: ${event.detail.article.headline}`;
}

export const card: HTMLElementTagNameMap['news-article-card'] = document.createElement('news-article-card');
card.layout = 'compact';
card.addEventListener('news-click', (event) => onRead(event));
export const inputs: NewsInputsOf<'news-article-card'> = { layout: 'overlay', headlineLevel: 3 };

// @ts-expect-error a layout the card does not have
card.layout = 'diagonal';
// @ts-expect-error the byline fires no news-click
export type BylineClick = NewsEventOf<'news-byline', 'news-click'>;
// @ts-expect-error headlineLevel is a number
export const level: NewsInputsOf<'news-article-card'> = { headlineLevel: 'three' };
