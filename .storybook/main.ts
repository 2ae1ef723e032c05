import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/** Lit's packages: one copy of each on every story page, whoever imports them. */
const LIT = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element'];

/**
 * Each language's words are a chunk of their own, loaded by one computed import in
 * src/internal/messages.ts: `import(\`./messages/${code}.js\`)`, the name the chunk has in the
 * build. In src/ the files are `.ts`, so Vite's glob for that import (`./messages/*.js`) finds
 * nothing, and every story in another language would keep the English words. In Storybook the
 * import is rewritten to Vite's `import.meta.glob` over the `.ts` files, one chunk a language as
 * in the build; a language without words of its own still fails to load, as a missing chunk does.
 */
function wordsFromSource(): Plugin {
  const IMPORT = 'import(`./messages/${code}.js`)';
  const GLOB = "(import.meta.glob('./messages/*.ts')[`./messages/${code}.ts`]?.() ?? Promise.reject(new Error(`no words for ${code}`)))";
  return {
    name: 'news-widgets:words-from-source',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.replace(/\\/g, '/').endsWith('src/internal/messages.ts')) return null;
      if (!code.includes(IMPORT)) {
        throw new Error(`news-widgets:words-from-source: ${IMPORT} is no longer in src/internal/messages.ts; update .storybook/main.ts to load the words the way it now does.`);
      }
      return { code: code.replace(IMPORT, GLOB), map: null };
    },
  };
}

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
      plugins: [...(config.plugins ?? []), wordsFromSource()],
    };
  },
};

export default config;
