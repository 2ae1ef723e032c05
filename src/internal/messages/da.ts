import type { Messages } from '../messages.js';

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
  labels: { live: 'Live', breaking: 'Breaking', opinion: 'Debat', analysis: 'Analyse', sponsored: 'Sponsoreret' },
};

export default words;
