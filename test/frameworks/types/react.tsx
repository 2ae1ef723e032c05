// Typed JSX for the tags: what React 19 apps may write compiles, what they must not write does not
// (each `@ts-expect-error` fails the type test if its line compiles). Type-checked against the
// packed package by test/embedding/frameworks.test.mjs.
import 'news-widgets/react';
import type { Article, NewsWidgetsElements } from 'news-widgets/react';

declare const article: Article;

export const good = (
  <>
    <news-article-card
      article={article}
      layout="overlay"
      headline-level={3}
      headlineLevel={2}
      lead-in="By"
      time-zone="Europe/Oslo"
      date-format="MMM.dd - yyyy"
      relative="always"
      theme="dark"
      loading="eager"
      sizes="50vw"
      className="teaser"
      id="lead"
      onClick={(event) => event.currentTarget.layout}
      onnews-click={(event) => event.detail.position.toFixed()}
      onnews-load={(event) => event.detail.warnings.length}
      onnews-error={(event) => event.detail.errors.map((error) => error.path)}
      onnews-impression={(event) => event.detail.article.headline}
    />
    <news-article-card src="/articles/a.json" headline-level="3" />
    <news-byline article={article} lead-in="Written by" />
    <news-trending-list feed={[article]} max={5} refresh={60} heading="Trending Now" thumbnails onnews-click={(event) => event.detail.position} />
    <news-trending-list src="/feed.xml" max={5} />
    <news-photo-credit image={article.image} variant="overlay" hide-caption lang="da" dir="rtl" />
  </>
);

export const layouts: NewsWidgetsElements['news-article-card']['properties']['layout'][] = ['stacked', 'horizontal', 'overlay', 'compact'];

// @ts-expect-error a layout the card does not have
export const diagonal = <news-article-card layout="diagonal" />;
// @ts-expect-error headline-level is a number
export const level = <news-article-card headline-level={true} />;
// @ts-expect-error the theme is light, dark or auto
export const sepia = <news-byline theme="sepia" />;
// @ts-expect-error a trending list takes a feed, not an article
export const listArticle = <news-trending-list article={article} />;
// @ts-expect-error news-click's detail is the article and its position
export const clickValue = <news-article-card onnews-click={(event) => event.detail.value} />;
// (TypeScript lets any JSX attribute with a dash through, as it does data-*: an event a tag does
// not fire, `onnews-click` on a byline, is not an error. Those a tag fires are typed.)
// @ts-expect-error max is a property: React sets it, and it takes a number
export const maxText = <news-trending-list max="5" />;
// @ts-expect-error the credit's variant is below or overlay
export const above = <news-photo-credit variant="above" />;
// @ts-expect-error state is read-only: the element sets it
export const state = <news-article-card state="ready" />;
// @ts-expect-error not a tag of the package
export const unknown = <news-article-teaser />;
