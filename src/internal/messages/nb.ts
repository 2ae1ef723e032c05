import type { Messages } from '../messages.js';

// Labels as NRK, VG and Aftenposten print them ("Direkte", "Siste nytt", "Meninger", "Annonsørinnhold").
const words: Messages = {
  by: 'Av',
  updated: 'Oppdatert',
  photo: (c) => `Foto: ${c}`,
  trending: 'Mest lest',
  readingTime: (m) => `Lesetid ${m}`,
  unavailable: (w) =>
    ({
      article: 'Artikkelen kan ikke vises.',
      stories: 'Artikkellisten kan ikke vises.',
      photo: 'Bildet kan ikke vises.',
      byline: 'Forfatteropplysningene kan ikke vises.',
    })[w],
  loading: 'Laster inn…',
  empty: 'Ingen saker akkurat nå.',
  license: 'Lisens',
  labels: { live: 'Direkte', breaking: 'Siste nytt', opinion: 'Meninger', analysis: 'Analyse', sponsored: 'Annonsørinnhold' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
