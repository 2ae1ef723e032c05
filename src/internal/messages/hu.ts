import type { Messages } from '../messages.js';

// Intl’s short minute is a bare «p»: «3 perc» instead.
const words: Messages = {
  by: 'Szerző:',
  updated: 'Frissítve:',
  photo: (c) => `Fotó: ${c}`,
  trending: 'Legolvasottabb',
  readingTime: (m) => `Olvasási idő: ${m}`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'A cikk nem jeleníthető meg.',
      stories: 'A cikklista nem jeleníthető meg.',
      photo: 'A fotó nem jeleníthető meg.',
      byline: 'A szerző adatai nem jeleníthetők meg.',
    })[w],
  loading: 'Betöltés…',
  empty: 'Jelenleg nincs megjeleníthető cikk.',
  license: 'Licenc',
  labels: { live: 'Élő', breaking: 'Rendkívüli', opinion: 'Vélemény', analysis: 'Elemzés', sponsored: 'Szponzorált tartalom' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
