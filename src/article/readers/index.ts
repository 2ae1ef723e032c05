// The readers chunk: what publishers' data needs beyond the canonical shape (see hooks.ts).
// Loading this module installs them for every parse that follows.
import { installReaders, type Readers } from '../hooks.js';
import { readLenientDate } from './date.js';
import { readFeedSource } from './feed.js';
import { findArticle, pageUrl, ref, typeLabels } from './graph.js';
import { htmlToText } from './html-text.js';
import { readFocalPoint } from './focal-point.js';
import { readSrcset } from './srcset.js';

export const readers: Readers = {
  article: findArticle,
  feed: readFeedSource,
  ref,
  pageUrl,
  date: readLenientDate,
  text: htmlToText,
  labels: typeLabels,
  srcset: readSrcset,
  focalPoint: readFocalPoint,
};

installReaders(readers);
