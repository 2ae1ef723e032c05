// The publisher endpoints the example pages use, and the fixture files that answer them.
export const EXAMPLE_DATA = {
  '/articles/nato-summit.json': '/test/fixtures/seed-article.json',
  '/articles/seed-hero.png': '/test/fixtures/seed-hero.png',
  '/articles/trending.json': '/test/fixtures/trending-feed.json',
  '/articles/trending.rss': '/test/fixtures/trending-feed.rss',
};
