// The languages as built (run after `npm run build`): each language's words a standalone module
// beside the CDN bundle, none of them in the bundle, defineWords a module of its own, the classic
// script with everything inlined; and docs/languages.md and test/fixtures/languages.json up to
// date with the modules (scripts/languages.mjs).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const codes = readdirSync('src/internal/messages').map((file) => file.replace(/\.ts$/, ''));
const bundle = readFileSync('dist/cdn/news-widgets.js', 'utf8');

test('at least 30 languages, each a module beside the CDN bundle and in the npm package', () => {
  assert.ok(codes.length >= 30, `${codes.length} languages`);
  for (const code of codes) {
    const cdn = readFileSync(`dist/cdn/messages/${code}.js`, 'utf8');
    readFileSync(`dist/internal/messages/${code}.js`, 'utf8');
    // Standalone: one request per language (Norwegian `no` is Bokmål's words, from beside it).
    const imports = [...cdn.matchAll(/(?:^|[;}\s])(?:import|export)\s*[^;]*?from\s*["']([^"']+)["']/g)].map((m) => m[1]);
    assert.deepEqual(imports, code === 'no' ? ['./nb.js'] : [], `${code} imports ${imports}`);
  }
});

test('the bundle holds no language but English, and finds the others by one computed import', () => {
  assert.match(bundle, /import\(`\.\/messages\/\$\{\w+\}\.js`\)/);
  for (const word of ['Meistgelesen', 'الأكثر قراءة', 'Les plus lus', 'Trending Now']) {
    assert.equal(bundle.includes(word), word === 'Trending Now', word);
  }
});

test('defineWords is a module of its own that imports nothing; the classic script carries it and every language', () => {
  const words = readFileSync('dist/cdn/news-widgets-words.js', 'utf8');
  assert.doesNotMatch(words, /\bimport\b/);
  assert.match(words, /export\s*\{[^}]*defineWords/);
  assert.equal(bundle.includes('defineWords'), false);
  const classic = readFileSync('dist/cdn/news-widgets.iife.js', 'utf8');
  assert.match(classic, /defineWords/);
  for (const word of ['Meistgelesen', 'الأكثر قراءة']) assert.ok(classic.includes(word), word);
  assert.doesNotMatch(classic, /import\(`/);
});

test('every CDN file, the words included, has its integrity hash', () => {
  const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  for (const code of codes) assert.match(integrity[`messages/${code}.js`] ?? '', /^sha384-/, code);
  assert.match(integrity['news-widgets-words.js'] ?? '', /^sha384-/);
});

test('docs/languages.md and test/fixtures/languages.json are up to date (npm run languages)', () => {
  execFileSync(process.execPath, ['scripts/languages.mjs', '--check'], { stdio: 'pipe' });
});
