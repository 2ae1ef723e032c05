// Renders the publisher page's widgets with news-widgets/ssr (dist/ssr), in a process of its own
// (its DOM shim stays out of the bench): reads [{widget, data, attributes, fallback, baseUrl}] as
// JSON on stdin, writes the fragments' HTML as a JSON array on stdout; fails on unusable data.
import { readFileSync } from 'node:fs';

const { renderWidget } = await import(new URL('../../dist/ssr/index.js', import.meta.url).href);
const requests = JSON.parse(readFileSync(0, 'utf8'));
const fragments = [];
for (const { widget, data, attributes, fallback, baseUrl } of requests) {
  const result = await renderWidget(widget, data, { attributes, fallback, baseUrl });
  if (!result.ok) throw new Error(`${widget}: ${JSON.stringify(result.errors)}`);
  fragments.push(result.html);
}
process.stdout.write(JSON.stringify(fragments));
