import type { Messages } from '../messages.js';

// Slovene spaces the ellipsis after a whole word; «Oglasno sporočilo» is the legally required ad marking.
const words: Messages = {
  by: 'Avtor:',
  updated: 'Posodobljeno',
  photo: (c) => `Foto: ${c}`,
  trending: 'Najbolj brano',
  readingTime: (m) => `${m} branja`,
  unavailable: (w) =>
    ({
      article: 'Članka ni mogoče prikazati.',
      stories: 'Seznama člankov ni mogoče prikazati.',
      photo: 'Fotografije ni mogoče prikazati.',
      byline: 'Podatkov o avtorju ni mogoče prikazati.',
    })[w],
  loading: 'Nalaganje …',
  empty: 'Trenutno ni člankov.',
  license: 'Licenca',
  labels: { live: 'V živo', breaking: 'Nujno', opinion: 'Mnenje', analysis: 'Analiza', sponsored: 'Oglasno sporočilo' },
};

// One set of words for every script and region of the language.
export default (): Messages => words;
