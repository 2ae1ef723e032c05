// custom-elements.json (built from the JSDoc by `npm run analyze`) documents the whole public API
// and nothing else: every attribute, property, part, CSS custom property and event DESIGN.md
// names, per component; no private, protected, static or internal member, inherited or not; each
// design token once per name, with its light default.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const elements = Object.fromEntries(declarations.filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]));

// The token objects of src/internal/tokens.ts, evaluated as the object literals they are (not
// through the manifest plugin's line format): name → light default, name → dark value.
const tokenSource = readFileSync('src/internal/tokens.ts', 'utf8');
const objectLiteral = (name) => {
  const start = new RegExp(`^(?:export )?const ${name}\\b[^=\\n]*= \\{$`, 'm').exec(tokenSource);
  assert.ok(start, `src/internal/tokens.ts has no \`const ${name} = {\``);
  const body = tokenSource.slice(start.index + start[0].length - 1);
  return new Function(`return ${body.slice(0, /^\}/m.exec(body).index + 1)};`)();
};
const LIGHT = objectLiteral('TOKENS');
const DARK = objectLiteral('DARK');
const tokens = Object.keys(LIGHT);

// Members that are the components' internals (news-element.ts, timed-element.ts and the classes
// themselves), whatever the analyzer makes of them.
const INTERNAL = ['data', 'waitingForChunks', 'renderReady', 'renderLoading', 'renderError', 'renderTime', 'dataLang', 'resolvedLang', 'text', 'need', 'loadingLabel', 'getUpdateComplete', 'dataProperty', 'dataKeys', 'version', 'widget'];

const COMMON = ['src', 'theme', 'lang', 'dir'];
const TIMED = ['time-zone', 'date-format', 'relative'];
const EXPECTED = {
  'news-article-card': {
    layer: 'card',
    attributes: [...COMMON, ...TIMED, 'layout', 'headline-level', 'lead-in', 'loading', 'sizes'],
    properties: ['article', 'state', 'errors'],
    parts: ['base', 'card', 'headline', 'link', 'image', 'byline', 'credit', 'kicker', 'description', 'labels', 'label', 'reading-time', 'error'],
    events: ['news-load', 'news-error', 'news-click', 'news-impression'],
  },
  'news-byline': {
    layer: 'byline',
    attributes: [...COMMON, ...TIMED, 'lead-in'],
    properties: ['article', 'state', 'errors'],
    parts: ['base', 'byline', 'author', 'job-title', 'time', 'updated', 'error'],
    events: ['news-load', 'news-error'],
  },
  'news-trending-list': {
    layer: 'trending',
    attributes: [...COMMON, ...TIMED, 'max', 'refresh', 'heading', 'headline-level', 'thumbnails'],
    properties: ['feed', 'state', 'errors'],
    parts: ['base', 'heading', 'list', 'item', 'rank', 'link', 'time', 'thumbnail', 'empty', 'error'],
    events: ['news-load', 'news-error', 'news-click', 'news-impression'],
  },
  'news-photo-credit': {
    layer: 'credit',
    attributes: [...COMMON, 'variant', 'loading', 'sizes', 'hide-caption'],
    properties: ['image', 'article', 'state', 'errors'],
    parts: ['base', 'figure', 'image', 'caption', 'credit', 'copyright', 'license', 'error'],
    events: ['news-load', 'news-error'],
  },
};

describe('custom-elements.json', () => {
  it('has the four components', () => assert.deepEqual(Object.keys(elements).sort(), Object.keys(EXPECTED).sort()));

  it('lists no private, protected or static member in any class', () => {
    for (const d of declarations.filter((d) => d.kind === 'class')) {
      for (const m of d.members ?? []) {
        assert.ok(!m.name.startsWith('#') && (m.privacy ?? 'public') === 'public' && !m.static, `${d.name}.${m.name} (${m.privacy ?? ''}${m.static ? ' static' : ''})`);
      }
    }
  });

  it('leaves out the internal classes (their members are no API)', () => {
    const names = declarations.map((d) => d.name);
    for (const internal of ['DataController', 'ImpressionTracker', 'VisibilityWatch']) assert.ok(!names.includes(internal), `${internal} is listed`);
  });

  for (const [tag, want] of Object.entries(EXPECTED)) {
    describe(`<${tag}>`, () => {
      const el = elements[tag];
      const described = (list, name, kind) => {
        const entry = (list ?? []).find((x) => x.name === name);
        assert.ok(entry, `${kind} ${name} is missing`);
        assert.ok(entry.description?.trim(), `${kind} ${name} has no description`);
      };
      it('lists every attribute, with a description', () => want.attributes.forEach((a) => described(el.attributes, a, 'attribute')));
      it('lists every public property, with a description', () => want.properties.forEach((p) => described(el.members, p, 'property')));
      it('lists every part, with a description', () => want.parts.forEach((p) => described(el.cssParts, p, 'part')));
      it('lists every event, with a type and a description', () => {
        want.events.forEach((e) => described(el.events, e, 'event'));
        for (const e of el.events) assert.match(e.type?.text ?? '', /CustomEvent</);
      });
      it('lists the default slot (fallback content)', () => described(el.slots, '', 'slot'));
      it('lists every design token in both layers', () => {
        assert.ok(tokens.length >= 15);
        for (const t of tokens) {
          described(el.cssProperties, `--news-${t}`, 'CSS property');
          described(el.cssProperties, `--news-${want.layer}-${t}`, 'CSS property');
        }
      });
      it('lists each CSS custom property once', () => {
        const names = el.cssProperties.map((p) => p.name);
        assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'listed more than once');
        for (const n of names) assert.match(n, /^--news-[a-z0-9-]+$/);
      });
      it('gives each token its light default, and the dark value in its description', () => {
        for (const t of tokens) {
          const shared = el.cssProperties.find((p) => p.name === `--news-${t}`);
          assert.equal(shared.default, LIGHT[t], `--news-${t} default`);
          if (DARK[t] !== undefined) assert.ok(shared.description.includes(`dark theme: \`${DARK[t]}\``), `--news-${t} names its dark value ${DARK[t]}: ${shared.description}`);
          else assert.doesNotMatch(shared.description, /dark theme/, `--news-${t} is the same in both themes`);
          const own = el.cssProperties.find((p) => p.name === `--news-${want.layer}-${t}`);
          assert.ok(own.default === undefined || own.default === LIGHT[t], `--news-${want.layer}-${t} default`);
          assert.ok(own.description.includes(`--news-${t}`), `--news-${want.layer}-${t} names what it falls back to`);
        }
      });
      it('lists no internals: no private, protected, static or internal member, inherited or not', () => {
        for (const m of el.members) {
          assert.ok(!m.name.startsWith('#'), `${m.name} is #private`);
          assert.equal(m.privacy ?? 'public', 'public', `${m.name} is ${m.privacy}`);
          assert.ok(!m.static, `${m.name} is static`);
          assert.ok(!INTERNAL.includes(m.name), `${m.name} is internal`);
        }
        // What a publisher does use stays: the attributes' properties and the data properties.
        const names = el.members.map((m) => m.name);
        for (const a of el.attributes.filter((a) => a.fieldName)) assert.ok(names.includes(a.fieldName), `property ${a.fieldName} is missing`);
        assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'members listed more than once');
      });
      it('has a summary', () => assert.ok(el.summary?.trim()));
    });
  }
});
