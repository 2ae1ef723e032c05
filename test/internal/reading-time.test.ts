// The reading time per script: the rate table in docs/languages.md, row by row, through what the
// card shows; the count is words, or characters for Chinese and Japanese.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/article-card/news-article-card.js';
import { OTHER_SCRIPTS_RATE, READING_RATES, readingMinutes } from '../../src/internal/reading-time.js';
import { settle } from '../helpers.js';

describe('reading time per script', () => {
  it('holds the documented table: IReST means per script, characters for Chinese and Japanese', () => {
    expect(READING_RATES).to.deep.equal({ Latn: 189, Arab: 138, Hebr: 187, Hans: 255, Hant: 255, Jpan: 357 });
    expect(OTHER_SCRIPTS_RATE).to.equal(184);
  });

  // [language of the text, count, minutes]: just under and just over each rate's minute.
  const rows: [string, number, number][] = [
    ['en', 189, 1],
    ['en', 190, 2],
    ['de', 189 * 5, 5],
    ['ar', 138, 1],
    ['fa', 139, 2],
    ['he', 187 * 3, 3],
    ['he', 187 * 3 + 1, 4],
    ['zh', 255, 1],
    ['zh-Hant', 256, 2],
    ['zh-TW', 255 * 4, 4],
    ['ja', 357, 1],
    ['ja', 358, 2],
    ['ru', 184, 1],
    ['ru', 185, 2],
    ['hi', 184 * 2, 2],
    ['ko', 185, 2],
    ['th', 184, 1],
    ['el', 185, 2],
    ['az-Arab', 138 + 1, 2],
  ];
  for (const [lang, count, minutes] of rows) {
    it(`${count} in ${lang}: ${minutes} min`, () => {
      expect(readingMinutes(count, lang, 'en')).to.deep.equal([`${minutes} min`, minutes]);
    });
  }

  it('never below a minute; nothing without a count', () => {
    expect(readingMinutes(1, 'en', 'en')).to.deep.equal(['1 min', 1]);
    expect(readingMinutes(undefined, 'en', 'en')).to.equal(undefined);
    expect(readingMinutes(0, 'en', 'en')).to.equal(undefined);
  });

  it('the card reads the article’s language: a Chinese article on an English page counts characters', async () => {
    const article = { url: 'https://news.example/zh', headline: '标题', datePublished: '2024-07-11T08:15:00Z', wordCount: 1020, inLanguage: 'zh' };
    const el = await fixture<HTMLElement>(html`<div lang="en"><news-article-card .article=${article}></news-article-card></div>`);
    const card = el.firstElementChild!;
    await settle(card);
    // 1020 characters at 255 a minute: 4 minutes (1020 words at 189 would be 6).
    expect(card.shadowRoot!.querySelector('[part="reading-time"]')!.textContent!.trim()).to.equal('4 min read');
  });

  it('the minutes are written in the page language, with its digits and its plural forms', async () => {
    const article = { url: 'https://news.example/a', headline: 'A', datePublished: '2024-07-11T08:15:00Z', wordCount: 700, inLanguage: 'ar' };
    const el = await fixture<HTMLElement>(html`<news-article-card lang="ar" .article=${article}></news-article-card>`);
    await settle(el);
    // 700 Arabic words at 138 a minute: 6 minutes, in Arabic-Indic digits and the plural Intl gives.
    const text = el.shadowRoot!.querySelector('[part="reading-time"]')!.textContent!;
    expect(text).to.contain('٦');
    expect(text).to.contain(new Intl.NumberFormat('ar-u-nu-arab', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(6));
  });
});
