// The parser's on-demand chunks (see hooks.ts): elements load what a parse says it wants, then
// parse again. Each module installs itself into the parser when it arrives.
import { onDemand, type OnDemand } from '../util/on-demand.js';
import type { Want } from './hooks.js';

export const parserFeatures: Record<Want, OnDemand<unknown>> = {
  readers: onDemand(() => import('./readers/index.js')),
  xml: onDemand(() => import('./readers/xml-feed.js')),
  entities: onDemand(() => import('./readers/entities.js')),
};

/** Loads every parser chunk, for pages that call `parseArticle` / `parseFeed` from the script-tag module. */
export function loadReaders(): Promise<void> {
  return Promise.all(Object.values(parserFeatures).map((feature) => feature.load())).then(() => {});
}
