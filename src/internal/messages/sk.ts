import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Autor:',
  updated: 'Aktualizované',
  photo: (c) => `Foto: ${c}`,
  trending: 'Najčítanejšie',
  readingTime: (m) => `${m} čítania`,
  unavailable: (w) =>
    ({
      article: 'Článok sa nepodarilo zobraziť.',
      stories: 'Zoznam článkov sa nepodarilo zobraziť.',
      photo: 'Fotografiu sa nepodarilo zobraziť.',
      byline: 'Údaje o autorovi sa nepodarilo zobraziť.',
    })[w],
  loading: 'Načítava sa…',
  empty: 'Momentálne tu nie sú žiadne články.',
  license: 'Licencia',
  labels: { live: 'Naživo', breaking: 'Mimoriadne', opinion: 'Názor', analysis: 'Analýza', sponsored: 'Komerčný obsah' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
