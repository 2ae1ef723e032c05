// `npm start`'s publisher page server: plain HTML pages in docs/examples that load the built
// script-tag bundle from dist/cdn, exactly as a publisher's page would. The example pages fetch
// their data from /articles/…, which stands for the publisher's own endpoints and is answered
// here from the test fixtures (the seed article and the trending feed).
import { EXAMPLE_DATA } from './docs/examples/data-routes.mjs';

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT) || 8010,
  open: false,
  watch: false,
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/docs/examples/index.html');
      else if (EXAMPLE_DATA[ctx.path]) ctx.url = EXAMPLE_DATA[ctx.path];
      return next();
    },
  ],
};
