// Text fields that carry HTML: references decoded as the HTML standard says, tags removed.
// The decoder is held to the browser's own HTML parser (in each engine the suite runs in) and to
// the WHATWG list of names.
import { expect } from '@open-wc/testing';
import { characterEntities } from 'character-entities';
import { characterEntitiesLegacy } from 'character-entities-legacy';
import fc from 'fast-check';
import { wants } from '../../src/article/hooks.js';
import { decodeReferences, htmlToText, lookUp } from '../../src/article/readers/html-text.js';

/** What the browser shows for `text` as HTML text content (no `<` in it, so no markup). */
function browserText(text: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
}

describe('HTML character references', () => {
  // Runs first: this page has not loaded the rarer names yet.
  it('asks for the rarer HTML5 names when text uses one, and decodes them once they are loaded', async () => {
    wants.clear();
    expect(lookUp('bigcup')).to.equal(undefined);
    expect([...wants]).to.deep.equal(['entities']);
    wants.clear();
    expect(decodeReferences('caf&eacute;')).to.equal('café');
    expect([...wants], 'a common name needs nothing more').to.deep.equal([]);
    await import('../../src/article/readers/entities.js');
    expect(lookUp('bigcup')).to.equal('⋃');
    expect(decodeReferences('A &bigcup; B &comma; C')).to.equal('A ⋃ B , C');
  });

  it('knows every name of the WHATWG list, with its text, and the legacy ones without a semicolon', async () => {
    await import('../../src/article/readers/entities.js');
    const names = Object.keys(characterEntities);
    expect(names.length).to.be.greaterThan(2000);
    for (const name of names) {
      if (lookUp(name) !== characterEntities[name]) expect(lookUp(name), name).to.equal(characterEntities[name]);
    }
    for (const name of characterEntitiesLegacy) {
      expect(decodeReferences(`&${name}x`), name).to.equal(`${characterEntities[name]}x`);
    }
    expect(lookUp('toString'), 'no object prototype names').to.equal(undefined);
    expect(lookUp('constructor')).to.equal(undefined);
  });

  it('decodes each name exactly as this browser does, with and without a semicolon and followed by text', async () => {
    await import('../../src/article/readers/entities.js');
    for (const name of Object.keys(characterEntities)) {
      for (const text of [`&${name};`, `a&${name}b`, `&${name};;x`]) {
        const expected = browserText(text);
        if (decodeReferences(text) !== expected) expect(decodeReferences(text), text).to.equal(expected);
      }
    }
  });

  it('decodes arbitrary reference-like text as this browser does (fast-check, 5,000 runs)', async () => {
    await import('../../src/article/readers/entities.js');
    const pieces = fc.constantFrom('&', '#', 'x', 'X', ';', '0', '9', '1', '8217', '150', '0000', 'a', 'amp', 'lt', 'not', 'notin', 'copy', 'eacute', 'AMP', 'bigcup', 'zz', ' ', 'é', '😀', '\n');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (text) => {
        expect(decodeReferences(text), JSON.stringify(text)).to.equal(browserText(text));
      }),
      { numRuns: 5000, seed: 42 },
    );
  });

  it('maps numeric references by the standard: C1 as Windows-1252, and NUL, surrogates or out-of-range as U+FFFD', () => {
    expect(decodeReferences('&#128;&#150;&#x93;&#x94;')).to.equal('€–“”');
    expect(decodeReferences('&#0;|&#xD800;|&#1114112;|&#99999999999999999999;')).to.equal('\ufffd|\ufffd|\ufffd|\ufffd');
    expect(decodeReferences('&#128512; &#x1F600;')).to.equal('😀 😀');
  });
});

describe('HTML text to plain text', () => {
  const CASES: Array<[string, string, string]> = [
    ['inline tags go, their text stays', 'NATO <em>accuses</em> <a href="/x">China</a>', 'NATO accuses China'],
    ['block tags leave a space between words', '<p>One</p><p>Two</p><br/>Three<li>Four</li>', ' One  Two  Three Four '],
    ['script, style, template and noscript go with their content', 'a<script>x()</script>b<style>p{}</style>c<template>t</template>d<noscript>n</noscript>e', 'abcde'],
    ['comments, doctypes and processing instructions go', 'a<!-- b -->c<!DOCTYPE html>d<?xml version="1.0"?>e', 'acde'],
    ['escaped markup is decoded, then removed', '&lt;p&gt;Text&lt;/p&gt;', ' Text '],
    ['text escaped twice or three times is read', 'retailers&amp;amp;#8217; &amp;lt;b&amp;gt;battle&amp;lt;/b&amp;gt;', 'retailers’ battle'],
    ['a < that starts no tag stays', 'a < b, 3<4, x <= y', 'a < b, 3<4, x <= y'],
    ['an attribute holding > ends the tag where HTML would not (no harm: text only)', '<img alt="a>b">c', 'b">c'],
    ['an unterminated tag stays as text', 'Hello <b', 'Hello <b'],
  ];
  for (const [name, input, expected] of CASES) {
    it(name, () => {
      expect(htmlToText(input)).to.equal(expected);
    });
  }

  it('reads no more than 64 KiB of a huge field (the rest would be cut when shown anyway)', () => {
    const text = htmlToText(`<p>${'word '.repeat(100_000)}</p>`);
    expect(text.length).to.be.at.most(65_536);
    expect(text.startsWith(' word word')).to.equal(true);
  });

  it('never builds markup: the result is a string, whatever the input (fast-check, 2,000 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
        expect(typeof htmlToText(input)).to.equal('string');
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});
