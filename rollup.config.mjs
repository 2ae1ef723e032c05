// Three distributions (see docs/embedding.md):
// - dist/: one ES module per source file for npm, Lit and date-fns left to the app's bundler
//   (types come from `tsc -p tsconfig.build.json`);
// - dist/cdn/news-widgets.js: one self-contained, minified module for <script type="module">,
//   with pattern date formatting split into a chunk loaded on demand from beside it;
// - dist/cdn/news-widgets.iife.js: one classic script for CMSs that allow only <script src>.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Node 20 has no fs.globSync: list src/**/*.ts by hand.
const modules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && file !== 'cdn.ts')
  .map((file) => `src/${file}`);

/** Ships the JSON Schema beside the modules. */
const copySchema = {
  name: 'copy-schema',
  writeBundle() {
    mkdirSync('dist', { recursive: true });
    copyFileSync('src/article/article.schema.json', 'dist/article.schema.json');
  },
};

const cdnPlugins = () => [
  // Whitespace and comments out of html`` and css`` templates (esbuild leaves template text alone).
  // Conservative: runs of whitespace become one space but never vanish, since some separate
  // words ("Frich · Jul.11"); empty attributes (alt="") are meaningful and kept.
  minifyTemplates({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  }),
  // Lit's production build: no dev-mode warnings, smaller.
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // terser after esbuild: a few percent smaller than esbuild's own minifier on this code.
  terser({ ecma: 2022, module: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true }, format: { comments: false } }),
];

export default [
  {
    input: modules,
    external: [/^lit(\/|$)/, /^@lit\//, /^date-fns(\/|$)/, /^@date-fns\//],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), copySchema],
  },
  {
    input: { 'news-widgets': 'src/cdn.ts' },
    // Let the entry itself hold the shared code (and export what the on-demand chunk needs),
    // rather than becoming a one-line facade in front of a second file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'news-widgets-[name]-[hash].js',
    },
    plugins: cdnPlugins(),
  },
  {
    input: 'src/cdn.ts',
    output: {
      file: 'dist/cdn/news-widgets.iife.js',
      format: 'iife',
      name: 'NewsWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: cdnPlugins(),
  },
];
