// The framework tests (test/frameworks/*.test.ts) run each framework's real runtime, built as an
// app's bundler builds it: React's JSX and CommonJS, Vue's single-file components, Svelte's
// components and Angular's decorators need a compiler the test server's per-file transform is
// not. This plugin answers a request for one of those test files with the file bundled by esbuild
// (nothing else is touched): `.vue` through Vue's SFC compiler with the app's compiler options
// (test/frameworks/vue/vue-options.mjs), `.svelte` through Svelte's, and `news-widgets/<x>`
// from src/ (src/frameworks/<x>.ts), as the other tests import the components.
import { readFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';
import { compile as compileSvelte, compileModule as compileSvelteModule } from 'svelte/compiler';
import { compileScript, parse as parseVue } from 'vue/compiler-sfc';
import vueOptions from '../frameworks/vue/vue-options.mjs';

const TEST_FILE = /^\/test\/frameworks\/[\w-]+\.test\.ts$/;

/** `news-widgets` and its subpaths from the sources, as the rest of the suite tests them. */
const packageFromSource = {
  name: 'news-widgets-from-source',
  setup(b) {
    b.onResolve({ filter: /^news-widgets(\/[\w-]+)?$/ }, ({ path }) => {
      const sub = path.split('/')[1];
      return { path: resolve(sub ? `src/frameworks/${sub}.ts` : 'src/index.ts') };
    });
  },
};

const svelteFiles = {
  name: 'svelte',
  setup(b) {
    b.onLoad({ filter: /\.svelte$/ }, async ({ path }) => {
      const { js, warnings } = compileSvelte(await readFile(path, 'utf8'), { filename: path, generate: 'client', dev: true });
      return { contents: js.code, loader: 'js', resolveDir: dirname(path), warnings: warnings.map((w) => ({ text: `${w.code}: ${w.message}` })) };
    });
    // Modules with runes ($state) outside components.
    b.onLoad({ filter: /\.svelte\.js$/ }, async ({ path }) => {
      const { js } = compileSvelteModule(await readFile(path, 'utf8'), { filename: path, generate: 'client', dev: true });
      return { contents: js.code, loader: 'js', resolveDir: dirname(path) };
    });
  },
};

const vueFiles = {
  name: 'vue',
  setup(b) {
    b.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { descriptor, errors } = parseVue(await readFile(path, 'utf8'), { filename: path, templateParseOptions: vueOptions.template.compilerOptions });
      if (errors.length) return { errors: errors.map((e) => ({ text: String(e.message ?? e) })) };
      const id = createHash('sha256').update(path).digest('hex').slice(0, 8);
      const script = compileScript(descriptor, { id, inlineTemplate: true, templateOptions: { compilerOptions: vueOptions.template.compilerOptions } });
      return { contents: script.content, loader: script.lang === 'ts' ? 'ts' : 'js', resolveDir: dirname(path) };
    });
  },
};

export function frameworkBundles() {
  return {
    name: 'framework-bundles',
    async serve(context) {
      if (!TEST_FILE.test(context.path)) return undefined;
      const result = await build({
        entryPoints: [`.${context.path}`],
        bundle: true,
        write: false,
        format: 'esm',
        target: 'es2022',
        sourcemap: 'inline',
        jsx: 'automatic',
        conditions: ['development', 'browser'],
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        plugins: [packageFromSource, svelteFiles, vueFiles],
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}
