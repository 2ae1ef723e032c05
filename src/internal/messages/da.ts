import type { Messages } from '../messages.js';

const words: Messages = {
  by: 'Af',
  updated: 'Opdateret',
  photo: (c) => `Foto: ${c}`,
  trending: 'Mest læste',
  readingTime: (m) => `${m} læsning`,
  unavailable: 'Denne nyhed kan ikke vises.',
  loading: 'Indlæser…',
  empty: 'Ingen historier lige nu.',
  license: 'Licens',
  labels: { live: 'Live', breaking: 'Breaking', opinion: 'Debat', analysis: 'Analyse', sponsored: 'Sponsoreret' },
};

export default words;
