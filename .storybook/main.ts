import type { StorybookConfig } from '@storybook/web-components-vite';

/** Lit's packages: one copy of each on every story page, whoever imports them. */
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // The server-rendered page as `npm run build` writes it (docs/examples/server-rendered.mjs), with
  // what it loads: its stylesheet, the CDN bundle that takes it over, the seed article's image.
  staticDirs: [
    { from: '../build/examples', to: '/examples' },
    { from: '../docs/examples', to: '/examples' },
    { from: '../dist/cdn', to: '/dist/cdn' },
    { from: '../test/fixtures', to: '/articles' },
  ],
  viteFinal(config) {
    // `storybook dev` pre-bundles the dependencies it finds by crawling the stories and the
    // preview: `lit` among them, with lit-html inside. Storybook's own renderer (its
    // entry-preview, which is not crawled) also imports `lit/directive-helpers.js`; left out of
    // the pre-bundle, that was served from node_modules with a second lit-html behind it, and
    // every story warned "Multiple versions of Lit loaded". Pre-bundled together, they share one.
    // `dedupe` keeps a nested copy of a Lit package, should one ever be installed, out as well.
    return {
      ...config,
      optimizeDeps: {
        ...config.optimizeDeps,
        include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/directive-helpers.js'],
      },
      resolve: {
        ...config.resolve,
        dedupe: [...(config.resolve?.dedupe ?? []), ...LIT],
      },
    };
  },
};

export default config;
