// A server framework's path, the plainest one: a Node HTTP handler that answers each article's
// page with the card already rendered by news-widgets/ssr (docs/frameworks.md quotes it). The
// page paints the card before any script; the package's script, when it loads, takes it over in
// place. Any Node framework's route (Express, Fastify, Next.js or Astro on Node) does the same
// with its own request and response objects.
// docs:start server
import { renderWidget } from 'news-widgets/ssr';

/**
 * `loadArticle(path)` gives the article's data (any shape the parsers read) and the URL it came
 * from, or nothing for a page that does not exist; `script` is where the page loads the package
 * from (an app's bundle, or the CDN file).
 */
export function articlePage({ loadArticle, script }) {
  return async (request, response) => {
    const found = await loadArticle(new URL(request.url, 'http://localhost').pathname);
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const card = await renderWidget('article-card', found.data, {
      baseUrl: found.url,
      attributes: { 'lead-in': 'Written by', 'time-zone': 'Europe/Copenhagen', lang: 'en' },
      // What readers see if the data cannot be used; the reasons are in card.errors.
      fallback: '<p>This article is not available.</p>',
    });
    if (!card.ok) console.warn(`news-widgets: ${found.url}:`, card.errors.map((e) => `${e.path}: ${e.message}`).join('; '));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <main>${card.html}</main>
  </body>
</html>`);
  };
}
// docs:end server
