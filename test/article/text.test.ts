import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { cleanText } from '../../src/article/text.js';

// The cleaning rules written out in full, as cleanText applied them before its fast path: the
// fast path must never change a result.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
const EDGES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
const reference = (value: string): string => value.replace(CONTROLS, '').replace(/\s+/g, ' ').replace(EDGES, '');

describe('cleanText()', () => {
  it('matches the full rules for every BMP character alone, at either end and inside text', () => {
    for (let code = 0; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      for (const text of [c, `a${c}b`, `${c}ab`, `ab${c}`, `a${c}${c}b`, `a ${c}b`]) {
        const expected = reference(text) || undefined;
        if (cleanText(text, 1000) !== expected) {
          expect(cleanText(text, 1000), `U+${code.toString(16).padStart(4, '0')} in ${JSON.stringify(text)}`).to.equal(expected);
        }
      }
    }
  });

  it('matches the full rules on arbitrary strings (fast-check, 20,000 runs)', () => {
    const chars = fc.constantFrom(' ', '  ', '\t', '\n', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u202e', '\u2066', '\u0007', 'a', 'é', '😀', 'ا');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.array(chars).map((a) => a.join(''))), (text) => {
        expect(cleanText(text, 1000)).to.equal(reference(text) || undefined);
      }),
      { numRuns: 20_000, seed: 42 },
    );
  });

  it('leaves clean text as it is, and still caps it', () => {
    expect(cleanText('NATO Accuses China of Aiding Russia’s War Efforts')).to.equal('NATO Accuses China of Aiding Russia’s War Efforts');
    expect(cleanText('abcdef', 4)).to.equal('abc…');
  });
});
