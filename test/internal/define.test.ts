import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';
import { VERSION } from '../../src/internal/version.js';

function captureWarnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('define()', () => {
  it('registers a tag the first time', () => {
    class First extends HTMLElement {}
    define('nw-test-first', First);
    expect(customElements.get('nw-test-first')).to.equal(First);
  });

  it('is silent when the same class is defined again (script included twice)', () => {
    class Twice extends HTMLElement {}
    define('nw-test-twice', Twice);
    const warnings = captureWarnings(() => define('nw-test-twice', Twice));
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first class and warns, naming both versions, when another copy meets it', () => {
    class Old extends HTMLElement {
      static version = '0.0.9';
    }
    class New extends HTMLElement {
      static version = '9.9.9';
    }
    define('nw-test-versions', Old);
    const warnings = captureWarnings(() => expect(() => define('nw-test-versions', New)).not.to.throw());
    expect(customElements.get('nw-test-versions')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.9').and.contain('9.9.9').and.contain('<nw-test-versions>');
  });

  it('warns instead of throwing when the platform refuses the definition', () => {
    class Reused extends HTMLElement {}
    define('nw-test-reused-a', Reused);
    const warnings = captureWarnings(() => expect(() => define('nw-test-reused-b', Reused)).not.to.throw());
    expect(customElements.get('nw-test-reused-b')).to.equal(undefined);
    expect(warnings[0]).to.contain('<nw-test-reused-b>');
  });

  it('names this build version, which matches package.json', async () => {
    const pkg = await (await fetch(new URL('../../package.json', import.meta.url))).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
