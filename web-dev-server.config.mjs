// `npm start`'s publisher page server: plain HTML pages in docs/examples that load the built
// script-tag bundle from dist/cdn, exactly as a publisher's page would.
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT) || 8010,
  open: false,
  watch: false,
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/docs/examples/index.html');
      return next();
    },
  ],
};
