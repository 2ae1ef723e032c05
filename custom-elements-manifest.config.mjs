// `npm run analyze` → custom-elements.json. The JSDoc on each component class is the source of
// its API; the plugin below adds every design token the component reads (from the one list in
// src/internal/tokens.ts), so the manifest names all CSS custom properties without hand copies.
import { readFileSync } from 'node:fs';

const tokenSource = readFileSync('src/internal/tokens.ts', 'utf8');
const tokens = [...tokenSource.matchAll(/^ {2}'?([\w-]+)'?: '([^']*)', \/\/ (.*)$/gm)].map(([, name, value, description]) => ({
  name,
  value,
  description,
}));

function tokenPlugin() {
  return {
    name: 'news-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const source = readFileSync(mod.path, 'utf8');
        const layer = /tokenLayer\('([\w-]+)'\)/.exec(source)?.[1];
        if (!layer) continue;
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          const props = (decl.cssProperties ??= []);
          const known = new Set(props.map((p) => p.name));
          for (const token of tokens) {
            const own = `--news-${layer}-${token.name}`;
            const shared = `--news-${token.name}`;
            if (!known.has(own)) props.push({ name: own, description: `${token.description}, for this component only (falls back to \`${shared}\`).` });
            if (!known.has(shared)) props.push({ name: shared, description: `${token.description}, for every component.`, default: token.value });
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/cdn.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [tokenPlugin()],
};
