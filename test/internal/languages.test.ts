// Every language with words of its own, as a reader sees it: a card and a trending list set to
// the language show its words (no English ones), its dates, its digits and its direction.
// test/fixtures/languages.json lists the tags (each language, and the script and region variants
// whose words differ); test/embedding/languages.test.mjs checks it against the chunks and the docs.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/article-card/news-article-card.js';
import '../../src/trending-list/news-trending-list.js';
import { messages, wordsFor, type Messages } from '../../src/internal/messages.js';
import { readingMinutes } from '../../src/internal/reading-time.js';
import { deepQueryAll, loadJson, settle, visibleText } from '../helpers.js';

interface Languages {
  /** Tag → the direction and the digits (a numbering system: the words' own, else `latn`) the test expects. */
  tags: Record<string, { dir: 'ltr' | 'rtl'; digits: string }>;
}

const PUBLISHED = new Date('2024-07-11T08:15:00Z');
const MODIFIED = new Date('2024-07-12T16:45:00Z');

const article = (inLanguage: string) => ({
  url: 'https://news.example/a',
  headline: 'Headline',
  datePublished: PUBLISHED.toISOString(),
  dateModified: MODIFIED.toISOString(),
  author: ['Kathrine Frich'],
  labels: ['live', 'breaking', 'opinion', 'analysis', 'sponsored'],
  wordCount: 2000,
  inLanguage,
});

const feed = {
  items: [1, 2, 3].map((n) => ({ url: `https://news.example/${n}`, headline: `Story ${n}`, datePublished: PUBLISHED.toISOString() })),
};

const en = messages('en');

/** Every string the words hold, by name (functions called with a sample), to compare with English. */
function strings(words: Messages): Record<string, string> {
  const out: Record<string, string> = {
    by: words.by,
    updated: words.updated,
    photo: words.photo('Reuters'),
    trending: words.trending,
    readingTime: words.readingTime('3 min', 3),
    loading: words.loading,
    empty: words.empty,
    license: words.license,
  };
  for (const widget of ['article', 'stories', 'photo', 'byline'] as const) out[`unavailable.${widget}`] = words.unavailable(widget);
  for (const [label, text] of Object.entries(words.labels)) out[`labels.${label}`] = text;
  return out;
}

/** The English words a reader would notice (whole words, as written in the English strings). */
const ENGLISH = /\b(?:By|Updated|Trending|Loading|stories|Photo|read|Live|Breaking|Opinion|Analysis|Sponsored|License|could not)\b/;
/** Words that are the language's own as well as English ones (French "Photo", "Opinion"). */
const COGNATES: Record<string, RegExp> = { fr: /\b(?:Photo|Opinion)\b/g };
const withoutCognates = (tag: string, text: string) => (COGNATES[tag] ? text.replace(COGNATES[tag], '') : text);

/** Text as visibleText() gives it: runs of white space (no-break spaces included) as one space. */
const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Whether the engine has formats for the language. Chromium ships without some (Pashto, Nepali,
 * Burmese): its Intl then formats dates and numbers as its default locale does, digits included.
 */
const formatsFor = (tag: string) => Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0;

const DIGITS: Record<string, string> = {};
/** The ten digits of a numbering system, as Intl writes them. */
function digitsOf(system: string): string {
  if (!DIGITS[system]) {
    const written = [...new Intl.NumberFormat(`en-u-nu-${system}`, { useGrouping: false }).format(1234567890)];
    DIGITS[system] = written[9] + written.slice(0, 9).join('');
  }
  return DIGITS[system];
}

const { tags } = await loadJson<Languages>('languages.json');

describe('languages: words, dates, digits and direction per language', () => {
  it('lists at least 30 languages, with the script and region variants', () => {
    const languages = new Set(Object.keys(tags).map((tag) => tag.split('-')[0]));
    expect(languages.size).to.be.at.least(30);
    for (const tag of ['ja', 'zh-Hans', 'zh-Hant', 'ko', 'hi', 'bn', 'ur', 'fa', 'ar', 'he', 'ru', 'uk', 'pl', 'cs', 'pt-BR', 'pt-PT', 'it', 'nl', 'sv', 'nb', 'fi', 'tr', 'id', 'vi', 'th', 'el', 'ro', 'hu', 'sw', 'da', 'de', 'fr', 'es'])
      expect(tags, tag).to.have.property(tag);
  });

  for (const [tag, expected] of Object.entries(tags)) {
    describe(tag, () => {
      let words: Messages;
      before(async () => {
        await wordsFor(tag)!.load();
        words = messages(tag);
      });

      it('has words of its own: none is the English one, none holds an English word', () => {
        expect(words).to.not.equal(en);
        const english = strings(en);
        for (const [name, text] of Object.entries(strings(words))) {
          expect(text.trim(), name).to.not.equal('');
          // The same word as English only where it is the language's own as well (French "Opinion").
          if (withoutCognates(tag, text).trim()) expect(text, `${tag} ${name}`).to.not.equal(english[name]);
          expect(withoutCognates(tag, text.replace('Reuters', '')), `${tag} ${name}: ${text}`).to.not.match(ENGLISH);
        }
      });

      it('a card shows its words, dates in its language and its digits, in its direction', async () => {
        const el = await fixture<HTMLElement>(
          html`<news-article-card lang=${tag} time-zone="UTC" .article=${article(tag)}></news-article-card>`,
        );
        await settle(el);
        const text = visibleText(el);
        expect(withoutCognates(tag, text)).to.not.match(ENGLISH);
        expect(text).to.contain(norm(words.by));
        expect(text).to.contain(norm(words.updated));
        for (const label of Object.values(words.labels)) expect(text).to.contain(norm(label));
        const [minutes, count] = readingMinutes(2000, tag, `${tag}-u-nu-${expected.digits}`, words.minute)!;
        expect(text).to.contain(norm(words.readingTime(minutes, count)));
        const medium = new Intl.DateTimeFormat(`${tag}-u-nu-${expected.digits}`, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
        const times = deepQueryAll(el, 'time').map((time) => time.textContent!.trim());
        expect(times).to.deep.equal([medium.format(PUBLISHED), medium.format(MODIFIED)]);
        // The digits: the language's own, in the dates and the reading time (where the engine has
        // formats for the language; else its default locale's, as the times above show).
        const digits = digitsOf(formatsFor(tag) ? expected.digits : new Intl.NumberFormat(tag).resolvedOptions().numberingSystem);
        for (const shown of [...times, minutes]) for (const digit of shown.match(/\p{Nd}/gu) ?? []) expect(digits, `${digit} in ${shown}`).to.contain(digit);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal(expected.dir);
      });

      it('a trending list shows its heading and ranks in its digits', async () => {
        const el = await fixture<HTMLElement>(html`<news-trending-list lang=${tag} time-zone="UTC" .feed=${feed}></news-trending-list>`);
        await settle(el);
        expect(el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim()).to.equal(words.trending);
        const ranks = deepQueryAll(el, '[part="rank"]').map((rank) => rank.textContent!.trim());
        const digits = digitsOf(formatsFor(tag) ? expected.digits : new Intl.NumberFormat(tag).resolvedOptions().numberingSystem);
        expect(ranks).to.deep.equal([1, 2, 3].map((n) => digits[n]));
        expect(withoutCognates(tag, visibleText(el))).to.not.match(ENGLISH);
        expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('dir')).to.equal(expected.dir);
      });
    });
  }
});

describe('languages: tags, variants and numbering systems', () => {
  const heading = async (lang: string) => {
    const el = await fixture<HTMLElement>(html`<news-trending-list lang=${lang} .feed=${feed}></news-trending-list>`);
    await settle(el);
    return {
      heading: el.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim(),
      ranks: deepQueryAll(el, '[part="rank"]').map((rank) => rank.textContent!.trim()),
    };
  };

  it('script and region subtags choose the variant: zh-TW and zh-HK are Traditional, zh-SG Simplified', async () => {
    const [hant, hans] = [(await heading('zh-Hant')).heading, (await heading('zh-Hans')).heading];
    expect(hant).to.not.equal(hans);
    expect((await heading('zh-TW')).heading).to.equal(hant);
    expect((await heading('zh-HK')).heading).to.equal(hant);
    expect((await heading('zh')).heading).to.equal(hans);
    expect((await heading('zh-SG')).heading).to.equal(hans);
  });

  it('pt is Brazilian, pt-PT and the other regions European', async () => {
    await wordsFor('pt')!.load();
    expect(messages('pt')).to.equal(messages('pt-BR'));
    expect(messages('pt-PT')).to.not.equal(messages('pt-BR'));
    expect(messages('pt-AO')).to.equal(messages('pt-PT'));
    expect(messages('pt-PT').loading).to.not.equal(messages('pt-BR').loading);
  });

  it('sr is Cyrillic, sr-Latn and sr-ME Latin', async () => {
    await wordsFor('sr')!.load();
    expect(messages('sr').trending).to.match(/\p{Script=Cyrillic}/u);
    expect(messages('sr-Latn').trending).to.match(/^\P{Script=Cyrillic}+$/u);
    expect(messages('sr-ME')).to.equal(messages('sr-Latn'));
  });

  it('no (Norwegian) reads Bokmål; region subtags keep their language (de-AT, fr-CA, es-MX)', async () => {
    for (const [tag, base] of [['no', 'nb'], ['de-AT', 'de'], ['fr-CA', 'fr'], ['es-MX', 'es']] as const) {
      await Promise.all([wordsFor(tag)!.load(), wordsFor(base)!.load()]);
      expect(messages(tag).trending, tag).to.equal(messages(base).trending);
    }
  });

  it('-u-nu- extensions are honoured: the digits they name, in ranks, dates and reading time', async () => {
    expect((await heading('ar-u-nu-latn')).ranks).to.deep.equal(['1', '2', '3']);
    expect((await heading('hi-u-nu-deva')).ranks).to.deep.equal(['१', '२', '३']);
    expect((await heading('en-u-nu-arab')).ranks).to.deep.equal(['١', '٢', '٣']);
    expect((await heading('fa-u-nu-latn')).ranks).to.deep.equal(['1', '2', '3']);
    const el = await fixture<HTMLElement>(html`<news-article-card lang="hi-u-nu-deva" time-zone="UTC" .article=${article('hi')}></news-article-card>`);
    await settle(el);
    const time = deepQueryAll(el, 'time')[0]!.textContent!;
    expect(time).to.match(/[२०४]/u);
    expect(time).to.not.match(/[0-9]/);
    expect(el.shadowRoot!.querySelector('[part="reading-time"]')!.textContent).to.match(/^[^0-9]*$/);
  });

  it('native digits by default where the language has them, the same in every engine: Persian, Arabic, Bengali, Marathi', async () => {
    expect((await heading('fa')).ranks).to.deep.equal(['۱', '۲', '۳']);
    expect((await heading('ar')).ranks).to.deep.equal(['١', '٢', '٣']);
    expect((await heading('ar-EG')).ranks).to.deep.equal(['١', '٢', '٣']);
    expect((await heading('ar-MA')).ranks).to.deep.equal(['1', '2', '3']);
    expect((await heading('bn')).ranks).to.deep.equal(['১', '২', '৩']);
    expect((await heading('mr')).ranks).to.deep.equal(['१', '२', '३']);
    // Nepali and Burmese too, where the engine has formats for them.
    if (formatsFor('ne')) expect((await heading('ne')).ranks).to.deep.equal(['१', '२', '३']);
    if (formatsFor('my')) expect((await heading('my')).ranks).to.deep.equal(['၁', '၂', '၃']);
  });

  it('a language without words of its own gets the English words once its chunk is found missing, without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      const { heading: text, ranks } = await heading('kl');
      expect(text).to.equal('Trending Now');
      expect(ranks).to.deep.equal(['1', '2', '3']);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});
