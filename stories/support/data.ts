// Story data: the seed article and trending feed from test/fixtures, with image URLs that Vite
// serves, plus variants a designer needs to judge (long headline, many authors, RTL, …).
import seedJson from '../../test/fixtures/seed-article.json';
import feedJson from '../../test/fixtures/trending-feed.json';
import heroUrl from '../../test/fixtures/seed-hero.png';

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
