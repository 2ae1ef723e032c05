import type { Messages } from '../messages.js';

// «Komerční sdělení» is the marking Czech law and newsrooms use for paid content.
const words: Messages = {
  by: 'Autor:',
  updated: 'Aktualizováno',
  photo: (c) => `Foto: ${c}`,
  trending: 'Nejčtenější',
  readingTime: (m) => `${m} čtení`,
  unavailable: (w) =>
    ({
      article: 'Článek nelze zobrazit.',
      stories: 'Seznam článků nelze zobrazit.',
      photo: 'Fotografii nelze zobrazit.',
      byline: 'Informace o autorovi nelze zobrazit.',
    })[w],
  loading: 'Načítání…',
  empty: 'Momentálně tu nejsou žádné články.',
  license: 'Licence',
  labels: { live: 'Živě', breaking: 'Aktuálně', opinion: 'Názor', analysis: 'Analýza', sponsored: 'Komerční sdělení' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
