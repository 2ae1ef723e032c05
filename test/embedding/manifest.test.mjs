// custom-elements.json (built from the JSDoc by `npm run analyze`) documents the whole API:
// every attribute, property, part, CSS custom property and event DESIGN.md names, per component.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = Object.fromEntries(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName, d]),
);
const tokens = [...readFileSync('src/internal/tokens.ts', 'utf8').matchAll(/^ {2}'?([\w-]+)'?: '[^']*', \/\/ /gm)].map(([, name]) => name);

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
      it('has a summary', () => assert.ok(el.summary?.trim()));
    });
  }
});
