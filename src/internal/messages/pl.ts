import type { Messages } from '../messages.js';

// Photo credit as Polish papers print it: «Fot. Jan Kowalski».
const words: Messages = {
  by: 'Autor:',
  updated: 'Aktualizacja:',
  photo: (c) => `Fot. ${c}`,
  trending: 'Najczęściej czytane',
  readingTime: (m) => `${m} czytania`,
  unavailable: (w) =>
    ({
      article: 'Nie udało się wyświetlić artykułu.',
      stories: 'Nie udało się wyświetlić listy artykułów.',
      photo: 'Nie udało się wyświetlić zdjęcia.',
      byline: 'Nie udało się wyświetlić informacji o autorze.',
    })[w],
  loading: 'Ładowanie…',
  empty: 'Brak artykułów do wyświetlenia.',
  license: 'Licencja',
  labels: { live: 'Na żywo', breaking: 'Pilne', opinion: 'Opinia', analysis: 'Analiza', sponsored: 'Materiał sponsorowany' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
