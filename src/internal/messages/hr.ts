import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Autor:',
  updated: 'Ažurirano',
  photo: (c) => `Foto: ${c}`,
  trending: 'Najčitanije',
  readingTime: (m) => `${m} čitanja`,
  unavailable: (w) =>
    ({
      article: 'Članak nije moguće prikazati.',
      stories: 'Popis članaka nije moguće prikazati.',
      photo: 'Fotografiju nije moguće prikazati.',
      byline: 'Podatke o autoru nije moguće prikazati.',
    })[w],
  loading: 'Učitavanje…',
  empty: 'Trenutačno nema članaka.',
  license: 'Licencija',
  labels: { live: 'Uživo', breaking: 'Hitno', opinion: 'Komentar', analysis: 'Analiza', sponsored: 'Sponzorirani sadržaj' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
