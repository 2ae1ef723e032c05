import type { Messages } from '../messages.js';

// A live story is a "Liveblog" on DR and Politiken (the loanword they print); breaking news is DR's native "Seneste nyt", not "Breaking".
const words: Messages = {
  by: 'Af',
  updated: 'Opdateret',
  photo: (c) => `Foto: ${c}`,
  trending: 'Mest læste',
  readingTime: (m) => `${m} læsning`,
  unavailable: (w) =>
    ({
      article: 'Artiklen kan ikke vises.',
      stories: 'Listen over historier kan ikke vises.',
      photo: 'Billedet kan ikke vises.',
      byline: 'Forfatteroplysningerne kan ikke vises.',
    })[w],
  loading: 'Indlæser…',
  empty: 'Ingen historier lige nu.',
  license: 'Licens',
  labels: { live: 'Liveblog', breaking: 'Seneste nyt', opinion: 'Debat', analysis: 'Analyse', sponsored: 'Sponsoreret' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
