import type { Messages } from '../messages.js';

// Byline in lower case ("di Mario Rossi") and "3 minuti di lettura", as Corriere della Sera prints them.
const words: Messages = {
  by: 'di',
  updated: 'Aggiornato',
  photo: (c) => `Foto: ${c}`,
  trending: 'I più letti',
  readingTime: (m) => `${m} di lettura`,
  minute: 'long',
  unavailable: (w) =>
    ({
      article: 'Impossibile visualizzare l’articolo.',
      stories: 'Impossibile visualizzare l’elenco degli articoli.',
      photo: 'Impossibile visualizzare la foto.',
      byline: 'Impossibile visualizzare la firma.',
    })[w],
  loading: 'Caricamento…',
  empty: 'Nessun articolo al momento.',
  license: 'Licenza',
  labels: { live: 'Diretta', breaking: 'Ultim’ora', opinion: 'Opinione', analysis: 'Analisi', sponsored: 'Sponsorizzato' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
