import type { Messages } from '../messages.js';

// Nynorsk as NRK writes it; the labels are the Bokmål newsrooms' in Nynorsk form.
const words: Messages = {
  by: 'Av',
  updated: 'Oppdatert',
  photo: (c) => `Foto: ${c}`,
  trending: 'Mest lese',
  readingTime: (m) => `Lesetid ${m}`,
  unavailable: (w) =>
    ({
      article: 'Artikkelen kan ikkje visast.',
      stories: 'Artikkellista kan ikkje visast.',
      photo: 'Biletet kan ikkje visast.',
      byline: 'Forfattaropplysingane kan ikkje visast.',
    })[w],
  loading: 'Lastar inn…',
  empty: 'Ingen saker akkurat no.',
  license: 'Lisens',
  labels: { live: 'Direkte', breaking: 'Siste nytt', opinion: 'Meiningar', analysis: 'Analyse', sponsored: 'Annonsørinnhald' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
