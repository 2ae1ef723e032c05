import type { Messages } from '../messages.js';

// As BBC Hausa writes ("Daga", "Kai tsaye", "Labari da dumi-duminsa"); minutes in full, the short "mnt" is not a news site's.
const words: Messages = {
  by: 'Daga',
  updated: 'An sabunta',
  photo: (c) => `Hoto: ${c}`,
  trending: 'Labaran da aka fi karantawa',
  readingTime: (m) => `Karatun ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Ba a iya nuna labarin ba.',
      stories: 'Ba a iya nuna jerin labaran ba.',
      photo: 'Ba a iya nuna hoton ba.',
      byline: 'Ba a iya nuna bayanan marubucin ba.',
    })[w],
  loading: 'Ana lodawa…',
  empty: 'Babu labarai a yanzu.',
  license: 'Lasisi',
  labels: { live: 'Kai tsaye', breaking: 'Labari da dumi-duminsa', opinion: 'Ra’ayi', analysis: 'Sharhi', sponsored: 'Talla' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
