// Minimal reproductions of the bugs the hardening tests found, one `describe` per bug, each
// asserting what a host page or a reader should see. (Three more live where they were found:
// server-faults.test.ts "added and removed in the same task" and "wrong shape" backoff, and
// lifecycle.test.ts "elements that leave in the same task they arrived".)
import { expect } from '@open-wc/testing';
import '../../src/article-card/news-article-card.js';
import '../../src/photo-credit/news-photo-credit.js';
import { MAX_LENGTH } from '../../src/article/limits.js';
import { parseArticle } from '../../src/article/parse-article.js';
import { parseImage } from '../../src/article/parse-image.js';
import { parseCreditInput } from '../../src/photo-credit/parse-credit-input.js';
import { container, errorLine, escaped, macrotask, ofType, recordEvents, settleDeep, sleep, waitFor, watchPage, type NewsEl } from './support.js';

const HERO = new URL('../fixtures/seed-hero.png', import.meta.url).href;

describe('regression: the photo credit’s input parser never throws', () => {
  const exotic: [string, () => unknown][] = [
    [
      'an object whose `image` getter throws',
      () => ({
        headline: 'x',
        get image(): unknown {
          throw new Error('getter says no');
        },
      }),
    ],
    [
      'a proxy whose `has` trap throws',
      () =>
        new Proxy(
          {},
          {
            has() {
              throw new Error('has trap says no');
            },
          },
        ),
    ],
    [
      'a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
  ];

  for (const [name, make] of exotic) {
    it(`parseCreditInput answers with errors for ${name}, as parseArticle and parseImage do`, () => {
      expect(parseArticle(make()).ok, 'parseArticle copes').to.equal(false);
      expect(parseImage(make()).ok, 'parseImage copes').to.equal(false);
      let result: ReturnType<typeof parseCreditInput> | undefined;
      expect(() => (result = parseCreditInput(make(), {}))).to.not.throw();
      expect(result?.ok).to.equal(false);
    });

    it(`<news-photo-credit .image=${name}> shows its error state and nothing escapes into the page`, async () => {
      const watch = watchPage();
      try {
        const el = document.createElement('news-photo-credit') as NewsEl & { image?: unknown };
        const events = recordEvents(el, 'news-error');
        container().append(el);
        // As on a host page: nobody awaits updateComplete, so a rejected update goes unhandled.
        el.image = make();
        await waitFor(() => el.state === 'error' && errorLine(el) !== null && ofType(events, 'news-error').length > 0, 'the error state and its news-error');
        // A negative check (nothing escaped, no second news-error): a slow machine can only make it pass more, never fail.
        await sleep(50);
        await macrotask();
        expect(escaped(watch), 'uncaught errors and unhandled rejections').to.deep.equal([]);
        expect(el.state).to.equal('error');
        expect(errorLine(el)).to.not.equal(null);
        expect(ofType(events, 'news-error')).to.have.length(1);
      } finally {
        watch.stop();
      }
    });
  }
});

describe('regression: a URL the parser accepts is accepted again when a component re-reads it', () => {
  // A photo with a long CJK file name: 275 characters as written, over 2,048 once resolved and
  // percent-encoded (each of these characters becomes nine). Such slugs are common on CJK sites.
  const longCjkUrl = `https://news.example/photos/${'照片'.repeat(120)}.jpg`;

  it('the parsed article’s image parses again as an image (the card hands it to <news-photo-credit>)', () => {
    expect(longCjkUrl.length).to.be.below(MAX_LENGTH.url);
    const article = parseArticle({ url: 'https://news.example/a', headline: 'A', datePublished: '2024-07-11T10:15:00Z', image: { url: longCjkUrl, creditText: 'Desk' } });
    expect(article.ok).to.equal(true);
    if (!article.ok) return;
    const image = article.value.image;
    if (image === undefined) return; // dropping it is consistent too
    const again = parseImage(image);
    expect(again.ok, `re-parsing ${image.url.length} characters: ${JSON.stringify(again.ok ? [] : again.errors)}`).to.equal(true);
  });

  it('<news-article-card> never shows an error line inside a card it rendered, nor news-error after news-load', async () => {
    const el = document.createElement('news-article-card') as NewsEl & { article?: unknown };
    const events = recordEvents(el, 'news-load', 'news-error');
    container().append(el);
    el.article = {
      url: 'https://news.example/a',
      headline: 'A photo with a long file name',
      datePublished: '2024-07-11T10:15:00Z',
      image: { url: longCjkUrl, width: 960, height: 540, alt: '', creditText: 'Desk' },
    };
    await settleDeep(el);
    expect(el.state).to.equal('ready');
    const credit = el.shadowRoot!.querySelector<NewsEl>('news-photo-credit');
    if (credit) {
      expect(credit.state, 'the composed photo credit').to.equal('ready');
      expect(errorLine(credit), '"The photo could not be shown." inside a shown card').to.equal(null);
    }
    const sources = events.filter((e) => e.type === 'news-error' && e.detail.source !== 'image');
    expect(sources.map((e) => e.detail.errors), 'news-error for data the card accepted').to.deep.equal([]);
  });
});

describe('regression: positive dimensions never round to zero', () => {
  // `readNumber` accepts any positive number, then Math.round turns 0 < n < 0.5 into 0:
  // `<img width="0">`, `aspect-ratio: 0 / 540`, a srcset candidate "… 0w" (invalid, so dropped).
  it('keeps a width/height/srcset width of at least 1, or drops it with a warning', () => {
    const result = parseImage({ url: HERO, width: 0.3, height: 540, srcset: [{ url: HERO, width: 0.2 }] });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const { width, srcset } = result.value;
    expect(width === undefined || width >= 1, `width ${width}`).to.equal(true);
    for (const source of srcset ?? []) expect(source.width, 'srcset width').to.be.at.least(1);
  });
});
