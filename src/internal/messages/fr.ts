import type { Messages } from '../messages.js';

// A no-break space before the colon, as French typography (and Le Monde) sets it: the colon never starts a line.
const words: Messages = {
  by: 'Par',
  updated: 'Mis à jour',
  photo: (c) => `Photo\u00a0: ${c}`,
  trending: 'Les plus lus',
  readingTime: (m) => `${m} de lecture`,
  unavailable: (w) =>
    ({
      article: 'L’article ne peut pas être affiché.',
      stories: 'La liste des articles ne peut pas être affichée.',
      photo: 'La photo ne peut pas être affichée.',
      byline: 'La signature ne peut pas être affichée.',
    })[w],
  loading: 'Chargement…',
  empty: 'Aucun article pour le moment.',
  license: 'Licence',
  labels: { live: 'En direct', breaking: 'Alerte', opinion: 'Opinion', analysis: 'Analyse', sponsored: 'Sponsorisé' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
