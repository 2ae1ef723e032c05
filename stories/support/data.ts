// Story data: the seed article and trending feed from test/fixtures, with image URLs that Vite
// serves, plus variants a designer needs to judge (long headline, many authors, RTL, …).
import seedJson from '../../test/fixtures/seed-article.json';
import feedJson from '../../test/fixtures/trending-feed.json';
import heroUrl from '../../test/fixtures/seed-hero.png';
import rssText from '../../test/fixtures/trending-feed.rss?raw';

type Json = Record<string, unknown>;

export const hero = { ...seedJson.image, url: heroUrl };
export const seed: Json = { ...seedJson, image: hero };

export const feed: Json = {
  ...feedJson,
  items: feedJson.items.map((item) => ('image' in item ? { ...item, image: { ...item.image, url: heroUrl } } : item)),
};

export const minimal: Json = {
  url: 'https://news.example/minimal',
  headline: 'Only the required fields: url, headline and datePublished',
  datePublished: '2024-07-11T10:15:00+02:00',
};

export const longHeadline: Json = {
  ...seed,
  headline:
    'NATO leaders gathered in Washington for the alliance’s 75th anniversary summit spent much of the final day weighing how far to go in naming China as an enabler of Russia’s war',
};

export const noImage: Json = { ...seed, image: undefined };

export const fourAuthors: Json = {
  ...seed,
  author: [
    { name: 'Kathrine Frich', url: 'https://news.example/authors/kathrine-frich', jobTitle: 'Foreign correspondent' },
    { name: 'Mads Holm', url: 'https://news.example/authors/mads-holm' },
    { name: 'Aiko Tanaka', jobTitle: 'Tokyo bureau' },
    { name: 'Erik Lund' },
  ],
};

export const updated: Json = { ...seed, dateModified: '2024-07-11T13:40:00+02:00' };

export const arabic: Json = {
  url: 'https://news.example/ar/nato-china',
  headline: 'الناتو يتهم الصين بدعم المجهود الحربي الروسي',
  description: 'هيمنت المخاوف من الشراكة الاستراتيجية بين روسيا والصين على قمة واشنطن في الذكرى الخامسة والسبعين للحلف.',
  articleSection: 'العالم',
  inLanguage: 'ar',
  datePublished: '2024-07-11T10:15:00+02:00',
  author: [{ name: 'كاثرين فريش' }, { name: 'مادس هولم' }],
  image: { ...hero, alt: 'ينس ستولتنبرغ على المنصة', caption: 'الأمين العام لحلف الناتو ينس ستولتنبرغ', creditText: 'Shutterstock' },
  wordCount: 278,
};

export const german: Json = {
  ...seed,
  url: 'https://news.example/de/nato-china',
  headline: 'NATO wirft China Unterstützung für Russlands Krieg vor',
  description: 'Zum 75. Jubiläum der NATO dominiert beim Gipfel in Washington die Sorge über die Partnerschaft zwischen Russland und China.',
  articleSection: 'Welt',
  inLanguage: 'de',
};

export const withLabel = (label: string): Json => ({ ...seed, labels: [label] });

export const feedOf = (count: number): Json => ({ name: 'Trending Now', items: (feed.items as Json[]).slice(0, count) });

/** The trending fixture as RSS 2.0 (Media RSS, Dublin Core, RFC 822 dates), as text. */
export const rss = rssText;

/**
 * The seed as its CMS's Yoast plugin would publish it: one @graph whose nodes point at each other
 * by @id, HTML references in the text, the author's name with a "By" in it.
 */
export const yoastGraph: Json = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'NewsArticle',
      '@id': 'https://news.example/world/nato-accuses-china/#article',
      isPartOf: { '@id': 'https://news.example/world/nato-accuses-china/#webpage' },
      author: { '@id': 'https://news.example/#/schema/person/kf' },
      headline: 'NATO Accuses China of Aiding Russia&#8217;s War Efforts',
      description: '<p>As NATO marks its 75th anniversary, the summit in Washington has been dominated by concerns over the strategic partnership between Russia and China.</p>',
      articleSection: ['World'],
      datePublished: '2024-07-11T10:15:00+02:00',
      image: { '@id': 'https://news.example/world/nato-accuses-china/#primaryimage' },
      publisher: { '@id': 'https://news.example/#organization' },
      wordCount: 278,
    },
    {
      '@type': 'WebPage',
      '@id': 'https://news.example/world/nato-accuses-china/#webpage',
      url: 'https://news.example/world/nato-accuses-china/',
      name: 'NATO Accuses China of Aiding Russia&#8217;s War Efforts - News Example',
    },
    { '@type': 'ImageObject', '@id': 'https://news.example/world/nato-accuses-china/#primaryimage', ...hero },
    { '@type': 'Organization', '@id': 'https://news.example/#organization', name: 'News Example', url: 'https://news.example/' },
    { '@type': 'Person', '@id': 'https://news.example/#/schema/person/kf', name: 'By Kathrine Frich', url: 'https://news.example/authors/kathrine-frich' },
  ],
};

/** One article, its date written each way the date policy (docs/data-shape.md, "Dates") reads. */
export const datesAsWritten: Array<{ form: string; article: Json }> = [
  ['RFC 3339 with an offset: exact', '2024-07-11T10:15:00+02:00'],
  ['Without an offset: read in the element’s time-zone (here Europe/Copenhagen), with a warning', '2024-07-11T10:15:00'],
  ['RFC 2822, as RSS writes it: exact', 'Thu, 11 Jul 2024 08:15:00 GMT'],
  ['A zone name: CET is Central European time, summer time in July', 'Jul.11 - 2024 10:15 AM CET'],
  ['A day without a time: the date, never an invented time', '2024-07-11'],
  ['Day first with dots, as in much of Europe: a day', '11.07.2024'],
].map(([form, datePublished]) => ({ form: form!, article: { ...seed, datePublished } }));
