// `npm run analyze` → custom-elements.json. The JSDoc on each component class is the source of
// its API; the plugins below keep the manifest to that public API and add every design token the
// component reads (from the one list in src/internal/tokens.ts), so the manifest names all CSS
// custom properties without hand copies.
import { readFileSync } from 'node:fs';

const TOKEN_FILE = 'src/internal/tokens.ts';

/**
 * The `'name': 'value', // description` lines of the object literal assigned to `name` in
 * `source` (from its `= {` to the first line that starts with `}`), in order. General on purpose:
 * every entry of that form is read, however many there are.
 */
export function readTokenObject(source, name) {
  const start = new RegExp(`^(?:export\\s+)?(?:const|let|var)\\s+${name}\\b[^=\\n]*=\\s*\\{\\s*$`, 'm').exec(source);
  if (!start) throw new Error(`${TOKEN_FILE}: no \`const ${name} = {\``);
  const body = source.slice(start.index + start[0].length);
  const end = /^\}/m.exec(body);
  if (!end) throw new Error(`${TOKEN_FILE}: \`${name}\` is not closed`);
  const entries = [];
  for (const line of body.slice(0, end.index).split('\n')) {
    if (!line.trim() || /^\s*\/\//.test(line)) continue;
    const entry = /^\s*(?:'([\w-]+)'|"([\w-]+)"|([\w-]+))\s*:\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)")\s*,?\s*\/\/\s*(.*?)\s*$/.exec(line);
    if (!entry) throw new Error(`${TOKEN_FILE}: in \`${name}\`, not a \`'name': 'value', // description\` line: ${line.trim()}`);
    const [, q1, q2, bare, v1, v2, description] = entry;
    entries.push({ name: q1 ?? q2 ?? bare, value: (v1 ?? v2).replace(/\\(.)/g, '$1'), description });
  }
  return entries;
}

/** Every token with its light default and, where the dark theme changes it, its dark value. */
export function readTokens(source = readFileSync(TOKEN_FILE, 'utf8')) {
  const light = readTokenObject(source, 'TOKENS');
  const dark = new Map(readTokenObject(source, 'DARK').map((t) => [t.name, t.value]));
  for (const name of dark.keys()) {
    if (!light.some((t) => t.name === name)) throw new Error(`${TOKEN_FILE}: DARK names ${name}, which TOKENS does not`);
  }
  return light.map((t) => ({ ...t, dark: dark.get(t.name) }));
}

/**
 * Public API only: no `#private`, `private`, `protected` or `static` members, in any class and
 * whatever class they are inherited from (members tagged `@internal` the analyzer leaves out by
 * itself). Runs after the analyzer's own inheritance step, so inherited members are filtered too.
 */
function publicApiPlugin() {
  const isPublic = (member) => !member.name?.startsWith('#') && (member.privacy ?? 'public') === 'public' && !member.static;
  return {
    name: 'news-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.members) decl.members = decl.members.filter(isPublic);
        }
      }
    },
  };
}

/**
 * Each token twice per component, each name once: `--news-{name}` (every component; its light
 * default, the dark value in the description) and `--news-{layer}-{name}` (this component only,
 * falling back to the shared one). A `@cssprop` in the class's JSDoc keeps its own description.
 */
function tokenPlugin() {
  const tokens = readTokens();
  return {
    name: 'news-tokens',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const source = readFileSync(mod.path, 'utf8');
        const layer = /tokenLayer\('([\w-]+)'\)/.exec(source)?.[1];
        if (!layer) continue;
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          const documented = new Map((decl.cssProperties ?? []).map((p) => [p.name, p]));
          const props = [];
          for (const token of tokens) {
            const shared = `--news-${token.name}`;
            const own = `--news-${layer}-${token.name}`;
            const dark = token.dark === undefined ? '' : `; dark theme: \`${token.dark}\``;
            props.push({ ...documented.get(shared), name: shared, description: `${token.description}, for every component${dark}.`, default: token.value });
            props.push(documented.get(own) ?? { name: own, description: `${token.description}, for this component only (falls back to \`${shared}\`).` });
            documented.delete(shared);
            documented.delete(own);
          }
          // Anything else the JSDoc documents stays, after the tokens.
          decl.cssProperties = [...props, ...documented.values()];
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
  plugins: [publicApiPlugin(), tokenPlugin()],
};
