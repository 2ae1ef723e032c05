import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Per',
  updated: 'Actualitzat',
  photo: (c) => `Foto: ${c}`,
  trending: 'El més llegit',
  readingTime: (m) => `${m} de lectura`,
  unavailable: (w) =>
    ({
      article: 'No es pot mostrar la notícia.',
      stories: 'No es pot mostrar la llista de notícies.',
      photo: 'No es pot mostrar la foto.',
      byline: 'No es pot mostrar la signatura.',
    })[w],
  loading: 'S’està carregant…',
  empty: 'Ara mateix no hi ha notícies.',
  license: 'Llicència',
  labels: { live: 'En directe', breaking: 'Última hora', opinion: 'Opinió', analysis: 'Anàlisi', sponsored: 'Patrocinat' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
