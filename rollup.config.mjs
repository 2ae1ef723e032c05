// Three distributions (see docs/embedding.md):
// - dist/: one ES module per source file for npm, Lit and date-fns left to the app's bundler
//   (types come from `tsc -p tsconfig.build.json`);
// - dist/cdn/news-widgets.js: one self-contained, minified module for <script type="module">,
//   with its optional parts (pattern dates, feed readers…) in chunks loaded on demand from beside
//   it, and each language's words in dist/cdn/messages/<code>.js;
// - dist/cdn/news-widgets.iife.js: one classic script for CMSs that allow only <script src>.
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import minifyTemplates from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// Node 20 has no fs.globSync: list src/**/*.ts by hand.
const modules = readdirSync('src', { recursive: true })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.startsWith('cdn'))
  // Types only (the frameworks' template types, generated): tsc writes its .d.ts, there is no JS.
  .filter((file) => file !== 'frameworks/elements.ts')
  .map((file) => `src/${file}`);

// Each language's words: a module of its own, found by the one import() in src/internal/messages.ts.
const languages = readdirSync('src/internal/messages').map((file) => file.replace(/\.ts$/, ''));
const wordsEntries = Object.fromEntries(languages.map((code) => [`messages/${code}`, `src/internal/messages/${code}.ts`]));

/**
 * The classic script has no module beside it to import: its one import() of a language's words
 * becomes one per language, which rollup then inlines.
 */
const wordsInline = {
  name: 'words-inline',
  transform(code, id) {
    if (!id.endsWith('src/internal/messages.ts')) return null;
    const dynamic = 'import(`./messages/${code}.js`)';
    if (!code.includes(dynamic)) this.error(`words-inline: ${dynamic} not found`);
    const table = languages.map((code) => `${JSON.stringify(code)}: () => import('./messages/${code}.js')`).join(', ');
    return { code: code.replace(dynamic, `({ ${table} })[code]()`), map: null };
  },
};

/** Ships the JSON Schema and the token presets (src/themes/*.css) beside the modules. */
const copySchema = {
  name: 'copy-schema',
  writeBundle() {
    mkdirSync('dist/themes', { recursive: true });
    copyFileSync('src/article/article.schema.json', 'dist/article.schema.json');
    for (const file of readdirSync('src/themes')) copyFileSync(`src/themes/${file}`, `dist/themes/${file}`);
  },
};

// Whitespace and comments out of html`` and css`` templates (esbuild leaves template text alone).
// Conservative: runs of whitespace become one space but never vanish, since some separate
// words ("Frich · Jul.11"); empty attributes (alt="") are meaningful and kept. Every build minifies
// them the same way: a server-rendered widget (news-widgets/ssr, from dist/) is taken over by the
// CDN bundle or an app's npm build only if their templates are the very same strings.
const templates = () =>
  minifyTemplates({
    include: ['src/**/*.ts'],
    // The server renderer's one template is built from static parts: nothing to minify.
    exclude: ['src/ssr/**'],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, removeEmptyAttributes: false } },
  });

/**
 * Lit's hydration (in the on-demand pick-up chunk) calls four small pure helpers of
 * lit-html/directive-helpers.js, a module the bundle already holds for `repeat`: rollup would
 * keep them in the bundle every page downloads. The chunk gets its own copy instead.
 */
const hydrationHelpersApart = {
  name: 'hydration-helpers-apart',
  async resolveId(source, importer, options) {
    if (source !== 'lit-html/directive-helpers.js' || !importer?.includes('@lit-labs/ssr-client')) return null;
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved && `${resolved.id}?hydration`;
  },
  load(id) {
    return id.endsWith('?hydration') ? readFileSync(id.slice(0, -'?hydration'.length), 'utf8') : null;
  },
};

const cdnPlugins = () => [
  hydrationHelpersApart,
  templates(),
  // Lit's production build: no dev-mode warnings, smaller.
  nodeResolve({ exportConditions: ['production'] }),
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  // terser after esbuild: a few percent smaller than esbuild's own minifier on this code.
  // keep_fargs: false drops unused trailing parameters; nothing here reads a function's length.
  terser({ ecma: 2022, module: true, compress: { passes: 5, pure_getters: true, unsafe_arrows: true, keep_fargs: false }, format: { comments: false } }),
];

export default [
  {
    input: modules,
    // The server renderer's Node built-ins and its optional XML parser stay imports too.
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^date-fns(\/|$)/, /^@date-fns\//, /^node:/, '@xmldom/xmldom'],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
    plugins: [templates(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), copySchema],
  },
  {
    // defineWords is an entry of its own: only pages that override a word download it.
    input: { 'news-widgets': 'src/cdn.ts', 'news-widgets-words': 'src/internal/define-words.ts', ...wordsEntries },
    // Let the entry itself hold the shared code (and export what the on-demand chunk needs),
    // rather than becoming a one-line facade in front of a second file.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist/cdn',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      // No content hash: the CDN address carries the version, and a hash in each of the bundle's
      // import() paths is bytes no compressor can remove.
      chunkFileNames: 'news-widgets-[name].js',
    },
    plugins: cdnPlugins(),
  },
  {
    input: 'src/cdn-iife.ts',
    output: {
      file: 'dist/cdn/news-widgets.iife.js',
      format: 'iife',
      name: 'NewsWidgets',
      sourcemap: true,
      inlineDynamicImports: true,
    },
    plugins: [wordsInline, ...cdnPlugins()],
  },
];
