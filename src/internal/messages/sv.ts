import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Av',
  updated: 'Uppdaterad',
  photo: (c) => `Foto: ${c}`,
  trending: 'Mest lästa',
  readingTime: (m) => `Lästid ${m}`,
  unavailable: (w) =>
    ({
      article: 'Artikeln kan inte visas.',
      stories: 'Artikellistan kan inte visas.',
      photo: 'Bilden kan inte visas.',
      byline: 'Författaruppgifterna kan inte visas.',
    })[w],
  loading: 'Laddar…',
  empty: 'Inga artiklar just nu.',
  license: 'Licens',
  labels: { live: 'Direkt', breaking: 'Just nu', opinion: 'Åsikt', analysis: 'Analys', sponsored: 'Annons' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
