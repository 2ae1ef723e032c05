import type { Messages } from '../messages.js';

// Latin script, with the official letters ʻ (U+02BB, oʻ gʻ) and ʼ (U+02BC); «3 daqiqa» rather than Intl’s «daq.».
const words: Messages = {
  by: 'Muallif:',
  updated: 'Yangilandi',
  photo: (c) => `Foto: ${c}`,
  trending: 'Eng koʻp oʻqilgan',
  readingTime: (m) => `Oʻqish vaqti: ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Maqolani koʻrsatib boʻlmadi.',
      stories: 'Maqolalar roʻyxatini koʻrsatib boʻlmadi.',
      photo: 'Fotosuratni koʻrsatib boʻlmadi.',
      byline: 'Muallif haqidagi maʼlumotni koʻrsatib boʻlmadi.',
    })[w],
  loading: 'Yuklanmoqda…',
  empty: 'Hozircha maqolalar yoʻq.',
  license: 'Litsenziya',
  labels: { live: 'Jonli', breaking: 'Shoshilinch', opinion: 'Fikr', analysis: 'Tahlil', sponsored: 'Reklama' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
