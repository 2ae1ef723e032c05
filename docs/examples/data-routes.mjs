// The publisher endpoints the example pages use, and the fixture files that answer them; and the
// server-rendered example page, which `npm run build` writes (server-rendered.mjs).
export const EXAMPLE_DATA = {
  '/docs/examples/server-rendered.html': '/build/examples/server-rendered.html',
  '/docs/examples/server-rendered-no-script.html': '/build/examples/server-rendered-no-script.html',
  '/articles/nato-summit.json': '/test/fixtures/seed-article.json',
  '/articles/seed-hero.png': '/test/fixtures/seed-hero.png',
  '/articles/trending.json': '/test/fixtures/trending-feed.json',
  '/articles/trending.rss': '/test/fixtures/trending-feed.rss',
};
