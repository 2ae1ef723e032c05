import type { Messages } from '../messages.js';

// As BBC Somali writes ("Waxaa qoray", "Toos"); minutes in full, the short "dqqd" is not a news site's.
const words: Messages = {
  by: 'Waxaa qoray',
  updated: 'La cusboonaysiiyay',
  photo: (c) => `Sawir: ${c}`,
  trending: 'Ugu akhriska badan',
  readingTime: (m) => `Waqtiga akhriska: ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Maqaalka lama muujin karo.',
      stories: 'Liiska wararka lama muujin karo.',
      photo: 'Sawirka lama muujin karo.',
      byline: 'Magaca qoraaga lama muujin karo.',
    })[w],
  loading: 'Waa la soo rarayaa…',
  empty: 'Hadda ma jiraan warar.',
  license: 'Ruqsad',
  labels: { live: 'Toos', breaking: 'War degdeg ah', opinion: 'Aragti', analysis: 'Falanqayn', sponsored: 'Xayaysiis' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
