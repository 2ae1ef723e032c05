import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Autor:',
  updated: 'Actualizat',
  photo: (c) => `Foto: ${c}`,
  trending: 'Cele mai citite',
  readingTime: (m) => `${m} de lectură`,
  unavailable: (w) =>
    ({
      article: 'Articolul nu poate fi afișat.',
      stories: 'Lista de articole nu poate fi afișată.',
      photo: 'Fotografia nu poate fi afișată.',
      byline: 'Informațiile despre autor nu pot fi afișate.',
    })[w],
  loading: 'Se încarcă…',
  empty: 'Momentan nu sunt articole.',
  license: 'Licență',
  labels: { live: 'În direct', breaking: 'Ultima oră', opinion: 'Opinie', analysis: 'Analiză', sponsored: 'Publicitate' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
