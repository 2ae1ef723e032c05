// docs/embedding.md's snippets are the ones the example pages use: each fenced block after an
// `<!-- example: FILE -->` marker must appear, line for line, in docs/examples/FILE (the CDN
// address in the docs stands for the local /dist/cdn/ the examples load).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const doc = readFileSync('docs/embedding.md', 'utf8');
const snippets = [...doc.matchAll(/<!-- example: ([\w.-]+) -->\n```\w*\n([\s\S]*?)```/g)].map(([, file, code]) => ({ file, code }));
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const lines = (text) =>
  text
    .replaceAll('https://cdn.jsdelivr.net/npm/news-widgets@0.1.0/dist/cdn/', '/dist/cdn/')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe('docs/embedding.md snippets', () => {
  it('has snippets to check', () => assert.ok(snippets.length >= 8, `${snippets.length} snippets`));

  for (const { file, code } of snippets) {
    it(`${file}: ${lines(code)[0]}`, () => {
      const page = lines(readFileSync(`docs/examples/${file}`, 'utf8'));
      const wanted = lines(code);
      const at = page.findIndex((_, i) => wanted.every((line, j) => page[i + j] === line));
      assert.ok(at >= 0, `not found in docs/examples/${file}:\n${wanted.join('\n')}`);
    });
  }

  // A snippet is pasted as it stands: every element it opens, it closes (no "…see the page").
  for (const { file, code } of snippets.filter(({ file }) => file.endsWith('.html'))) {
    it(`${file}: ${lines(code)[0]} is complete`, () => {
      const open = [];
      // Script bodies are data (JSON, JSON-LD), not markup.
      for (const [tag, closing, name] of code.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2').matchAll(/<(\/?)([a-z][\w-]*)\b[^>]*>/g)) {
        if (VOID.has(name) || tag.endsWith('/>')) continue;
        if (!closing) open.push(name);
        else assert.equal(open.pop(), name, `</${name}> closes nothing in:\n${code}`);
      }
      assert.deepEqual(open, [], `left open: ${open.map((name) => `<${name}>`).join(' ')}`);
      assert.doesNotMatch(code, /…|\.\.\./, 'an elided snippet');
    });
  }

  it('uses the version in package.json in its CDN addresses', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    for (const [, v] of doc.matchAll(/news-widgets@([\d.]+)/g)) assert.equal(v, version);
  });
});

// docs/frameworks.md quotes tested files: each fenced block after `<!-- from: FILE#REGION -->` must
// be, line for line, the lines between `docs:start REGION` and `docs:end REGION` in FILE (the
// whole file when no region is named).
describe('docs/frameworks.md snippets', () => {
  const frameworks = readFileSync('docs/frameworks.md', 'utf8');
  const quoted = [...frameworks.matchAll(/<!-- from: ([\w./-]+?)(?:#([\w-]+))? -->\n( *)```\w*\n([\s\S]*?)\n *```/g)].map(([, file, region, indent, code]) => ({
    file,
    region,
    code: code.split('\n').map((line) => line.slice(indent.length).trimEnd()),
  }));

  it('quotes every framework, the ref pattern, the Vue options and the server handler', () => {
    assert.deepEqual(
      quoted.map(({ file, region }) => region ?? file).sort(),
      ['angular', 'react', 'react-ref', 'server', 'svelte', 'test/frameworks/types/react-diagonal.tsx', 'vue', 'vue-options'],
    );
  });

  for (const { file, region, code } of quoted) {
    it(`${file}${region ? `#${region}` : ''} is quoted as it stands`, () => {
      let lines = readFileSync(file, 'utf8').trimEnd().split('\n').map((line) => line.trimEnd());
      if (region) {
        const start = lines.findIndex((line) => line.includes(`docs:start ${region}`));
        const end = lines.findIndex((line) => line.includes(`docs:end ${region}`));
        assert.ok(start >= 0 && end > start, `${file} has no docs:start/docs:end ${region}`);
        lines = lines.slice(start + 1, end);
      }
      assert.deepEqual(code, lines);
    });
  }
});
